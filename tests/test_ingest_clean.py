"""clean_text keeps every body sentence and removes only captions, furniture and repeats."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.clean import clean_text
from pipeline.ingest.pubdate import parse_pubdate
from pipeline.text.garbled import garbled_spans

BODY = "Iraqi officials said that 2,493 Syrian soldiers crossed into Iraq at Al-Qaim on 7-8 December."


@pytest.mark.parametrize("caption", [
    "Syrian soldiers at the Al-Qaim crossing on 8 December [Getty]",
    "Syrian soldiers at the Al-Qaim crossing. [Anadolu via Getty]",
    "Syrian soldiers wait at the crossing (AFP)",
    "Troops on trucks in Damascus, Syria.  (Photo: AP)",
    "A convoy near Rutba [Image: Shafaq News]",
    "Soldiers at the border in Anbar. Photo: Reuters",
    "Photo: Reuters",
    "Getty Images",
])
def test_caption_lines_removed(caption):
    result = clean_text(f"{caption}\n{BODY}")
    assert result.text == BODY
    assert "removed:caption" in result.flags


@pytest.mark.parametrize("furniture", [
    "Show More", "Related Articles", "Back to top button", "Verified by MonsterInsights",
    "Also Read: Iraq closes border crossing with Syria", "(With inputs from agencies.)", "Share this article",
    "Follow us on Twitter and Telegram", "By Mohamed Ali", "By John Smith and Sara al-Hakim", "Advertisement",
])
def test_furniture_lines_removed(furniture):
    result = clean_text(f"{BODY}\n\n{furniture}\n\nThe ministry denied the report.")
    assert result.text == f"{BODY}\n\nThe ministry denied the report."
    assert result.flags == ("removed:furniture",)


def test_also_read_list_removed_until_body_resumes():
    text = f"{BODY}\nALSO READ\nIraq closes Al-Qaim crossing\nSyrian officers held at Camp Taji\nThe ministry denied it."
    assert clean_text(text).text == f"{BODY}\nThe ministry denied it."


@pytest.mark.parametrize("sentence", [
    "A Getty photographer who covered the crossing said soldiers arrived in buses overnight.",
    "The ministry confirmed the figures to Agence France-Presse (AFP).",
    "Iraqi officials told Reuters that about 2,000 soldiers had returned. Photo: none was released.",
    "By the end of December, more than 2,000 soldiers had returned to Syria.",
    "Follow-up talks on the soldiers' return are planned, officials said.",
    "Politics in Baghdad shifted after the fall of Assad, the analyst said.",
])
def test_body_sentences_kept(sentence):
    assert clean_text(f"{BODY}\n{sentence}").text == f"{BODY}\n{sentence}"


def test_section_label_only_at_the_top():
    assert clean_text(f"Politics\n\n{BODY}").text == BODY
    assert clean_text(f"{BODY}\n\nA\nB\nPolitics\nC").text.count("Politics") == 1


def test_duplicate_line_dropped_and_whitespace_normalised():
    result = clean_text(f"{BODY}\r\n{BODY}  \r\n\r\n\r\n\r\nThe ministry\u00a0denied it.   ")
    assert result.text == f"{BODY}\n\nThe ministry denied it."
    assert "removed:duplicate_line" in result.flags


def test_mojibake_repair_and_garbled_spans():
    fixed = clean_text("Iraqâ€™s army said it was â€œready.â€\x9d")
    assert fixed.text == "Iraq’s army said it was “ready.”" and "mojibake_repaired" in fixed.flags
    garbled = clean_text("Speaking to °®Âþµºâ€™s Arabic edition, officials said.")
    assert garbled.text == "Speaking to °®Âþµº’s Arabic edition, officials said."
    (span,) = garbled_spans(garbled.text)
    start, end = span.start, span.end
    assert garbled.text[start:end] == "°®Âþµº" and "mojibake_unrepaired" in garbled.flags
    assert garbled_spans("Größe, café, ±5 °C, «bonjour», £100") == []


@pytest.mark.parametrize("raw,value,precision,valid", [
    ("2025-03", "2025-03", "month", True), ("2024-12-12", "2024-12-12", "day", True),
    ("2025", "2025", "year", True), ("12 December 2024", "2024-12-12", "day", True),
    ("2024-02-30", None, "unknown", False), ("03/04/2025", None, "unknown", False),
    ("", None, "unknown", True),
    # an archive dispatch of 1871 is a date; year 1 is a placeholder
    ("1871-02-06", "1871-02-06", "day", True), ("0001-01-01", None, "unknown", False),
])
def test_pubdate_shapes(raw, value, precision, valid):
    assert tuple(parse_pubdate(raw)) == (value, precision, valid)


LINES = st.sampled_from([
    BODY, "", " ", "Show More", "Photo: AP", "Policy", "x [Getty]", "Iraqâ€™s", "°®Âþµº", "ALSO READ",
    "Short headline", "\r\n", "\u00a0", "By Someone", "“Quote,” he said.",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(LINES, max_size=12).map("\n".join)))
def test_clean_never_raises_and_is_idempotent(raw):
    once = clean_text(raw)
    assert clean_text(once.text).text == once.text
    assert once.text == once.text.strip("\n")
    assert "\r" not in once.text and "\n\n\n" not in once.text


def test_a_repair_that_yields_a_hiding_character_is_cleaned_once_for_all():
    # "Ø\x80" is the UTF-8 of U+0600 (an Arabic format character) read as Latin-1: repaired, then stripped.
    once = clean_text("Ø\x80").text
    assert clean_text(once).text == once


def test_a_picture_packages_captions_are_its_text():
    frames = [f"{n}. KASESE, UGANDA, {day} FEBRUARY 2025. Congolese soldiers wait at the Mpondwe post after crossing; "
              f"officials said {count} had been registered by evening. (Photo: Jane Akello / Lake Images)"
              for n, day, count in ((1, 3, 120), (2, 4, 310), (3, 5, 415))]
    text = "Frames from the border\n\nThree pictures from the week.\n\n" + "\n\n".join(frames)
    result = clean_text(text)
    assert all(frame in result.text for frame in frames) and "removed:caption" not in result.flags
    # one such caption under a story is still a caption
    story = f"{BODY}\n\n{frames[0]}"
    assert frames[0] not in clean_text(story).text
