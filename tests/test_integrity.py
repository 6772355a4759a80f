"""Integrity checks: broken references and duplicates are found and named."""

import pandas as pd

from pipeline.checks.integrity import duplicate_failures, reference_failures


def test_consistent_tables_have_no_failures(tables):
    for name in ("personnel_counts", "statements", "location_mentions", "entity_mentions"):
        assert reference_failures(name, tables) == [], name
    for name, df in tables.items():
        assert duplicate_failures(name, df) == [], name


def test_dangling_location_and_speaker_are_reported(tables):
    counts = tables["personnel_counts"].copy()
    counts.loc[0, "location_id"] = "geonames:0"
    statements = tables["statements"].copy()
    statements.loc[0, "speaker_entity_id"] = "person:nobody"
    broken = {**tables, "personnel_counts": counts, "statements": statements}
    assert reference_failures("personnel_counts", broken) == [
        {"row": "c0000001", "column": "location_id", "value": "geonames:0", "missing_from": "locations.location_id"}]
    assert reference_failures("statements", broken)[0]["missing_from"] == "entities.entity_id"


def test_null_foreign_keys_are_allowed(tables):
    counts = tables["personnel_counts"].copy()
    counts.loc[0, "statement_id"] = None
    assert reference_failures("personnel_counts", {**tables, "personnel_counts": counts}) == []


def test_duplicate_key_and_duplicate_content_are_reported(tables):
    locations = tables["locations"]
    same_key = pd.concat([locations, locations], ignore_index=True)
    problems = {f["problem"] for f in duplicate_failures("locations", same_key)}
    assert problems == {"duplicate primary key", "same content as another row"}
    renamed = same_key.copy()
    renamed.loc[1, "location_id"] = "geonames:1"  # list cells (aliases) compare by value
    assert duplicate_failures("locations", renamed) == [
        {"problem": "same content as another row", "row": "geonames:1", "same_as": "geonames:99135"}]


def test_two_files_rejected_for_the_same_reason_are_not_duplicates():
    from pipeline.checks.integrity import duplicate_failures

    rejected = pd.DataFrame({"file": ["empty.txt", "blank.txt"], "reason": ["empty", "empty"],
                             "detail": ["The file is empty or holds only whitespace."] * 2})
    assert duplicate_failures("rejected_inputs", rejected) == []
    assert duplicate_failures("rejected_inputs", pd.concat([rejected, rejected.iloc[:1]]))


def test_missing_text_is_one_value_however_it_is_spelled():
    from pipeline.checks.integrity import _any_repeated, _hashable

    content = pd.DataFrame({"a": ["x", None, float("nan"), pd.NA, "x"], "b": [1, 2, 2, 2, 3]})
    assert _any_repeated(content)  # None, NaN and NA repeat each other, as `_hashable` reads them
    assert _any_repeated(content.iloc[[1, 2]]) and not _any_repeated(content.iloc[[0, 1, 4]])
    assert content["a"].map(_hashable).tolist() == ["x", None, None, None, "x"]
