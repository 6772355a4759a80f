"""Days of the month told without their month, or in words, dated as a reader dates them."""

from datetime import date

import pytest

from pipeline.extract.figures.dates import find_time_expressions
from pipeline.extract.packs import rules_for
from tests.test_figure_period import periods

EN = rules_for("en")
THU = date(2023, 6, 15)


def told(text: str, pub: date = THU) -> dict[str, tuple[date | None, date | None]]:
    return {m.text: (m.period_start, m.period_end) for m in find_time_expressions(text, pub, "day", EN)}


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The brigade came over on the twenty-second and twenty-third of March.", "twenty-second and twenty-third of March",
     (date(2023, 3, 22), date(2023, 3, 23))),
    ("A second column reached the river on the ninth of February.", "ninth of February",
     (date(2023, 2, 9), date(2023, 2, 9))),
    # "of last December": the last December before publication
    ("The men crossed on the seventh and eighth of last December.", "seventh and eighth of last December",
     (date(2022, 12, 7), date(2022, 12, 8))),
])
def test_a_day_in_words_before_of_and_its_month_is_that_day(text, words, expected):
    assert told(text)[words] == expected


def test_an_ordinal_word_before_a_month_that_qualifies_a_noun_is_no_day():
    assert all(start != end or start is None for start, end in told("Officials said the first April convoy "
                                                                      "carried 90 men.").values())


@pytest.mark.parametrize(("text", "words", "expected"), [
    # the month of the last day named before it
    ("On 3 May the camp opened. On the ninth, 40 more soldiers arrived.", "the ninth", date(2023, 5, 9)),
    ("The first men were registered on 2 March. By the morning of the 4th the tents were full.", "the 4th",
     date(2023, 3, 4)),
    # a month named in its own paragraph
    ("A reporter met them on 28 February.\n\nIn April the men were moved. On the 12th, 60 left.", "the 12th",
     date(2023, 4, 12)),
    # a month named in passing two paragraphs back is not the story's: its last day is
    ("They crossed on 7 March.\n\nHe told me about it in May.\n\nBy the evening of the 8th, 500 had crossed.",
     "the 8th", date(2023, 3, 8)),
    # with no date named before it, the publication's month, or the one before when the day is still to come
    ("On the 10th, 40 men crossed.", "the 10th", date(2023, 6, 10)),
    ("On the 20th, 40 men crossed.", "the 20th", date(2023, 5, 20)),
])
def test_a_day_of_the_month_told_alone_is_read_in_the_month_the_reader_has(text, words, expected):
    assert told(text)[words] == (expected, expected)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Most went back in May, over two days, the nineteenth and the twentieth.", "the nineteenth and the twentieth",
     (date(2023, 5, 19), date(2023, 5, 20))),
    ("Registration ran between the 9th and the 14th of April.", "9th and the 14th of April",
     (date(2023, 4, 9), date(2023, 4, 14))),
    ("They crossed between the morning of 2 April and the evening of the 4th.",
     "between the morning of 2 April and the evening of the 4th", (date(2023, 4, 2), date(2023, 4, 4))),
])
def test_days_of_the_month_joined_are_the_days_between(text, words, expected):
    assert told(text)[words] == expected


@pytest.mark.parametrize("text", [
    "On 3 May the 17th Division sent 40 men.",
    "On 3 May the sixth convoy left the camp.",
    "On 3 May the first group crossed; the second followed, and then the third.",
    "On 3 May the 8th of the battalions was disbanded.",
])
def test_ordinals_that_count_things_are_no_days(text):
    assert list(told(text)) == ["3 May"]


def test_a_figure_on_a_day_told_alone_takes_that_day():
    text = ("The soldiers crossed at the Bavra post on 12 March.\n\n"
            "On the sixteenth, 210 of the officers were taken by road to a barracks in Gyumri.")
    assert periods(text, "2025-03-30")[-1] == ("2025-03-16", "2025-03-16")


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    found = told("The camp opened on 2 January.\n\nOn Wednesday the twenty-second, all 280 were moved to the base.",
                 date(2025, 1, 29))
    assert found["the twenty-second"] == (date(2025, 1, 22), date(2025, 1, 22)) and "On Wednesday" not in found


def test_a_weekday_before_an_ordinal_that_counts_something_keeps_its_own_day():
    # "on Tuesday, the second such handover": Tuesday dates it; "the second" counts handovers
    found = told("Iraq returned 312 soldiers on Tuesday, the second such handover.", date(2025, 1, 15))
    assert found == {"on Tuesday": (date(2025, 1, 14), date(2025, 1, 14))}
