"""Every rule table loads with its header's columns, and every regex in it compiles."""

from __future__ import annotations

import re

import pytest

from pipeline.extract import lexicon
from pipeline.paths import EXTRACT_DATA_DIR

TABLES = sorted(p.name for p in EXTRACT_DATA_DIR.glob("*.csv"))
REGEX_COLUMNS = {"status_cues.csv": "pattern", "clause_breaks.csv": "pattern"}


@pytest.mark.parametrize("name", TABLES)
def test_rule_table_rows_match_the_header(name):
    rows = lexicon.rows(name)
    assert rows, f"{name} has no rows"


@pytest.mark.parametrize("name, column", sorted(REGEX_COLUMNS.items()))
def test_rule_patterns_compile(name, column):
    for row in lexicon.rows(name):
        re.compile(row[column])


def test_status_cues_use_the_vocabulary():
    from schemas.vocab import STATUSES

    for row in lexicon.rows("status_cues.csv"):
        assert row["status"] in STATUSES and row["side"] in ("before", "after") and row["place"] in ("keep", "skip"), row


def test_a_shifted_row_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "broken.csv").write_text('pattern,status\n"a"b",other,extra\n', encoding="utf-8")
    monkeypatch.setattr(lexicon, "EXTRACT_DATA_DIR", tmp_path)
    lexicon.rows.cache_clear()
    try:
        with pytest.raises(ValueError, match="broken.csv"):
            lexicon.rows("broken.csv")
    finally:
        lexicon.rows.cache_clear()


def test_cue_patterns_end_on_a_word():
    """A pattern ending in a space cannot match at the end of a search window (\\b needs a word after)."""
    for row in lexicon.rows("status_cues.csv"):
        assert not re.search(r"\s\)?\??$", row["pattern"]), row
