"""Time expressions resolved against the publication date, as an analyst filling period columns would."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.figures.dates import find_time_expressions as find_in
from pipeline.extract.figures.dates import parse_published, publication_period
from pipeline.extract.packs import rules_for

EN = rules_for("en")


def find_time_expressions(text, published, precision):
    return find_in(text, published, precision, EN)

THU = date(2023, 6, 15)      # a Thursday, day precision
MONTH = date(2024, 2, 1)     # "2024-02", month precision


def only(text, pub=THU, precision="day"):
    found = find_time_expressions(text, pub, precision)
    assert len(found) == 1, found
    return found[0]


def period(m):
    return (m.period_start, m.period_end, m.kind)


@pytest.mark.parametrize("value, expected", [
    ("2023-06-15", (date(2023, 6, 15), "day")),
    ("2024-02", (date(2024, 2, 1), "month")),
    ("2019", (date(2019, 1, 1), "year")),
    ("2023-06-15T08:30:00", (date(2023, 6, 15), "day")),
    ("15/06/2023", (None, "unknown")),
    ("2023-02-30", (None, "unknown")),
    ("", (None, "unknown")),
    (None, (None, "unknown")),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_publication_period():
    assert publication_period(date(2024, 2, 1), "month") == (date(2024, 2, 1), date(2024, 2, 29))
    assert publication_period(date(2019, 1, 1), "year") == (date(2019, 1, 1), date(2019, 12, 31))
    assert publication_period(THU, "day") == (THU, THU)
    assert publication_period(None, "unknown") == (None, None)


@pytest.mark.parametrize("text, start, end, kind", [
    ("troops crossed on 2-3 May 2022", date(2022, 5, 2), date(2022, 5, 3), "range"),
    ("troops crossed on 2 and 3 May", date(2023, 5, 2), date(2023, 5, 3), "range"),
    ("troops crossed on May 2 and 3, 2022", date(2022, 5, 2), date(2022, 5, 3), "range"),
    ("troops crossed on 9 April", date(2023, 4, 9), date(2023, 4, 9), "absolute"),
    ("troops crossed in April 2021", date(2021, 4, 1), date(2021, 4, 30), "absolute"),
    ("the war began in 2014", date(2014, 1, 1), date(2014, 12, 31), "absolute"),
    ("a photo from March 3, 2012", date(2012, 3, 3), date(2012, 3, 3), "absolute"),
    ("held between 1 May and 20 May", date(2023, 5, 1), date(2023, 5, 20), "range"),
])
def test_calendar_dates(text, start, end, kind):
    assert period(only(text)) == (start, end, kind)


def test_missing_year_is_latest_not_after_publication():
    # A July date in a mid-June article must be last year's July.
    assert only("arrived on 4 July").period_start == date(2022, 7, 4)
    # A month-precision article: the reference is the end of the publication month.
    assert only("arrived in December", MONTH, "month").period_start == date(2023, 12, 1)


@pytest.mark.parametrize(("text", "start", "end"), [
    # a date the words before it say is still to come is the next such date from publication (a Thursday in June)
    ("the next convoy, expected in early July", date(2023, 7, 1), date(2023, 7, 10)),
    ("a second movement is being planned for mid-June", date(2023, 6, 11), date(2023, 6, 20)),
    ("talks are scheduled for 2 March", date(2024, 3, 2), date(2024, 3, 2)),
    # ... with its weekday before it
    ("a second group is expected to cross on Saturday, 2 March", date(2024, 3, 2), date(2024, 3, 2)),
    # a few words between the planned move and its month ("expected to return to Chad in", "will be flown home in")
    ("a further 30 officers are expected to return to Chad in August", date(2023, 8, 1), date(2023, 8, 31)),
    ("the rest will be flown home in March", date(2024, 3, 1), date(2024, 3, 31)),
    # told as past, the same words are last year's
    ("the first convoy left in early July", date(2022, 7, 1), date(2022, 7, 10)),
])
def test_a_date_still_to_come_is_read_forward_from_publication(text, start, end):
    found = only(text)
    assert (found.period_start, found.period_end) == (start, end)


def test_since_opens_the_period():
    m = only("returned since 11 March")
    assert (m.text, m.period_start, m.period_end, m.kind) == ("since 11 March", date(2023, 3, 11), None, "since")


def test_since_the_beginning_of_an_event_on_a_day_opens_the_period_on_that_day():
    m = only("handed over since the beginning of the process on 11 March")
    assert (m.period_start, m.period_end, m.kind) == (date(2023, 3, 11), None, "since")
    # a date after a longer phrase is no "since" of its own
    assert only("since the men at the camp were first counted by the army on 11 March").kind != "since"


@pytest.mark.parametrize("text, start, end", [
    ("they left last Saturday", date(2023, 6, 10), date(2023, 6, 10)),
    ("they left last Thursday", date(2023, 6, 8), date(2023, 6, 8)),
    ("officials said on Monday", date(2023, 6, 12), date(2023, 6, 12)),
    ("officials said on Thursday", THU, THU),
    ("it happened yesterday", date(2023, 6, 14), date(2023, 6, 14)),
    ("it happens today", THU, THU),
    # the parts of a day: a morning paper's "last night" is the evening before it appeared
    ("the train left last night", date(2023, 6, 14), date(2023, 6, 14)),
    ("they crossed this morning", THU, THU),
    ("more are expected tonight", THU, THU),
    ("as reported last week", date(2023, 6, 5), date(2023, 6, 11)),
    ("as reported last month", date(2023, 5, 1), date(2023, 5, 31)),
    ("as reported last year", date(2022, 1, 1), date(2022, 12, 31)),
    ("as reported this month", date(2023, 6, 1), date(2023, 6, 30)),
    ("as reported earlier this month", date(2023, 6, 1), THU),
    ("arrivals over the past few days", date(2023, 6, 8), THU),
    ("arrivals in recent days", date(2023, 6, 8), THU),
])
def test_relative_with_day_precision(text, start, end):
    m = only(text)
    assert (m.period_start, m.period_end) == (start, end)
    assert m.kind == "relative"


@pytest.mark.parametrize("text, start, end", [
    ("were sent back in the last week of March", date(2023, 3, 25), date(2023, 3, 31)),
    ("crossed during the last week of May 1940", date(1940, 5, 25), date(1940, 5, 31)),
])
def test_the_last_week_of_a_month_is_that_month_not_a_week_before_publication(text, start, end):
    assert period(only(text))[:2] == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("had crossed at the border over the weekend of 7-8 December 2022", date(2022, 12, 7), date(2022, 12, 8)),
    ("crossed over the weekend of December 3 and 4", date(2022, 12, 3), date(2022, 12, 4)),
])
def test_the_weekend_of_named_days_is_those_days_not_a_weekend_before_publication(text, start, end):
    assert period(only(text))[:2] == (start, end)


def test_a_weekday_in_the_words_of_a_dated_report_is_of_that_reports_week():
    # a corrections column of June 2023 quoting a report of 21 December 2022 (a Wednesday)
    found = find_time_expressions('Our report of 21 December 2022 said the men had been handed back "on Monday".', THU, "day")
    assert [period(m)[:2] for m in found] == [(date(2022, 12, 21),) * 2, (date(2022, 12, 19),) * 2]
    # with no report dated in its sentence, the Monday is the publication's
    assert period(only("the men had been handed back on Monday"))[:2] == (date(2023, 6, 12),) * 2


@pytest.mark.parametrize("text, start", [
    ("had crossed at border posts since Sept. 20. Of those, 31 were hurt", date(2022, 9, 20)),
    ("have come across since Aug. 9 and more are expected", date(2022, 8, 9)),
])
def test_since_a_short_month_with_its_stop_and_day_is_that_day(text, start):
    assert period(only(text)) == (start, None, "since")


@pytest.mark.parametrize("text, day", [
    ("some 3,500 men have crossed since Saturday last, most of them at the railway", date(2023, 6, 10)),
    ("the convoy will leave on Monday next for the capital", date(2023, 6, 19)),
])
def test_a_weekday_with_last_or_next_after_it_is_that_weekday_before_or_after_publication(text, day):
    assert period(only(text))[0] == day


def test_the_last_week_alone_is_still_the_week_before_publication():
    assert period(only("crossed in the last week"))[:2] == (date(2023, 6, 5), date(2023, 6, 11))


def test_a_time_counted_back_from_publication():
    # an anniversary piece: the week of the publication day so many years back, not the publication's week
    expected = {
        "Eighty-five years ago this week, the first columns crossed": (date(1938, 6, 13), date(1938, 6, 19)),
        "Seventy years ago, the garrison walked over the pass": (date(1953, 1, 1), date(1953, 12, 31)),
        "A hundred and ten years ago this week, the fortress fell": (date(1913, 6, 9), date(1913, 6, 15)),
        "a year ago today they were disarmed": (date(2022, 6, 15), date(2022, 6, 15)),
        "the camp was emptied two weeks ago": (date(2023, 5, 29), date(2023, 6, 4)),
        "Three months ago the men reached the border": (date(2023, 3, 1), date(2023, 3, 31)),
        "A century ago this week, the garrison crossed the ice": (date(1923, 6, 11), date(1923, 6, 17)),
        "Two centuries ago, the regiment crossed the river": (date(1823, 1, 1), date(1823, 12, 31)),
    }
    assert {text: period(only(text))[:2] for text in expected} == expected


@pytest.mark.parametrize(("published", "expected"), [
    (date(2025, 12, 7), (date(2024, 12, 7), date(2024, 12, 8))),  # a Sunday: the year before's Saturday and Sunday
    (date(2025, 12, 5), (date(2024, 12, 7), date(2024, 12, 8))),  # a Friday: the weekend nearest the day reached
    (date(2025, 3, 3), (date(2024, 3, 2), date(2024, 3, 3))),  # a Monday: the weekend just past, a year back
])
def test_years_ago_this_weekend_is_that_weekend_a_year_back(published, expected):
    assert period(only("A year ago this weekend, thousands of soldiers crossed the border", published))[:2] == expected


def test_a_time_counted_back_needs_the_publication_precise_enough_and_stays_undated_otherwise():
    assert period(only("they left two weeks ago", MONTH, "month")) == (None, None, "relative")
    assert period(only("Eighty years ago, they left", None, "unknown")) == (None, None, "relative")


def test_relative_with_month_precision():
    assert period(only("as reported last month", MONTH, "month")) == (date(2024, 1, 1), date(2024, 1, 31), "relative")
    assert period(only("they left last Saturday", MONTH, "month")) == (None, None, "relative")
    assert period(only("it happened yesterday", MONTH, "month")) == (None, None, "relative")


def test_relative_with_unknown_publication_keeps_the_mention_without_dates():
    assert period(only("as reported last month", None, "unknown")) == (None, None, "relative")
    assert period(only("troops crossed on 9 April", None, "unknown")) == (None, None, "absolute")


@pytest.mark.parametrize("marker", ["currently", "now", "as of now", "at present", "at the time of writing"])
def test_present_markers_take_the_publication_period(marker):
    assert period(only(f"the men are {marker} held", MONTH, "month")) == (date(2024, 2, 1), date(2024, 2, 29), "present")
    assert period(only(f"the men are {marker} held")) == (THU, THU, "present")


def test_lower_case_month_words_are_not_dates():
    assert find_time_expressions("they may 5 times march", THU, "day") == []


def test_sorted_non_overlapping_and_offsets_match():
    text = "Since 3 May 2023, and currently, they stayed; on 2-3 May they crossed. Last week too."
    found = find_time_expressions(text, THU, "day")
    assert [m.text for m in found] == ["Since 3 May 2023", "currently", "2-3 May", "Last week"]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_seed_like_publication_month():
    text = "Over 500 returned since 19 December, after crossing on 7 and 8 December."
    found = find_time_expressions(text, *parse_published("2025-01"))
    assert [period(m) for m in found] == [(date(2024, 12, 19), None, "since"),
                                          (date(2024, 12, 7), date(2024, 12, 8), "range")]


TOKENS = ["since ", "7", "-", "8", " December", " 2024", ",", " and ", "last ", "Saturday", "month", "now",
          "between ", "May ", "31", "February", " 30", "yesterday", "past few days", " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=4), max_size=25).map("".join),
       st.one_of(st.none(), st.dates()), st.sampled_from(["day", "month", "year", "unknown", "bogus"]))
def test_never_raises_and_offsets_stay_inside(text, pub, precision):
    found = find_time_expressions(text, pub, precision)
    for m in found:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_bare_years_and_months_need_a_time_cue():
    assert find_time_expressions("a force of 2000 men", THU, "day") == []
    assert [m.text for m in find_time_expressions("fighting since mid-2015", THU, "day")] == ["since mid-2015"]
    # "the fall of Kabul" is an event, "a summer offensive" and "that winter" of a story no date of the report's
    assert find_time_expressions("after the fall of Kabul, a summer offensive; that winter they starved", THU, "day") == []
    # a season naming a kind of thing is no date
    assert find_time_expressions("the men were kept in summer villas by the lake", THU, "day") == []


def test_datetime_publication_is_accepted():
    from datetime import datetime
    assert only("they left last Saturday", datetime(2023, 6, 15, 9, 30), "day").period_start == date(2023, 6, 10)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("They left between March and August.", date(2025, 3, 1), date(2025, 8, 31)),
    ("They left from March to August 2024.", date(2024, 3, 1), date(2024, 8, 31)),
    # a range over the new year starts in the year before its end
    ("They stayed between November and February.", date(2024, 11, 1), date(2025, 2, 28)),
    # a season is its months: the latest one begun by publication, the latest one over after "last", or its year's
    ("They went home over the summer.", date(2025, 6, 1), date(2025, 8, 31)),
    ("They were moved last winter.", date(2024, 12, 1), date(2025, 2, 28)),
    ("They were moved in the spring of 2023.", date(2023, 3, 1), date(2023, 5, 31)),
    ("They were interned in the winter of 1939.", date(1939, 12, 1), date(1940, 2, 29)),
    # a part of a season is read as the season, with its year
    ("The story begins in the late summer of 1916.", date(1916, 6, 1), date(1916, 8, 31)),
    ("They crossed in the early spring of 1871.", date(1871, 3, 1), date(1871, 5, 31)),
])
def test_a_range_of_whole_months(text, start, end):
    (time,) = [t for t in find_in(text, date(2025, 10, 22), "day", EN) if t.kind == "range"]
    assert (time.period_start, time.period_end) == (start, end)


@pytest.mark.parametrize(("text", "span"), [
    ("Fewer than 300 went back between 1976 and 1978, the ministry said.", (date(1976, 1, 1), date(1978, 12, 31))),
    ("From 1990 to 1994, the officers lived in the camp.", (date(1990, 1, 1), date(1994, 12, 31))),
    ("They were interned from 1940 until 1945.", (date(1940, 1, 1), date(1945, 12, 31))),
])
def test_a_range_of_whole_years(text, span):
    (time,) = find_time_expressions(text, THU, "day")
    assert (time.period_start, time.period_end, time.kind) == (*span, "range")


@pytest.mark.parametrize("text", [
    "Between 1500 and 2000 soldiers crossed that week.",  # an amount of people, not years
    "Estimates ran from 1200 to 1800 men.",
    "From 1990 to 1994 the officers lived in the camp.",  # a word after it may be what was counted
    "The count fell between 1980 and 1975, oddly.",  # an end before its start is no range
])
def test_two_amounts_are_not_a_range_of_years(text):
    assert [t for t in find_time_expressions(text, THU, "day") if t.kind == "range"] == []


@pytest.mark.parametrize(("text", "published", "span"), [
    # a weekday before a date names that date
    ("They crossed between Friday 6 December and Sunday 8 December.", date(2025, 1, 9), ("2024-12-06", "2024-12-08")),
    ("They crossed on Friday, 6 December.", date(2025, 1, 9), ("2024-12-06", "2024-12-06")),
    ("The convoys ran from Monday, December 9 to Wednesday, December 11.", date(2025, 1, 9),
     ("2024-12-09", "2024-12-11")),
    # two weekdays alone: the days of the week before publication, the first before the second
    ("They crossed between Saturday and Tuesday.", date(1975, 4, 26), ("1975-04-19", "1975-04-22")),
    ("They crossed from Monday to Wednesday.", date(1975, 4, 26), ("1975-04-21", "1975-04-23")),
    # a year given only at a range's end dates its start too, a year before publication
    ("They were received between 1st March and 31st May, 2011.", date(2012, 3, 15), ("2011-03-01", "2011-05-31")),
    ("They were held from 20 December to 3 January 2012.", date(2012, 3, 15), ("2011-12-20", "2012-01-03")),
    # a year at each end is kept
    ("They were held from 20 December 2010 to 3 January 2012.", date(2012, 3, 15), ("2010-12-20", "2012-01-03")),
])
def test_the_dates_of_a_range_or_a_named_day(text, published, span):
    found = find_time_expressions(text, published, "day")
    assert [(str(t.period_start), str(t.period_end)) for t in found] == [span]


@pytest.mark.parametrize(("text", "published", "weekday_day"), [
    # a story set a year or more before publication: the paragraph's own week, from the day it last named
    ("The first trucks came on 7 December 2024. By Sunday evening 2,740 had crossed.", date(2025, 12, 10),
     date(2024, 12, 8)),
    # a report that recalls a date weeks back still says "on Monday" of its own week
    ("The first trucks came on 7 December 2024. On Monday, the ministry said 300 remained.", date(2025, 1, 15),
     date(2025, 1, 13)),
    # a new paragraph leaves the story's week
    ("The first trucks came on 7 December 2024.\n\nOn Monday, the ministry said 30 remained.", date(2025, 12, 10),
     date(2025, 12, 8)),
])
def test_a_weekday_in_a_story_set_long_before_publication_is_of_the_storys_week(text, published, weekday_day):
    found = find_time_expressions(text, published, "day")
    assert [m.period_start for m in found if m.kind == "relative"] == [weekday_day]


def test_a_bare_month_qualifying_a_count_noun_is_that_month():
    found = find_time_expressions("March arrivals were lower. The December handover went well.", THU, "day")
    assert [(m.text, m.period_start, m.period_end) for m in found] == [
        ("March", date(2023, 3, 1), date(2023, 3, 31)), ("December", date(2022, 12, 1), date(2022, 12, 31))]
    # a name before any other word, or mid-sentence without "the", stays no date
    assert find_time_expressions("Officers in Amman say March was quiet; their June Arrivals Board met.", THU,
                                 "day") == []


@pytest.mark.parametrize(("text", "told", "expected"), [
    ("On 24 March the first group crossed. By the following Wednesday more had come.", "the following Wednesday",
     date(2023, 3, 29)),
    ("On 10 February the camp opened. Two days later the first men arrived.", "Two days later", date(2023, 2, 12)),
    ("On 10 February the camp opened. The day before, the guards had arrived.", "The day before", date(2023, 2, 9)),
    ("On 10 February the camp opened.\n\nThe next day the first men arrived.", "The next day", date(2023, 2, 11)),
    # the first of the days named
    ("The handovers began on 7 and 8 February.\n\nOn the first day 900 men crossed.", "On the first day",
     date(2023, 2, 7)),
    # told from a day that was itself told from another
    ("On 10 February the camp opened. Two days later the men arrived. A day earlier the guards had come.",
     "A day earlier", date(2023, 2, 11)),
])
def test_a_time_told_from_the_day_named_before_it(text, told, expected):
    found = {m.text: m for m in find_time_expressions(text, THU, "day")}
    assert (found[told].period_start, found[told].period_end, found[told].kind) == (expected, expected, "anchored")


@pytest.mark.parametrize(("text", "told", "expected"), [
    ("On 10 February the camp opened. That same day the first men arrived.", "That same day",
     (date(2023, 2, 10), date(2023, 2, 10))),
    ("The men crossed on 7 and 8 December. Many more came over the bridge that weekend.", "that weekend",
     (date(2022, 12, 7), date(2022, 12, 8))),
    ("On 3 May the convoy left. Two of the men escaped the same night.", "the same night",
     (date(2023, 5, 3), date(2023, 5, 3))),
    # whole months after the month part named
    ("Talks ended at the end of March 2021. Over the following three months the men were sent home.",
     "Over the following three months", (date(2021, 4, 1), date(2021, 6, 30))),
    ("On 3 May the camp opened. Over the next two days the buses came.", "Over the next two days",
     (date(2023, 5, 4), date(2023, 5, 5))),
    # the days up to a day its own sentence names
    ("On 19 May the command said 300 had been driven back over the past two days.", "over the past two days",
     (date(2023, 5, 18), date(2023, 5, 19))),
    ("On 3 May the camp opened. In the following 2 weeks the buses came.", "In the following 2 weeks",
     (date(2023, 5, 4), date(2023, 5, 17))),
    # the calendar week, month or year of the day named, or the next one
    ("On Wednesday 3 May 2023 the camp opened. The next week the buses came.", "The next week",
     (date(2023, 5, 8), date(2023, 5, 14))),
    ("The camp opened on 3 May. Later that month the buses came.", "that month", (date(2023, 5, 1), date(2023, 5, 31))),
    ("The camp opened in March 2019. The following year it closed.", "The following year",
     (date(2020, 1, 1), date(2020, 12, 31))),
    # the season of the day named, or of the year named
    ("By 20 August 2016 some 300 had crossed. Thousands of civilians followed that summer.", "that summer",
     (date(2016, 6, 1), date(2016, 8, 31))),
    ("On 10 January 2019 the men left. That winter 40 soldiers died.", "That winter",
     (date(2018, 12, 1), date(2019, 2, 28))),
])
def test_a_day_or_span_told_from_the_time_just_named(text, told, expected):
    found = {m.text: m for m in find_time_expressions(text, THU, "day")}
    assert (found[told].period_start, found[told].period_end, found[told].kind) == (*expected, "anchored")


@pytest.mark.parametrize(("text", "told"), [
    # no day named before it: publication is not what it counts from
    ("The first group crossed. By the following Wednesday more had come.", "the following Wednesday"),
    # a day two paragraphs back is not its anchor
    ("On 10 February the camp opened.\n\nIt rained.\n\nThe next day the first men arrived.", "The next day"),
    # "the day after" an event counts from the event
    ("On 10 February the court sat. They fled the day after last July's coup.", "the day after"),
    ("The first group crossed that night, the guards said.", "that night"),
    # "that day" points back within its paragraph only
    ("On 3 May the convoy left.\n\nTwo of the men escaped the same night.", "the same night"),
    # "that …" points back within its own paragraph only
    ("The camp opened on 3 May.\n\nThe buses came later that month.", "that month"),
    # "the first day of" names its own reference
    ("On 3 May the camp opened. On the first day of Ramadan the buses came.", "the first day"),
    # a figure of a few is no count of days
    ("On 3 May the camp opened. Over the next few days the buses came.", "Over the next few days"),
    # the days up to publication, when the day named is another sentence's
    ("On 19 May the camp closed. Over the past two weeks 300 soldiers left.", "Over the past two weeks"),
    # with no time named before it, the following months are no period
    ("Over the following three months the men were sent home.", "Over the following three months"),
])
def test_a_time_told_from_nothing_named_is_not_resolved(text, told):
    assert all(m.kind != "anchored" for m in find_time_expressions(text, THU, "day")), told


@pytest.mark.parametrize(("text", "expected"), [
    # a bulletin's lead: the night just gone
    ("Hundreds of soldiers crossed into the region overnight, the border service said.",
     [("overnight", date(2023, 6, 14), date(2023, 6, 15))]),
    ("The border service says 438 servicemen crossed during the night.",
     [("during the night", date(2023, 6, 14), date(2023, 6, 15))]),
    # after a day the story named: that day's night, in its paragraph
    ("On 19 May the men were told to pack. They were driven overnight to the border.",
     [("19 May", date(2023, 5, 19), date(2023, 5, 19)), ("overnight", date(2023, 5, 19), date(2023, 5, 19))]),
    # ... and no night before publication elsewhere
    ("On 19 May the men were told to pack.\n\nThey were driven overnight to the border.",
     [("19 May", date(2023, 5, 19), date(2023, 5, 19))]),
])
def test_overnight_is_the_night_the_story_is_at(text, expected):
    assert [(m.text, m.period_start, m.period_end) for m in find_time_expressions(text, THU, "day")] == expected


def test_a_time_restating_the_day_just_named_is_that_day():
    text = "A group crossed on Sunday evening, a day earlier, as gunfire echoed."
    assert [(m.text, m.period_start) for m in find_time_expressions(text, THU, "day")] == [
        ("on Sunday", date(2023, 6, 11))]


def test_a_day_then_an_amount_is_one_day_not_a_range():
    """ "revised upward on Dec. 11 to 2,493": the amount's first digits are no day of a range."""
    found = only("The figure was revised upward on Dec. 11 to 2,493.")
    assert (found.text, period(found)) == ("Dec. 11", (date(2022, 12, 11), date(2022, 12, 11), "absolute"))


@pytest.mark.parametrize("text, start, end", [
    ("They arrived between late April and the end of May 1945.", date(1945, 4, 21), date(1945, 5, 31)),
    ("They arrived between early March and mid-April 1999.", date(1999, 3, 1), date(1999, 4, 20)),
    ("By the start of 1945 they were still in the camps.", date(1945, 1, 1), date(1945, 1, 31)),
    ("By the end of 1945 most had gone home.", date(1945, 12, 1), date(1945, 12, 31)),
])
def test_parts_of_months_and_years_as_ends_of_a_range_or_alone(text, start, end):
    """The part of a month a mention leaves outside ("mid-April", "the end of May 1945") still joins a range, and
    its year dates the start; the start or end of a year is its first or last month."""
    found = only(text)
    assert (found.period_start, found.period_end) == (start, end)
