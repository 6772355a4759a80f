"""Alternatives that match only where a word starts are searched from the character before the word, and find
the starts the copy finds, at the text's start too."""

from __future__ import annotations

from re import _compiler, _parser

import pytest

from pipeline.text.start_finder import StartFinder
from pipeline.text.unfolded_head import unfold_head
from pipeline.text.word_starts import at_word_start

TEXTS = ["may 5. june 6 the may 7", "may", "xmay the june", "\nmay\n june", "a_may 9may é may", "", " m"]


@pytest.mark.parametrize("source, expected", [
    (r"\bmay", True),
    (r"(?<![^\n])may", True),
    (r"(?<=\bthe\s)may", True),
    (r"(?<=^)may", True),
    (r"(?<=[.\n]\s)may", True),
    (r"\b\d+x", True),
    (r"(?<=x)may", False),  # a word character before it
    (r"\b-may", False),  # opens on no word character
    (r"(?<!-)may", False),  # a word character may stand before it
    (r"may", False),
])
def test_which_alternatives_wait_for_a_word_start(source, expected):
    assert all(at_word_start(alt) for alt in unfold_head(_parser.parse(source))) is expected


@pytest.mark.parametrize("source", [r"\bmay|\bjune", r"(?:(?<=\bthe\s)|(?<=^)|(?<![^\n]))may|(?<=x)may",
                                    r"\b(?:\d{1,2}|may)\s*\d|june"])
def test_the_starts_of_the_copy(source):
    finder, copy = StartFinder(_parser.parse(source)), _compiler.compile(_parser.parse(source), 0)
    for text in TEXTS:
        for end in (len(text), max(0, len(text) - 2)):
            scan = finder.scanner(text, end)
            expected = [(m.start() if (m := copy.search(text, pos, end)) else None) for pos in range(end + 1)]
            assert [finder.next_start(text, pos, end) for pos in range(end + 1)] == expected, text
            assert [scan(pos) for pos in range(end + 1)] == expected, text


def test_only_the_boundary_before_the_first_character_is_left_out_after_a_character_that_is_no_word():
    from pipeline.text.word_starts import without_word_test

    (alternative,) = unfold_head(_parser.parse(r"\bma(?<!\wm)y"))
    assert len(without_word_test(alternative)) == len(alternative) - 1
    (kept,) = unfold_head(_parser.parse(r"(?<![^\n])may"))
    assert without_word_test(kept) == kept
