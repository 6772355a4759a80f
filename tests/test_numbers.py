"""What a reader of the counts table would check: the right amount, the right bounds, no dates or ordinals."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.figures import number_units, numbers
from pipeline.extract.packs import rules_for

EN = rules_for("en")


def find_numbers(text):
    return numbers.find_numbers(text, EN)


def is_measure(text, mention):
    return number_units.is_measure(text, mention, EN)


def words_to_number(phrase):
    return numbers.words_to_number(phrase, EN)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def one(text: str):
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


def values(m):
    return (m.value_best, m.value_low, m.value_high, m.qualifier)


@pytest.mark.parametrize("text, expected", [
    ("Officials counted 1,750 guards at the post.", (1750, 1750, 1750, "exact")),
    ("Police detained 48 men.", (48, 48, 48, "exact")),
    ("Well over 3,400 recruits deserted.", (3400, 3401, None, "more_than")),
    ("More than 600 troops moved.", (600, 601, None, "more_than")),
    ("In excess of 75 pilots defected.", (75, 76, None, "more_than")),
    ("At least 12 colonels left.", (12, 12, None, "at_least")),
    ("No fewer than 40 guards left.", (40, 40, None, "at_least")),
    ("Almost 5,000 conscripts fled.", (5000, None, 5000, "nearly")),
    ("Just shy of 800 soldiers stayed.", (800, None, 800, "nearly")),
    ("Roughly 450 officers waited.", (450, None, None, "approximate")),
    ("An estimated 9,000 fighters surrendered.", (9000, None, None, "approximate")),
    ("Some 220 airmen crossed.", (220, None, None, "approximate")),
    ("As many as 300 men returned.", (300, None, 300, "at_most")),
    ("Up to 65 generals remain.", (65, None, 65, "at_most")),
    ("Fewer than 50 pilots stayed.", (50, None, 49, "fewer_than")),
    ("Under 1,000 troops are left.", (1000, None, 999, "fewer_than")),
    ("A total of 310 officers were housed.", (310, 310, 310, "exact")),
    # a situation report's and a register's abbreviations
    ("Approx. 160 PAX moved to the camp.", (160, None, None, "approximate")),
    ("The camp held ca. 400 internees.", (400, None, None, "approximate")),
    # a figure offered against a lower one: about that many
    ("Our estimate is closer to 7,000 men.", (7000, None, None, "approximate")),
    # older and British English
    ("The column numbered close upon 12,000 men.", (12000, None, 12000, "nearly")),
    ("Something over 800 troopers were disarmed.", (800, 801, None, "more_than")),
    ("Of these, rather more than 2,400 were officers.", (2400, 2401, None, "more_than")),
    ("Something under 300 horsemen got away.", (300, None, 299, "fewer_than")),
    ("In the region of 1,500 sailors were interned.", (1500, None, None, "approximate")),
])
def test_qualifiers_set_bounds_as_format_table(text, expected):
    assert values(one(text)) == expected


def test_span_covers_qualifier_and_number_span_covers_digits():
    text = "They held approximately 1,200 conscripts."
    m = one(text)
    assert m.text == "approximately 1,200" == text[m.start:m.end]
    assert text[m.number_start:m.number_end] == "1,200"


def test_trailing_qualifiers():
    assert values(one("They sent 150 or so guards.")) == (150, None, None, "approximate")
    assert values(one("They sent 150 or more guards.")) == (150, 150, None, "at_least")
    # "-odd" is an approximation, hyphenated or not, and said twice it is one
    assert values(one("They sent the forty-odd guards.")) == (40, None, None, "approximate")
    assert values(one("They sent 30 odd guards.")) == (30, None, None, "approximate")
    assert one("They sent some 30-odd guards.").text == "some 30-odd"


@pytest.mark.parametrize("text, value", [
    ("seventy-five deserters", 75),
    ("four hundred and twelve sailors", 412),
    ("one thousand six hundred conscripts", 1600),
    ("a hundred cadets", 100),
    ("a dozen generals", 12),
    ("three dozen generals", 36),
    ("2.5 million refugees", 2_500_000),
    ("1.2 thousand troops", 1200),
    ("4 thousand troops", 4000),
    # the half is of the scale word after it
    ("two and a half thousand men", 2500),
    ("one and a half thousand conscripts", 1500),
])
def test_number_words_and_scales(text, value):
    assert one(text).value_best == value


def test_words_to_number_rejects_non_numbers():
    assert words_to_number("banana") is None
    assert words_to_number("nine hundred and ninety-nine") == 999


def test_south_asian_digit_grouping_is_one_number():
    # lakhs: "1,20,000" is 120,000; a western grouping and a stray "1,20" read as before
    assert [m.value_best for m in find_numbers("more than 1,20,000 refugees and about 12,50,000 people")] == [
        120000, 1250000]
    assert [m.value_best for m in find_numbers("1,234,567 men, 12,000 men")] == [1234567, 12000]


def test_decimal_point_is_not_a_thousands_separator():
    assert one("a 3.750 share").value_best == pytest.approx(3.75)
    assert [m.value_best for m in find_numbers("3 750 men")] == [3, 750]


@pytest.mark.parametrize("text, low, high", [
    ("dozens of pilots", 24, 99),
    ("hundreds of sailors", 200, 999),
    ("thousands of recruits", 2000, 9999),
    ("tens of thousands of civilians", 20000, 99999),
    ("several hundred guards", 200, 999),
    ("a few dozen officers", 24, 99),
    ("scores of conscripts", 40, 99),
])
def test_vague_amounts(text, low, high):
    assert values(one(text)) == (None, low, high, "vague")


def test_a_phrase_that_names_one_amount_is_about_that_amount():
    assert values(one("a couple of hundred guards")) == (200, None, None, "approximate")


@pytest.mark.parametrize("text, low, high", [
    ("between 1,100 and 1,400 troops", 1100, 1400),
    ("1,100 to 1,400 troops", 1100, 1400),
    ("1,100-1,400 troops", 1100, 1400),
    ("five to six thousand troops", 5000, 6000),
    # "X or Y" gives two ends of one estimate
    ("eight or nine thousand internees", 8000, 9000),
    ("ten or fifteen guards", 10, 15),
    ("one or two officers", 1, 2),
])
def test_ranges(text, low, high):
    assert values(one(text)) == (None, low, high, "range")


def test_range_span_includes_between():
    assert one("between 60 and 80 men").text == "between 60 and 80"


@pytest.mark.parametrize("text", [
    "They arrived on 3-4 March 2023.",
    "They arrived on March 3 and 4.",
    "They arrived on March 3 and 4, 2023.",
    "They arrived on 6 or 7 December.",
    "The photo dates from May 2, 2015.",
    "This happened in 2015.",
    "2019",
    "the 5th brigade and the Ninth Corps, a third time",
    "talks resumed at 14:45",
    "turnout was 40% or 40 percent",
    "F-16 jets",
])
def test_dates_ordinals_times_and_percentages_are_not_amounts(text):
    assert find_numbers(text) == []


def test_a_four_digit_amount_before_its_noun_is_kept():
    assert one("the 1500 deserters").value_best == 1500


@pytest.mark.parametrize("text, measure", [
    ("a base 45 kilometres away", True),
    ("a 12-hour curfew", True),
    ("detained for 3 weeks", True),
    ("paid $40 million", True),
    ("aged 61", True),
    # a part of a document is no amount
    ("Table 1 shows the arrivals", True),
    ("as set out in paragraph 12", True),
    ("see Annex 3", True),
    ("45 guards", False),
    ("No. Twenty-seven employees came across", False),
])
def test_is_measure(text, measure):
    m = find_numbers(text)[-1]
    assert is_measure(text, m) is measure


def test_output_sorted_and_text_matches_offsets():
    text = "About 40 men, then nearly two thousand, and dozens more; 7 of them left."
    found = find_numbers(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.qualifier for m in found] == ["approximate", "nearly", "vague", "exact"]


def test_seed_article_figures():
    text = (SEEDS / "000_12642a1dddfa9e4b.txt").read_text(encoding="utf-8")
    got = {(m.text, m.value_best, m.qualifier) for m in find_numbers(text)}
    assert {("over 100", 100, "more_than"), ("Approximately 130", 130, "approximate"),
            ("2,493", 2493, "exact"), ("over 2,000", 2000, "more_than")} <= got
    assert not any(m.value_best in (7, 8, 2024) for m in find_numbers(text))


TOKENS = ["over ", "2,000", "2.5", " ", "nearly ", "two", "-", "thousand", " and ", "dozens", "December ",
          "7", "2024", ",", "%", "between ", " to ", "a ", " or so", "hundred", ":", "\n", "$", "km", "4th"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=4), max_size=25).map("".join))
def test_never_raises_and_offsets_stay_inside(text):
    for m in find_numbers(text):
        assert 0 <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
        assert text[m.start:m.end] == m.text


def test_amount_after_of_is_not_a_year_but_after_in_it_is():
    assert one("a force of 1900 conscripts").value_best == 1900
    assert find_numbers("a war that began in 1980 ended") == []
    # after a noun of an event or a season, "of" leads to a year
    assert find_numbers("the exiles went home after the amnesty of 1879 and the winter of 1880") == []


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Guinea holds an estimated 1,500 to 2,000 soldiers.", 1500, 2000),
    ("About 40 to 50 soldiers slipped across.", 40, 50),
])
def test_a_hedged_range_is_one_range(text, low, high):
    (found,) = find_numbers(text)
    assert (found.qualifier, found.value_low, found.value_high) == ("range", low, high)
