"""ftfy skipped only where it provably changes nothing: cleaning's repair is ftfy's own on generated strings
and on every fixture and seed article, and the mojibake regex has the one anchor the skipping allows for."""

from __future__ import annotations

import re
import re._parser as sre_parse

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import badness_scan, mojibake
from pipeline.ingest.ftfy_unchanged import encoding_unchanged, segment_unchanged
from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT

PIECES = ["Ã©", "â€™", "â€œ", "&amp;", "&lt;", "<b>", "\r\n", "\r", "\u2028", "\x00", "\x1b[31m", "ﬁ", "Ａ", "Â ",
          "Ã ", "Ø§Ù„", "\n", "\n\n", " ", "word", "Ã", "Â", "\u0080", "caf\u00c3\u00a9", "â€\u009d", "\t", "2,493",
          "’", "“", "”", "—", "–", "é", "e\u0301", "\u00a0", "€", "×²", "œ ", "Œ", "ñ", "\ufeff", "\u200b", "ﾀ",
          "\u3000", "\ud800", "\x85", "\x7f", "¦", "ÃƒÂ©", "سوريا", "Сирия", "\u0600", "a", "Z", ".", "(", "]"]
ARTICLES = sorted([*DEFAULT_ARTICLES_DIR.glob("*.txt"), *(PROJECT_ROOT / "tests" / "fixtures").rglob("*.txt")])


def _repair_as_before(text: str) -> tuple[str, bool]:
    """What `repair_mojibake` returned before ftfy was skipped: ftfy on the whole text and on every line."""
    encoding_fixed = ftfy.fix_encoding(text) != text
    fixed = ftfy.fix_text(text, mojibake._FTFY_CONFIG)
    residual_fixed = False
    for bad, good in mojibake._residual_map():
        if bad in fixed:
            fixed, residual_fixed = fixed.replace(bad, good), True
    return fixed, encoding_fixed or residual_fixed


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_repair_is_ftfys_on_generated_text(pieces):
    text = "".join(pieces)
    assert mojibake.repair_mojibake(text, {}) == _repair_as_before(text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_windowed_search_is_ftfys(pieces):
    text = "".join(pieces)
    assert badness_scan.is_bad(text) == is_bad(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_the_windowed_search_is_ftfys_on_any_text(text):
    assert badness_scan.is_bad(text) == is_bad(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_a_segment_called_unchanged_is_unchanged(text):
    for segment in text.splitlines(keepends=True):
        if segment_unchanged(segment, encoding_unchanged(text)):
            assert ftfy.fix_text(segment, mojibake._FTFY_CONFIG) == segment


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.relative_to(PROJECT_ROOT).as_posix())
def test_repair_is_ftfys_on_every_article(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert badness_scan.is_bad(text) == is_bad(text)
    assert mojibake.repair_mojibake(text, {}) == _repair_as_before(text)
    for line in text.splitlines():  # lines as cleaning's later passes see them
        assert mojibake.repair_mojibake(line, {}) == _repair_as_before(line)


def _anchors(items) -> list:
    found = []
    for op, value in items:
        if op is sre_parse.AT or op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.GROUPREF):
            found.append((op, value))
        for part in (value if isinstance(value, (list, tuple)) else [value]):
            if isinstance(part, sre_parse.SubPattern):
                found.extend(_anchors(part))
            elif isinstance(part, (list, tuple)):
                found.extend(a for sub in part if isinstance(sub, sre_parse.SubPattern) for a in _anchors(sub))
    return found


def test_the_mojibake_regex_looks_at_nothing_outside_a_match_but_one_start_anchor():
    anchors = _anchors(sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    assert anchors == [(sre_parse.AT, sre_parse.AT_BEGINNING)]
    assert re.search(r"\^\[ÃÂ\]\[ \]", BADNESS_RE.pattern)
    assert badness_scan._bounds() is not None  # the windows are used (ftfy 6.3: 2 characters back, 7 on)
