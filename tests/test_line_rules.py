"""The line rules of one kind as one pattern: a line fully matches it exactly when it fully matches one of the
rules, each with its own flags; rules that refer to their own groups are not joined."""

from __future__ import annotations

import re

import pytest

from pipeline.ingest.rules import line_matcher, one_pattern, rules_of
from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT

LINES = [line for path in [*DEFAULT_ARTICLES_DIR.glob("*.txt"), *(PROJECT_ROOT / "tests" / "fixtures").rglob("*.txt")]
         for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
SAMPLES = ["Photo: Reuters", "PHOTO CREDIT: AP", "Soldiers at the crossing (AFP)", "ALSO READ", "also read:",
           "Related articles:", "Share on Facebook", "By John Smith and Ali Hassan", "by the river", "Advertisement"]


@pytest.mark.parametrize("kind", ["caption", "furniture", "list_header"])
def test_one_pattern_matches_the_lines_one_of_the_rules_matches(kind):
    for line in [*LINES, *SAMPLES, *(s.lower() for s in SAMPLES)]:
        assert line_matcher(kind)(line) == any(rx.fullmatch(line) for rx in rules_of(kind)), line


def test_flags_stay_with_their_rule_and_own_groups_are_not_joined():
    joined = one_pattern([r"(?i)^abc$", r"^DEF$"])
    assert joined.fullmatch("ABC") and joined.fullmatch("DEF") and not joined.fullmatch("def")
    assert one_pattern([r"(a)\1", "b"]) is None and one_pattern(["(?P<x>a)", "(?P<x>b)"]) is None
    assert re.compile(r"(a)\1").fullmatch("aa")


def test_each_line_is_matched_once_per_kind_across_cleaning_passes(monkeypatch):
    from pipeline.ingest import clean, line_filter

    asked: list[tuple[str, str]] = []

    def counting(kind):
        real = line_matcher(kind)
        return lambda line: asked.append((kind, line)) or real(line)

    monkeypatch.setattr(line_filter, "line_matcher", counting)
    text = "ALSO READ\nA headline\n\nSoldiers at the crossing (AFP)\nIraqi officials said 2,493 soldiers crossed.\n"
    result = clean.clean_text(text)  # the first pass removes lines and a newline: a second pass sees the rest
    assert asked and len(asked) == len(set(asked))
    assert result.text == "Iraqi officials said 2,493 soldiers crossed."
