"""A build that cannot start says why in one line and exits with its documented code; nothing is written."""

from __future__ import annotations

import pytest

from pipeline.cli import main
from pipeline.paths import DEFAULT_ARTICLES_DIR

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("make,words", [
    (lambda tmp: tmp / "nowhere", "does not exist"),
    (lambda tmp: tmp, "holds no files"),
    (lambda tmp: (tmp / "a.txt").write_text("x") and tmp / "a.txt", "is not a folder"),
])
def test_missing_or_empty_articles_folder_exits_4(tmp_path, capsys, make, words):
    articles = make(_fresh(tmp_path / "in"))
    assert main(["build", "--articles", str(articles), "--out", str(tmp_path / "out")]) == 4
    assert words in _one_line_error(capsys)
    assert not (tmp_path / "out" / "releases").exists()


def _fresh(folder):
    folder.mkdir()
    (folder / ".hidden").write_text("not an article")
    (folder / "README.md").write_text("notes")
    return folder


def test_out_naming_a_file_exits_5(tmp_path, capsys):
    (tmp_path / "out").write_text("a file")
    assert main(["build", "--articles", str(DEFAULT_ARTICLES_DIR), "--out", str(tmp_path / "out")]) == 5
    assert "is a file, not a folder" in _one_line_error(capsys)


def test_out_that_cannot_be_created_exits_5(tmp_path, capsys):
    (tmp_path / "blocker").write_text("a file where a folder should be")
    assert main(["build", "--articles", str(DEFAULT_ARTICLES_DIR), "--out", str(tmp_path / "blocker" / "out")]) == 5
    assert "cannot be written" in _one_line_error(capsys)
