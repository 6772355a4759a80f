"""The entry store: many small entries in one SQLite file, each written with its batch or not at all; what
cannot be read counts as absent, and a file that is no database any more is started again."""

from __future__ import annotations

import pickle

from pipeline.cache.entries import FILE_NAME, EntryStore, pickled
from tests.cache_damage import truncate_one_entry


def test_entries_round_trip_and_a_batch_is_one_write(tmp_path):
    store = EntryStore(tmp_path, "fp", (dict,))
    store.put_pickled([("a", pickled({"x": 1})), ("b", pickled({"y": 2}))])
    store.put("c", {"z": 3})
    again = EntryStore(tmp_path, "fp", (dict,))
    assert [again.get(k) for k in "abcd"] == [{"x": 1}, {"y": 2}, {"z": 3}, None]
    assert EntryStore(tmp_path, "other").get("a") is None  # another fingerprint, another file


def test_an_entry_of_another_kind_or_damaged_is_absent_and_rewritten(tmp_path):
    store = EntryStore(tmp_path, "fp", (dict,))
    store.put("a", ["not", "a", "dict"])
    store.put("b", {"long": "x" * 100})
    truncate_one_entry(tmp_path, 1)
    store = EntryStore(tmp_path, "fp", (dict,))
    assert store.get("a") is None and store.get("b") is None
    store.put("b", {"ok": True})
    assert EntryStore(tmp_path, "fp", (dict,)).get("b") == {"ok": True}


def test_a_file_that_is_no_database_is_started_again(tmp_path):
    (tmp_path / "fp").mkdir()
    (tmp_path / "fp" / FILE_NAME).write_bytes(b"this is not a database, it was overwritten" * 100)
    store = EntryStore(tmp_path, "fp")
    assert store.get("a") is None
    store.put("a", 1)
    assert EntryStore(tmp_path, "fp").get("a") == 1


def test_a_store_travels_to_another_process_without_its_connection(tmp_path):
    store = EntryStore(tmp_path, "fp")
    store.put("a", 1)
    copy = pickle.loads(pickle.dumps(store))
    assert copy.get("a") == 1 and copy._db is not store._db


def test_queued_entries_are_written_together_at_the_latest_on_commit(tmp_path):
    store = EntryStore(tmp_path, "fp")
    store.add([("a", pickled(1))])
    assert EntryStore(tmp_path, "fp").get("a") is None  # not yet written
    store.commit()
    assert EntryStore(tmp_path, "fp").get("a") == 1
