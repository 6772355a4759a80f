"""The pools' shared fork server: started early only for a build that will pool every file or whose folder
changed since the last build, kept by a pool that another follows, stopped by the extract step."""

from __future__ import annotations

import os
from multiprocessing import forkserver

import pytest

from pipeline import parallel, pool_server
from pipeline.folder_stamp import changed_since_stamp

pytestmark = pytest.mark.build  # starts worker processes: the `build` lane


def _server_pid() -> int | None:
    return forkserver._forkserver._forkserver_pid


def _pid_of_worker(_item: int) -> list[int]:
    return [os.getppid()]  # a forkserver worker's parent is the server


@pytest.fixture
def no_server():
    parallel.stop_server()
    yield
    parallel.stop_server()


def _folder(tmp_path, files: int):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(files):
        (folder / f"{number:03d}.txt").write_text("text")
    return folder


def test_a_pool_that_another_follows_leaves_its_server_to_it(no_server, monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    first = [pid for batch in parallel.pooled(_pid_of_worker, list(range(8)), "os", 4, keep_server=True)
             for pid in batch]
    assert _server_pid() is not None and set(first) == {_server_pid()}
    second = [pid for batch in parallel.pooled(_pid_of_worker, list(range(8)), "os", 4) for pid in batch]
    assert set(second) == set(first)  # forked from the same server
    assert _server_pid() is None  # the last pool stopped it


def test_a_full_build_starts_the_server_at_once(no_server, tmp_path, monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    assert pool_server.start_early(_folder(tmp_path, pool_server.MIN_POOLED_FILES), tmp_path / "cache" / "ingest")
    assert _server_pid() is not None


@pytest.mark.parametrize("why", ["cached", "few files", "one worker"])
def test_other_builds_start_no_server_early(why, no_server, tmp_path, monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "1" if why == "one worker" else "2")
    cache = tmp_path / "cache" / "ingest"
    files = pool_server.MIN_POOLED_FILES - (1 if why == "few files" else 0)
    folder = _folder(tmp_path, files)
    if why == "cached":  # an unchanged rebuild: the cache in place, the folder as the last build left it
        cache.mkdir(parents=True)
        changed_since_stamp(folder, cache)
    assert not pool_server.start_early(folder, cache)
    assert _server_pid() is None


def test_a_build_with_a_changed_file_starts_the_server_and_pools_even_one_item(no_server, tmp_path, monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    cache, folder = tmp_path / "cache" / "ingest", _folder(tmp_path, 3)
    cache.mkdir(parents=True)
    changed_since_stamp(folder, cache)
    (folder / "new.txt").write_text("one added article")
    assert pool_server.start_early(folder, cache)
    assert [pid for batch in parallel.pooled(_pid_of_worker, [1], "os", 24, keep_server=True)
            for pid in batch] == [_server_pid()]  # forked from the warmed server, not run in this process
    assert list(parallel.pooled(_pid_of_worker, [], "os", 24, keep_server=True)) == []  # nothing changed: no pool
    # work whose first use here is cheap (ingest's few files) runs in this process while the server warms up
    assert [pid for batch in parallel.pooled(_pid_of_worker, [1], "os", 24, keep_server=True, cheap_here=True)
            for pid in batch] == [os.getppid()]  # the parent of this process, not the server


def test_the_server_preloads_both_stages():
    modules = pool_server.pool_modules()
    assert modules[0] == "pipeline.ingest.files" and modules[-2:] == ("pipeline.extract.rows.job",
                                                                      "pipeline.extract.warm_up")
