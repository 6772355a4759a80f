"""The folder stamp: a hint that files changed since the last build, so that the pools' server starts early."""

from __future__ import annotations

import os

import pytest

from pipeline.folder_stamp import changed_since_stamp, folder_stamp

pytestmark = pytest.mark.fast


def _folder(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("one")
    (folder / "sub" / "b.txt").write_text("two")
    return folder


def test_the_first_look_is_a_change_and_the_second_is_not(tmp_path):
    folder, cache = _folder(tmp_path), tmp_path / "cache"
    cache.mkdir()
    assert changed_since_stamp(folder, cache)
    assert not changed_since_stamp(folder, cache)


@pytest.mark.parametrize("edit", ["added", "removed", "rewritten", "touched", "nested", "renamed"])
def test_any_edit_changes_the_stamp(tmp_path, edit):
    folder = _folder(tmp_path)
    before = folder_stamp(folder)
    if edit == "added":
        (folder / "c.txt").write_text("three")
    elif edit == "removed":
        (folder / "a.txt").unlink()
    elif edit == "rewritten":
        (folder / "a.txt").write_text("one, longer")
    elif edit == "touched":
        info = os.stat(folder / "a.txt")
        os.utime(folder / "a.txt", ns=(info.st_atime_ns, info.st_mtime_ns + 1))
    elif edit == "nested":
        (folder / "sub" / "b.txt").write_text("two, longer")
    else:
        (folder / "a.txt").rename(folder / "d.txt")
    assert folder_stamp(folder) != before


def test_hidden_entries_do_not_count_as_a_change(tmp_path):
    folder = _folder(tmp_path)
    before = folder_stamp(folder)
    (folder / ".DS_Store").write_text("x")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref")
    assert folder_stamp(folder) == before


def test_an_unwritable_cache_still_answers(tmp_path):
    folder = _folder(tmp_path)
    assert changed_since_stamp(folder, tmp_path / "missing" / "cache")  # no stamp kept: always a change
