"""Every rule table loads with its header's columns, and every regex in it compiles."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.packs import rules_for
from pipeline.paths import LANGUAGE_PACKS_DIR, TOPIC_PACKS_DIR
from pipeline.text.rules import RuleSet, read_rows

TABLES = sorted(p for p in [*LANGUAGE_PACKS_DIR.glob("*/*.csv"), *TOPIC_PACKS_DIR.glob("*/*.csv")])
REGEX_COLUMNS = {"status_cues.csv": "pattern", "clause_breaks.csv": "pattern"}
EN = rules_for("en")


@pytest.mark.parametrize("path", TABLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rule_table_rows_match_the_header(path):
    assert read_rows(path), f"{path} has no rows"


@pytest.mark.parametrize("name, column", sorted(REGEX_COLUMNS.items()))
def test_rule_patterns_compile(name, column):
    for row in EN.rows(name):
        re.compile(row[column])


def test_status_cues_use_the_vocabulary():
    from schemas.vocab import STATUSES

    for row in EN.rows("status_cues.csv"):
        assert row["status"] in STATUSES and row["side"] in ("before", "after", "modifier", "participle", "heading") and row["place"] in ("keep", "skip"), row


def test_a_shifted_row_is_a_clear_error(tmp_path):
    (tmp_path / "broken.csv").write_text('pattern,status\n"a"b",other,extra\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.csv"):
        RuleSet(tmp_path).rows("broken.csv")


def test_a_topic_pack_extends_the_language_pack_table(tmp_path):
    lang, topic = tmp_path / "lang", tmp_path / "topic"
    lang.mkdir(), topic.mkdir()
    (lang / "organizations.csv").write_text("name,aliases,kind,affiliation\nReuters,,media,\n", encoding="utf-8")
    (topic / "organizations.csv").write_text("name,aliases,kind,affiliation\nArakan Army,AA,armed_group,\n",
                                             encoding="utf-8")
    assert [r["name"] for r in RuleSet(lang, topic).rows("organizations.csv")] == ["Reuters", "Arakan Army"]


def test_cue_patterns_end_on_a_word():
    """A pattern ending in a space cannot match at the end of a search window (\\b needs a word after)."""
    for row in EN.rows("status_cues.csv"):
        assert not re.search(r"\s\)?\??$", row["pattern"]), row
