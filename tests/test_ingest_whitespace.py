"""Whitespace normalisation returns a text it would not change as it is: the same text as the rule applied
line by line, on generated strings and on every seed and fixture article."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import whitespace
from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT

_HSPACE = re.compile(r"[^\S\n]+")
PIECES = [" ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r", "\r\n", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "\u2028",
          "\x0b", "\x0c", "word", "two words", "."]
ARTICLES = sorted([*DEFAULT_ARTICLES_DIR.glob("*.txt"), *(PROJECT_ROOT / "tests" / "fixtures").rglob("*.txt")])


def _line_by_line(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_normalising_is_the_line_by_line_rule(pieces):
    text = "".join(pieces)
    assert whitespace.normalise_whitespace(text) == _line_by_line(text)
    normal = _line_by_line(text)
    assert whitespace._already_normal(normal) and whitespace.normalise_whitespace(normal) is normal


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=80))
def test_normalising_any_text_is_the_line_by_line_rule(text):
    assert whitespace.normalise_whitespace(text) == _line_by_line(text)


def test_normalising_every_article_is_the_line_by_line_rule():
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert whitespace.normalise_whitespace(text) == _line_by_line(text), path
        assert whitespace.normalise_whitespace(_line_by_line(text)) == _line_by_line(text), path
