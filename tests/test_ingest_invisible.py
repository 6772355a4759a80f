"""Invisible characters never split or hide a figure: generated insertions, read back through extraction."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.clean import clean_text
from pipeline.ingest.invisible import invisible_actions, join_digit_groups, strip_invisible
from tests.extraction import findings

HIDDEN = sorted(invisible_actions())
SENTENCE = "Iraqi officials said on Sunday that {} Syrian soldiers crossed into Iraq at Al-Qaim."


@st.composite
def figure_with_hidden_chars(draw) -> tuple[int, str]:
    """A figure as written ("2,493", "750") with invisible characters inserted anywhere inside or around it."""
    value = draw(st.integers(min_value=2, max_value=99_999))
    written = f"{value:,}"
    chars = list(written)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        pos = draw(st.integers(min_value=0, max_value=len(chars)))
        chars.insert(pos, "".join(draw(st.lists(st.sampled_from(HIDDEN), min_size=1, max_size=3))))
    return value, "".join(chars)


@settings(max_examples=60, deadline=None)
@given(figure_with_hidden_chars())
def test_hidden_characters_never_change_a_figure(case):
    value, written = case
    cleaned = clean_text(SENTENCE.format(written))
    assert cleaned.text == SENTENCE.format(f"{value:,}")
    assert "invisible_removed" in cleaned.flags
    counts = findings(cleaned.text, "2024-12-15")["counts"]
    assert [c["value_best"] for c in counts] == [value]
    text = cleaned.text
    assert all(text[c["char_start"]:c["char_end"]] == c["count_text"] for c in counts)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cf", "Nd", "Zs", "Ll"]), max_size=40))
def test_no_format_character_survives_next_to_a_digit(text):
    out, removed = strip_invisible(text)
    for pos, ch in enumerate(out):
        if unicodedata.category(ch) == "Cf":
            neighbours = out[pos - 1:pos] + out[pos + 1:pos + 2]
            assert not any(c.isdigit() for c in neighbours), (text, out)
    assert removed == len(text) - len(out)


def test_shaping_joiners_between_letters_are_kept():
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word changes how it is written
    assert strip_invisible(persian) == (persian, 0)
    assert strip_invisible("12\u200c3") == ("123", 1)


def test_clean_text_without_hidden_characters_has_no_flag():
    assert "invisible_removed" not in clean_text(SENTENCE.format("2,493")).flags


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1_000, max_value=9_999_999), st.sampled_from(["\u00a0", "\u202f", "\u2009", "\u2007"]))
def test_grouping_spaces_inside_a_figure_keep_its_value(value, space):
    cleaned = clean_text(SENTENCE.format(f"{value:,}".replace(",", space)))
    assert cleaned.text == SENTENCE.format(f"{value:,}") and "digit_group_space" in cleaned.flags
    counts = findings(cleaned.text, "2024-12-15")["counts"]
    assert [c["value_best"] for c in counts] == [value]


def test_spaces_that_do_not_group_digits_are_left_alone():
    assert join_digit_groups("in 2024\u00a0soldiers, 12\u00a01234 and 12 345") == (
        "in 2024\u00a0soldiers, 12\u00a01234 and 12 345", 0)
