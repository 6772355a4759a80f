"""When a figure applies, dated as a reader would: own date, carried date, named event, present, open."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.counts.draft import CountDraft
from pipeline.extract.counts.period_value import FigurePeriod
from pipeline.extract.counts.restated import restated_periods
from pipeline.extract.figures.number_mention import NumberMention
from pipeline.text.spans import Span
from tests.extraction import findings


def periods(text: str, published: str = "2025-01-15") -> list[tuple[str | None, str | None]]:
    return [(str(r["period_start"]) if r["period_start"] else None, str(r["period_end"]) if r["period_end"] else None)
            for r in findings(text, published)["counts"]]


def test_a_date_in_the_figures_clause_dates_it():
    assert periods("On 12 January, 300 soldiers were handed back at the Tanf crossing.") == [("2025-01-12", "2025-01-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # a dispatch filed the day before the paper: its "to-day" and "yesterday" count from its dateline's day
    ("GUARDS INTERNED\n\nLISBON, Jan. 13. - The Government announced to-day that 612 guardsmen had been interned. "
     "Seven hundred were sent to Elvas yesterday.", [("2025-01-13", "2025-01-13"), ("2025-01-12", "2025-01-12")]),
    # a weekday already names the latest such day: it is not moved
    ("GUARDS INTERNED\n\nLISBON, Jan. 13. - About 300 guardsmen crossed on Sunday.", [("2025-01-12", "2025-01-12")]),
    # a dateline on its own line that names its weekday too
    ("GUARDS INTERNED\n\nLISBON, Monday, Jan. 13.\n\nSeven hundred guardsmen were sent to Elvas yesterday.",
     [("2025-01-12", "2025-01-12")]),
    # a dateline of the paper's own day moves nothing
    ("GUARDS INTERNED\n\nLISBON, Jan. 15. - Seven hundred guardsmen were sent to Elvas yesterday.",
     [("2025-01-14", "2025-01-14")]),
    # a dateline set on a line of its own; "last week" counts from it too, and what stands now stands on its day
    # an older paper's dateline with its state and year: what stands now stands on the dispatch's day
    ("GUARDS INTERNED\n\nST. ALBANS, Vt., January 13, 2025.\n\nAbout 300 guardsmen are in the custody of the marshal.",
     [("2025-01-13", "2025-01-13")]),
    ("GUARDS INTERNED\n\nLISBON, January 13.\n\nThe return of last week shows 612 guardsmen in the fort. About 300 "
     "more are in the hospitals of the town.", [("2025-01-06", "2025-01-12"), ("2025-01-13", "2025-01-13")]),
])
def test_a_dispatch_counts_its_days_from_its_dateline(text, expected):
    assert periods(text, "2025-01-15") == expected


def test_a_places_present_name_after_todays_is_no_time():
    text = ("In August 1849 Hungarian soldiers crossed into the Ottoman Empire at Vidin. Late in October the Turks "
            "moved those who remained, about 1,200 people, to Shumla, today's Shumen.")
    assert periods(text, "2024-08-17")[-1] == ("1849-10-01", "1849-10-31")


@pytest.mark.parametrize(("text", "expected"), [
    ("The handover took place on Monday at the border post, the command said. "
     "In all, 1,240 soldiers were handed over to the Syrian side.", [("2025-01-13", "2025-01-13")]),
    # "that day": the day the paragraph named last, sentences before
    ("7. 9 January, at dawn. A convoy leaves the camp in the rain. Guards said 310 soldiers crossed back that day.",
     [("2025-01-09", "2025-01-09")]),
    # ... never one of another paragraph
    ("The camp opened on 9 January.\n\nGuards said 310 soldiers crossed back that day.", [(None, "2025-01-15")]),
    # "That move came on …" tells of the move the order after it gives
    ('That move came on 2 January. The order reads: "Transfer 127 officers from the airfield to the base."',
     [("2025-01-02", "2025-01-02")]),
])
def test_a_date_in_the_previous_sentence_about_the_same_event_is_carried(text, expected):
    assert periods(text, "2025-01-15") == expected


@pytest.mark.parametrize(("second", "expected"), [
    # a sentence opening on a part of the figure just before ("Of those we interviewed,") goes on with its time
    ("Of those we interviewed, 29 told us that they do not wish to go back.", ("2025-01-08", "2025-01-08")),
    ("Of them, 12 said they would stay.", ("2025-01-08", "2025-01-08")),
    # an opening that names its whole itself is not the figure before, nor the figure the opening names
    ("Of the wounded soldiers, 12 are still in hospital.", ("2025-01-15", "2025-01-15")),
    ("Of the last 28 men there, 22 remain.", ("2025-01-15", "2025-01-15")),
])
def test_a_sentence_opening_on_a_part_of_the_figure_before_takes_its_date(second, expected):
    text = f"On 8 January our team was given access to the camp, where we met 64 of the Malian soldiers. {second}"
    assert periods(text)[-1] == expected


@pytest.mark.parametrize(("second", "expected"), [
    # "Seven of them …" opens on a part of the figure just before: their move, at its time; the gapped "four" too
    ("Seven of them travelled to Lisbon and four to Madrid, he said.", [("2025-01-08", "2025-01-08")] * 2),
    # told as it stands now, the part is of the report's day
    ("Three of them are still in hospital, he said.", [("2025-01-15", "2025-01-15")]),
    # the part of a figure in another paragraph is not dated by it: open, from the article's first dated figure
    ("\n\nSeven of them travelled to Lisbon, he said.", [("2025-01-08", "2025-01-15")]),
])
def test_a_sentence_opening_on_n_of_them_takes_the_date_of_the_figure_before(second, expected):
    text = f"Eleven Guinean officers flew out of Dakar on 8 January, an official said. {second.lstrip(' ')}"
    assert periods(text)[1:] == expected


def test_a_paragraph_opening_on_the_people_just_told_of_broken_down_carries_their_date():
    # the men of the handover, broken down in the next paragraph, whatever the story tells of later
    text = ("Guinea handed 212 former soldiers back to Mali at the border post on Monday, a spokesman said.\n\nThe men, "
            "among them 19 officers and 193 conscripts, were driven by bus from the camp to the border.\n\nMonday's "
            "convoy was the third to leave the camp, bringing the total returned to 630 since the first handover in November, he said.")
    assert periods(text)[:3] == [("2025-01-13", "2025-01-13")] * 3


@pytest.mark.parametrize("between", [" ", "\n\n"])  # the sentence before (rule 2); the article's crossing (3)
def test_the_time_a_superlative_is_measured_against_dates_nothing(between):
    # "since … in 1988" names the record this crossing is compared with, not when these men came
    text = ("About 600 Georgian soldiers crossed into Armenia on 12 March, officials said.\n\n"
            "It was the largest flight of troops into the country since a Soviet division came over in 1988."
            f"{between}The first group, some 200 men, arrived at the Bavra post.")
    assert periods(text, "2025-03-20") == [("2025-03-12", "2025-03-12")] * 2


@pytest.mark.parametrize(("lead", "sitting_day"), [
    ("The Council was briefed yesterday, Tuesday 14 January, on the fighting in the north.", "2025-01-14"),
    ("The defence committee sat for three hours on Monday to hear the ministers on the border.", "2025-01-13"),
    ("The interior minister told parliament on Monday that the camps were full.", "2025-01-13"),
    # a hearing told as MPs questioning officials
    ("Members of the defence committee spent nearly four hours on Monday questioning a deputy minister.", "2025-01-13"),
    ("Senators on Monday grilled two senior army commanders over the border.", "2025-01-13"),
    # a record of the proceedings names its sitting in its own heading line
    ("COMMITTEE ON DEFENCE\n\nRecord of proceedings, Monday 13 January 2025 (published 15 January)", "2025-01-13"),
    ("Summary minutes of the meeting held on Monday 13 January 2025, Room 4", "2025-01-13"),
    # or in a header line of its own below the title ("Date of hearing: …")
    ("NATIONAL ASSEMBLY OF GHANA\nSelect Committee on Defence\nRecord No. 3/2025\n"
     "Date of hearing: Monday, 13 January 2025\nIssued by the Clerk, 15 January 2025", "2025-01-13"),
    # or in the title itself
    ("National Assembly, Defence Committee: minutes of the meeting of 13 January 2025\n\nNATIONAL ASSEMBLY\n"
     "DEFENCE COMMITTEE\n\nDate: Monday 13 January 2025, 10:00-12:45", "2025-01-13"),
    # a court hearing that the lead dates
    ("A Malian colonel asked a court in Niamey on Monday to declare his detention unlawful.", "2025-01-13"),
    # no sitting: a stock stands on the day of publication
    ("Fighting spread to the border towns on Monday, officials said.", "2025-01-15"),
    # the session's own day is not given; a day the sentence goes on to tell of is another event's
    ("During a session that ran for two hours, the minister said the men had been moved on Monday.", "2025-01-15"),
])
def test_a_stock_given_at_a_sitting_stands_on_the_sittings_day(lead, sitting_day):
    text = f"{lead}\n\nThe delegate of Niger said 130 Malian soldiers were still held at Ouallam."
    assert periods(text, "2025-01-15")[-1] == (sitting_day, sitting_day)


def test_a_part_of_a_stock_dated_by_its_own_words_takes_that_date_not_the_sittings():
    text = ("The interior minister told parliament on Monday that the camps were full.\n\nHe stated that 130 Malian "
            "soldiers remained at Ouallam as of 31 December, of whom 22 were officers.")
    assert periods(text, "2025-01-15") == [("2024-12-31", "2024-12-31")] * 2


@pytest.mark.parametrize("text", [
    "The ministry this evening estimated the number who had crossed at 3,000 men.",
    "Officials yesterday said that 250 soldiers had crossed the border.",
])
def test_a_day_between_the_speaker_and_the_verb_is_the_day_of_saying_not_the_figures(text):
    assert periods(text, "2025-01-15")[0][0] is None


def test_a_day_before_a_verb_in_its_other_sense_is_the_figures():
    # "added" tells no speech here: it adds men to a handover
    assert periods("A fourth handover on 12 January added 49 soldiers.", "2025-01-15") == [("2025-01-12", "2025-01-12")]


@pytest.mark.parametrize("text", [
    "A first convoy took 300 soldiers to the camp, and two more are to leave today.",
    "The army moved 300 soldiers to the camp, and three more groups will follow on Friday.",
])
def test_the_day_of_a_clause_with_figures_of_its_own_in_words_is_not_the_first_figures(text):
    assert periods(text, "2025-01-15") == [(None, "2025-01-15")]


def test_a_second_that_clause_with_its_own_figure_keeps_its_day_from_the_first_figure():
    # "…, and that 600 of them had been handed over on …": the later day is the second figure's, not the first's
    text = ("The envoy told the council that the 900 soldiers who crossed at Moyale on 3 and 4 March had been disarmed, "
            "and that 600 of them had been handed over at the bridge on 20 March.")
    assert periods(text, "2025-04-02") == [("2025-03-03", "2025-03-04"), ("2025-03-20", "2025-03-20")]


def test_the_parts_after_a_colon_stand_on_the_wholes_day():
    text = ("The agency estimates that about 300 Eritrean soldiers were still held in Ethiopia on 4 March: around "
            "200 at the Mai Aini camp and about 100 in Shire.")
    assert periods(text, "2025-04-02") == [("2025-03-04", "2025-03-04")] * 3


def test_a_date_of_another_event_is_not_carried():
    text = ("Parliament met on Monday to discuss the budget. "
            "In all, 1,240 soldiers were handed over to the Syrian side.")
    assert periods(text, "2025-01-15") == [(None, "2025-01-15")]


def test_a_headline_figure_takes_the_date_of_the_lead():
    text = ("More than 400 Syrian troops flee into Jordan\n\n"
            "AMMAN, Jan 9 - More than 400 Syrian soldiers fled across the border into Jordan on Wednesday, "
            "officials said.\n")
    assert periods(text, "2025-01-09")[0] == ("2025-01-08", "2025-01-08")


def test_a_named_event_of_the_caseload_is_dated_by_the_topic_calendar():
    text = "Roughly 1,700 Syrian troops crossed into Iraq during the initial exodus, an Iraqi officer said."
    assert periods(text, "2025-02-01") == [("2024-12-07", "2024-12-08")]


def test_the_eve_of_the_fall_of_assad():
    text = "About 900 Syrian soldiers entered Iraq just before the collapse of the Assad government."
    assert periods(text, "2025-02-01") == [("2024-12-07", "2024-12-08")]


def test_the_calendar_never_dates_another_caseload():
    text = "Roughly 260 Myanmar border guards crossed into Bangladesh during the initial exodus."
    assert periods(text, "2024-02-07") == [(None, "2024-02-07")]


def test_a_stock_figure_in_the_present_tense_is_dated_to_publication():
    assert periods("Some 350 officers remain at a camp near the Jordanian border.", "2025-01-15") == [
        ("2025-01-15", "2025-01-15")]


def test_a_stock_figure_with_a_month_precision_publication_gets_the_month():
    rows = findings("About 60 officers are currently held at the base.", "2025-01")["counts"]
    assert (str(rows[0]["period_start"]), str(rows[0]["period_end"])) == ("2025-01-01", "2025-01-31")


def test_an_undated_event_stays_open_ending_at_publication():
    text = "Officials said 75 soldiers were handed back to their country."
    assert periods(text, "2025-01-15") == [(None, "2025-01-15")]


def test_the_day_of_a_move_still_to_come_does_not_date_those_remaining():
    text = ("Jordan flew 180 Syrian soldiers home on Monday. The remaining 40 will be flown out on Friday, "
            "an officer said.")
    rows = findings(text, "2025-01-15")["counts"]
    assert [(r["value_best"], r["status"], str(r["period_start"])) for r in rows][1] == (40, "remaining", "2025-01-15")


def test_the_main_verb_past_a_cut_relative_clause_brings_its_own_date():
    text = ("A first group of 184 soldiers who crossed into the province after their bases fell last month "
            "were flown back to Syria on Monday, officials said.")
    assert periods(text, "2025-01-15") == [("2025-01-13", "2025-01-13")]


def rules_and_words(text: str, published: str = "2025-01-15") -> list[tuple[str, str | None]]:
    return [(r["period_rule"], r["period_text"]) for r in findings(text, published)["counts"]]


def test_every_period_names_the_rule_that_dated_it_and_its_words():
    assert rules_and_words("On 12 January, 300 soldiers were handed back at the Tanf crossing.") == [
        ("own", "12 January")]
    assert rules_and_words("The handover took place on Monday at the border post, the command said. "
                           "In all, 1,240 soldiers were handed over to the Syrian side.") == [("carried", "on Monday")]
    assert rules_and_words("Roughly 1,700 Syrian troops crossed into Iraq during the initial exodus.",
                           "2025-02-01") == [("event", "initial exodus")]
    assert rules_and_words("Some 350 officers remain at a camp near the Jordanian border.") == [
        ("present", "2025-01-15")]
    assert rules_and_words("In all, 1,240 soldiers were handed over to the Syrian side.", "2025-01") == [
        ("open", "2025-01")]


def test_an_undated_entry_of_the_caseload_takes_its_wave_by_name():
    rows = findings("Iraqi officials say 1,100 Syrian soldiers entered Iraq.", "2025-03-01")["counts"]
    assert [(r["period_rule"], str(r["period_start"]), str(r["period_end"])) for r in rows] == [
        ("wave", "2024-12-07", "2024-12-08")]
    assert rows[0]["period_text"]  # the wave's name from the topic calendar


def test_a_date_in_a_relative_clause_runs_to_publication_when_the_main_verb_is_a_later_move():
    rows = findings("About 300 soldiers who fled in December have returned home.", "2025-02-10")["counts"]
    assert [(r["period_rule"], str(r["period_start"]), str(r["period_end"])) for r in rows] == [
        ("described", "2024-12-01", "2025-02-10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("About 150 Congolese soldiers remain in Mbarara, the commander said last week.", [("stated", "last week")]),
    # a sentence that goes on quoting the speaker of the sentence before was said that day ...
    ("The commander said on Thursday that the camp was calm. He put the number of soldiers still in Mbarara at "
     "about 150.", [("stated", "on Thursday")]),
    # ... but not in another paragraph, nor after a day that was no day of saying, nor without a pronoun speaker
    ("The commander said on Thursday that the camp was calm.\n\nHe put the number of soldiers still in Mbarara at "
     "about 150.", [("present", "2025-03-10")]),
    ("The commander toured the camp on Thursday. He put the number of soldiers still in Mbarara at about 150.",
     [("present", "2025-03-10")]),
    ("The commander said on Thursday that the camp was calm. About 150 soldiers remain in Mbarara.",
     [("present", "2025-03-10")]),
    # a time in the relative clause after a speech verb is that clause's, not the day of saying
    ("An MP put the number of troops who crossed in January at 2,600 and said that 150 remained.",
     [("own", "in January"), ("present", "2025-03-10")]),
])
def test_a_stock_is_as_of_the_day_it_was_stated(text, expected):
    assert rules_and_words(text, "2025-03-10") == expected


def test_a_date_of_another_event_in_a_stock_sentence_is_not_when_it_was_stated():
    rows = findings("About 130 officers remain in Jordan after fleeing the country in December 2024.",
                    "2025-03")["counts"]
    assert [(r["period_rule"], str(r["period_start"])) for r in rows] == [("present", "2025-03-01")]


def test_the_day_it_was_said_is_not_the_day_it_happened_but_dates_it_when_nothing_else_does():
    wave = findings("Iraq has taken in more than 2,000 Syrian soldiers who fled across the border, Iraqi officials "
                    "said on Monday.", "2024-12-09")["counts"]
    assert [r["period_rule"] for r in wave] == ["wave"]
    announced = findings("The ministry had announced in late December that 1,905 soldiers had been returned.",
                         "2025-02-03")["counts"]
    assert [(r["period_rule"], r["period_text"]) for r in announced] == [("stated", "late December")]


def test_a_dateline_date_is_when_the_report_was_filed():
    rows = findings("GEDAREF, Sudan (August 14, 2023) - Sudanese army units have disarmed some 160 Ethiopian soldiers "
                    "who crossed into Gedaref state.", "2023-08-14")["counts"]
    assert [r["period_rule"] for r in rows] != ["own"]


def test_a_headline_does_not_take_the_day_the_lead_was_said():
    text = ("Iraq receives over 1,500 Syrian soldiers fleeing across border\n\n"
            "BAGHDAD, Dec 9 (Xinhua) - More than 1,500 Syrian soldiers crossed into Iraq, officials said on Monday.\n")
    rows = findings(text, "2024-12-09")["counts"]
    assert rows[0]["period_rule"] != "carried" or str(rows[0]["period_start"]) != "2024-12-09"


def test_an_undated_entry_takes_the_date_the_article_gives_the_crossing():
    text = ("Afghan soldiers crossed at Torkham on 15 and 16 August, officials said.\n\n"
            "A border official said the number who crossed stands at 231.")
    rows = findings(text, "2021-08-19")["counts"]
    assert [(r["period_rule"], str(r["period_start"]), str(r["period_end"])) for r in rows] == [
        ("carried", "2021-08-15", "2021-08-16")]


def test_any_trailing_speech_verb_marks_the_day_of_saying_not_the_day_it_happened():
    text = ("Jordan has handed over 74 former Iraqi officers through the Trebil crossing, the General "
            "Command (GC) announced yesterday.")
    assert periods(text, "2025-09-24") == [(None, "2025-09-23")]


def test_a_span_after_a_speech_verb_is_the_figures_own_period():
    text = "Malian troops went home in waves. Officials put the total sent back since 4 March at 312."
    assert periods(text, "2025-05-01") == [("2025-03-04", "2025-05-01")]


def test_a_part_of_a_month_is_that_third_of_the_month():
    assert periods("In late August, roughly 450 soldiers were moved to a holiday camp.", "2021-10-01") == [
        ("2021-08-21", "2021-08-31")]
    assert periods("In early July, 300 soldiers were moved to a camp near Termez.", "2021-10-01") == [
        ("2021-07-01", "2021-07-10")]


def test_at_the_weekend_is_the_weekend_before_publication():
    text = "More than 200 Afghan soldiers crossed into Pakistan at the weekend, officials said on Wednesday."
    assert periods(text, "2021-08-18") == [("2021-08-14", "2021-08-15")]


def test_a_part_of_the_figure_before_is_dated_like_it():
    text = "By March 18, Colombian migration officials put the number of soldiers at 714, including 48 officers."
    assert periods(text, "2019-03-22") == [("2019-03-18", "2019-03-18")] * 2


def test_a_time_dates_the_when_clause_it_opens_not_the_clause_before():
    text = ("The handover of the 1,150 men is the largest since Jordan began returning the soldiers in late "
            "December, when 1,320 were sent home in two convoys.")
    assert periods(text, "2025-01-09") == [("2024-12-21", "2025-01-09"), ("2024-12-21", "2024-12-31")]


@pytest.mark.parametrize(("text", "published", "last"), [
    # a dateline with a double hyphen is not the figure's date
    ("AMMAN, Dec. 9 (Xinhua) -- Jordan has received over 1,500 Iraqi soldiers who crossed into its "
     "territory over the past two days.", "2024-12-09", ("2024-12-07", "2024-12-09")),
    # a time that opens the sentence dates its first clause, not the later time the clause runs on into
    ("Some 2,400 soldiers crossed that week. On January 4 alone, 1,500 were sent back across the border, "
     "and smaller groups followed in February.", "2025-01-15", ("2025-01-04", "2025-01-04")),
    # the date of the first clause is not the date of a coordinated clause with its own figure
    ("Records show 900 soldiers entered Jordan on 3 and 4 May, and 60 officers remain at the camp.",
     "2025-06-10", ("2025-06-10", "2025-06-10")),
    # "the easy one" is no figure whose clause would own the date before it
    ("The first handover, on 19 May, was the easy one: 905 men crossed back at the bridge.", "2025-07-01",
     ("2025-05-19", "2025-05-19")),
    # a part takes the whole's own date over one carried from the sentence before
    ("The first group was sent home on 2 May. A second handover on 20 June returned 121 men, among them "
     "33 officers.", "2025-07-01", ("2025-06-20", "2025-06-20")),
])
def test_which_time_of_the_sentence_dates_the_figure(text, published, last):
    assert periods(text, published)[-1] == last


RETURNS_ON_ONE_DAY = ("Jordan handed 640 Syrian soldiers back to Syria on Thursday, the army said.\n\n"
                      "The border had been closed since the fall of the government.\n\n"
                      "The returnees included 600 soldiers and 40 officers, a source said.")


def test_an_undated_return_takes_the_articles_one_day_of_returns():
    assert periods(RETURNS_ON_ONE_DAY, "2025-01-11")[-2:] == [("2025-01-09", "2025-01-09")] * 2


def test_returns_on_several_days_date_no_undated_return():
    text = RETURNS_ON_ONE_DAY.replace("The border had been", "Another 90 were handed back on Monday. The border had been")
    assert periods(text, "2025-01-11")[-2:] == [("2025-01-06", "2025-01-11")] * 2  # open, from Monday on


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a part of a written year
    ("Several hundred more soldiers went back in smaller groups during the first half of 2025.", "2026-03-10",
     [("2025-01-01", "2025-06-30")]),
    # parts named after their own number ("68 of them ...") are dated like the whole, each of them
    ("As of 1 March 2026, 72 men remained at the camp, 68 of them officers and four of them civilian staff.",
     "2026-03-10", [("2026-03-01", "2026-03-01")] * 3),
    # a breakdown's second part is dated like the first
    ("Remaining: 90 personnel as of 3 March, comprising 61 officers and 29 soldiers.", "2026-03-10",
     [("2026-03-03", "2026-03-03")] * 3),
    # a list of batches after a comma: each dated by its own words, the total from the first to the last
    ("In all, 700 soldiers went back through the crossing in two handovers, 520 on 2 May and 180 on 9 June.",
     "2026-07-01", [("2026-05-02", "2026-06-09"), ("2026-05-02", "2026-05-02"), ("2026-06-09", "2026-06-09")]),
])
def test_parts_of_a_year_and_parts_of_a_dated_whole(text, published, expected):
    got = [(str(r["period_start"]), str(r["period_end"])) for r in findings(text, published)["counts"]]
    assert got == expected


def test_a_situation_reports_stocks_stand_at_its_situation_date_and_a_site_label_counts_those_there():
    text = ("Briefing note\nSoldiers from Niger in Benin: situation as of 28 February 2026\n\n"
            "Key figures\n- Kandi camp: 140 soldiers.\n- Malanville: about 35 officers.\n")
    rows = findings(text, "2026-03-09")["counts"]
    assert [(r["status"], str(r["period_start"]), r["period_rule"]) for r in rows] == [
        ("remaining", "2026-02-28", "present")] * 2


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Timeline of the crossing\n\n"
     "2 February 2023 - Fighting reaches Kousseri. A first group of 310 soldiers crosses the bridge.\n\n"
     "9-10 February - Cameroon hands 240 soldiers back to Chadian officers. Seventy others stay at the camp.\n\n"
     "A month later the camp was closed, officials said.", "2023-06-01",
     [("2023-02-02", "2023-02-02"), ("2023-02-09", "2023-02-10"), ("2023-02-09", "2023-02-10")]),
    # a ministry's page of call readouts: each call under its date and a title after a dash; a relative clause
    # that dates the crossing itself keeps its own day
    ("Readouts of the Minister's calls\n\n21 March 2025 — Call with the Foreign Minister of Ethiopia\n\nThe "
     "Minister said that about 580 soldiers remained at the camp.\n\n9 April 2025 — Call with the UNHCR "
     "Representative\n\nThe Minister said that 120 officers remained at the base. He added that the 900 "
     "soldiers who crossed at Moyale on 3 and 4 March had been disarmed.\n", "2025-05-02",
     [("2025-03-21", "2025-03-21"), ("2025-04-09", "2025-04-09"), ("2025-03-03", "2025-03-04")]),
])
def test_a_timeline_entry_or_a_dated_heading_dates_every_figure_under_it(text, published, expected):
    assert periods(text, published) == expected


def test_a_timeline_entry_labelled_by_its_month_alone_is_that_month():
    text = ("Timeline\n\nJAN 28 - 171 officers who refuse to return are moved to a camp.\n\n"
            "APRIL - Eleven officers return to Syria.\n")
    assert periods(text, "2025-12-07") == [("2025-01-28", "2025-01-28"), ("2025-04-01", "2025-04-30")]


def test_a_paragraph_opening_on_a_month_and_a_full_stop_is_an_entry_of_that_month():
    # a stock reported under the label stood then, a move without a date of its own happened then
    text = ("Timeline\n\nJanuary. A third batch of 424 soldiers crossed back on 7 January. Officials said roughly 260 men "
            "were still at the airfield.\nFebruary. About 100 moved to the camp.\n\nMay God help them, one said. "
            "About 90 remain at the camp.")
    assert periods(text, "2025-06-01") == [("2025-01-07", "2025-01-07"), ("2025-01-01", "2025-01-31"),
                                           ("2025-02-01", "2025-02-28"), ("2025-06-01", "2025-06-01")]


@pytest.mark.parametrize(("opening", "expected"), [
    # the sentence that opens the list dates every item under it
    ("A report of the Spanish army dated March 1917 gave these numbers:", ("1917-03-01", "1917-03-31")),
    # an undated opening leaves the stocks at the publication date
    ("A report of the Spanish army gave these numbers:", ("2017-05-01", "2017-05-01")),
])
def test_a_labelled_list_is_dated_by_the_line_that_opens_it(opening, expected):
    text = (f"Interned crews\n\nIn all, 370 German soldiers crossed into Spain in 1916. {opening}\n\n"
            "- Zaragoza: 250\n- Pamplona: 120\n\nLife was quiet.")
    assert periods(text, "2017-05-01")[1:] == [expected, expected]


@pytest.mark.parametrize(("published", "expected"), [
    # a move told in a story set years before publication happened in the story's time
    ("2019-09-17", ("1939-09-01", "1939-09-30")),
    # in a report of the same season it stays open up to the report
    ("1939-10-20", (None, "1939-10-20")),
])
def test_an_undated_move_in_an_old_story_is_dated_by_the_story(published, expected):
    text = ("Interned\n\nIn September 1939 the Polish army crossed into Romania and was interned. Dozens were moved "
            "to hospitals.")
    assert periods(text, published)[-1] == expected


def test_a_date_inside_a_paragraph_is_no_entry_label():
    text = "Talks resumed on 2 February - after a week's pause. Some 85 soldiers remain at the camp."
    assert periods(text, "2023-06-01") == [("2023-06-01", "2023-06-01")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a retrospective dates its months in the year it tells of
    ("Fifty years on\n\nOn the night of 21 May 1975, a company of royal soldiers crossed the Mekong. "
     "Some 1,100 soldiers were moved to a camp at Nam Phong during September, Red Cross figures show.",
     "2025-05-26", ("1975-09-01", "1975-09-30")),
    # an anniversary feature: its dateline's month is the publication's, not a date of the story
    ("Eighty years on\n\nHistory Review | Anniversaries | 17 September 2019\n\nOn the night of 17 September 1939 "
     "the army crossed into Romania. Records give about 30,000 Polish soldiers interned by the end of September.",
     "2019-09-17", ("1939-09-21", "1939-09-30")),
    # a column's late aside about an old war does not move the months told before it
    ("A problem that will not wait\n\nIn April, 23 officers left Iraq for Turkey. History offers guidance: in "
     "February 1871 Switzerland interned a whole French army.", "2025-05-14", ("2025-04-01", "2025-04-30")),
    # a recent report recalling an older date keeps its months recent
    ("Mobilisation began on 21 September 2022. In December, Kazakhstan deported 12 Russian soldiers who had "
     "fled the draft.", "2024-01-15", ("2023-12-01", "2023-12-31")),
    # a key-figures box dates its stocks as of its heading
    ("Monthly update\n\nKEY FIGURES (as of 28 February 2025)\n"
     "2,600 Syrian soldiers registered at the Jaber crossing on 8 December 2024\n"
     "410 remain in the custody of the Jordanian army\n\nMore text follows here.",
     "2025-03-12", ("2025-02-28", "2025-02-28")),
    # a written answer gives the position on a day
    ("Internees\n\nMr. Ames: The position on 9th April was as follows:\n\nStill interned: 640.", "1957-04-16",
     ("1957-04-09", "1957-04-09")),
    # a numbered, dated subheading dates the labelled items under it
    ("How the figures differ\n\n3. The second airlift (4-5 March 2024)\n- Army: 184 soldiers flown back\n"
     "- Embassy: 176 received at Sittwe\n\nThe gap has not been explained.", "2024-06-02",
     ("2024-03-04", "2024-03-05")),
    # a judgment dates its own hearings, yet most of its dates are the story's: a season is the story's year
    ("Decision\n\nThe appeal was heard on 12 February 1997. In September 1939 the appellant crossed into "
     "Lithuania with his company. By October 1939 they were interned at a camp near Kaunas. Over the winter "
     "several hundred Polish soldiers were allowed to go home.", "1997-04-02", ("1939-12-01", "1940-02-29")),
    # in a retrospective, a year said alone sets the story's year for the months after it
    ("Thirty years on\n\nIn 1979 he was a captain. By April 1981 the unit had gone. In 1979 the war reached the "
     "north. In July, about 400 of the soldiers were moved by lorry to a camp outside Kisumu.",
     "2009-02-14", ("1979-07-01", "1979-07-31")),
    # a memoir sets its story by a season and its year: its months without a year are of that year
    ("Chapter four\n\nI was nineteen in the summer of 1956 and worked as a clerk at the border post. In October "
     "about 300 Hungarian soldiers were moved to a camp near Graz.", "1996-05-02", ("1956-10-01", "1956-10-31")),
    # ... but a year inside a sentence dates an aside ("a memoir published in 1988"), not the story
    ("Eighty years on\n\nOn the evening of 14 March 1939 the company walked across the frontier. \"Nobody gave "
     "us an order,\" the corporal wrote in a memoir published in 1988. Records list 86 soldiers detained on the "
     "far side between 15 and 31 March.", "2019-03-15", ("1939-03-15", "1939-03-31")),
    # a report that recalls a year as background still reads its months in its own time
    ("Ten years on\n\nThe war began in 2011. In July, about 400 soldiers were moved by lorry to a camp.",
     "2021-02-14", ("2020-07-01", "2020-07-31")),
    # a year review goes on from its last dated month
    ("The year in review\n\nDecember 2024. Over three days, from 6 to 8 December, soldiers crossed at Al-Qaim. "
     "The first handover, of 1,184 men, took place at Al-Qaim on 19 December.",
     "2025-12-30", ("2024-12-19", "2024-12-19")),
    # a feature written over a year later goes on from the full date it last named, an aside's date between
    ("Fifteen months on\n\nOn the morning of Dec. 7, 2024, Karim was at a checkpoint when the radio went quiet. "
     "A deputy spoke in January 2025 of 4,000 men. On Dec. 19, 1,905 of them rode buses back to the border.",
     "2026-03-02", ("2024-12-19", "2024-12-19")),
    # ... but a day and month long after that date is the latest one before publication
    ("Fifteen months on\n\nOn the morning of Dec. 7, 2024, Karim was at a checkpoint when the radio went quiet. "
     "On May 12, the last 40 soldiers left the camp.", "2026-06-01", ("2026-05-12", "2026-05-12")),
    # a part of a season with its year ("the late summer of 1917") sets the story's year like the season itself
    ("A town and its guests\n\nThe story begins in the late summer of 1917. About 4,000 officers and men boarded "
     "trains in September. In June 1918 there was a fire. In November 1918 the war ended.", "2025-07-13",
     ("1917-09-01", "1917-09-30")),
])
def test_the_last_figure_is_dated_in_the_year_the_article_tells_of(text, published, expected):
    assert periods(text, published)[-1] == expected


def test_a_date_in_an_apposition_after_the_figure_is_the_appositions():
    text = ("Thailand on Wednesday handed 57 former Lao army officers to the authorities at the bridge, the fourth "
            "such handover since December, the ministry said.")
    assert periods(text, "1976-05-14") == [("1976-05-12", "1976-05-12")]


def test_a_chronologys_heading_line_dates_the_paragraphs_below_it():
    text = ("How the standoff unfolded\n\nMonday, 3 March 2025\nPatrol boats bring some 140 sailors into the harbour.\n"
            "4 to 6 March\nA further 95 are landed, port officials say. Another 30 are flown to the capital.\n"
            "Second week of March\nThe navy says 60 of them have gone home.\n"
            "Today\nAbout 200 remain in the harbour barracks.\n")
    assert periods(text, "2025-03-20") == [("2025-03-03", "2025-03-03"), ("2025-03-04", "2025-03-06"),
                                           ("2025-03-04", "2025-03-06"), ("2025-03-08", "2025-03-14"),
                                           ("2025-03-20", "2025-03-20")]


def test_an_as_of_today_heading_closes_a_chronology_on_the_publication_day():
    text = ("Timeline\n\n2 May 2025\nSome 300 soldiers are handed back at the bridge.\n\n9 June 2025\nThe ministry "
            "says 80 officers are still held at the base.\n\nAs of today\nMore than 350 of the men have gone home.\n")
    assert periods(text, "2025-07-01")[-1] == ("2025-07-01", "2025-07-01")


def test_a_lone_date_line_is_no_chronology():
    text = "Refugees in the border town\n\n12 May 2024\nSome 85 soldiers remain at the camp, officials say.\n"
    assert periods(text, "2024-06-01") == [("2024-06-01", "2024-06-01")]


@pytest.mark.parametrize(("words", "expected"), [
    ("in the third week of January", ("2025-01-15", "2025-01-21")),
    ("during the last ten days of December", ("2024-12-22", "2024-12-31")),
    ("in the second half of November", ("2024-11-16", "2024-11-30")),
])
def test_a_week_or_a_stretch_of_a_month_is_those_days(words, expected):
    assert periods(f"Some 140 soldiers crossed the border {words}, officials said.", "2025-02-01") == [expected]


@pytest.mark.parametrize(("heading", "expected"), [
    ("Reporting period: 15 to 22 December 2024", ("2024-12-22", "2024-12-22")),
    ("Reporting period: 21 January to 15 February 2025", ("2025-02-15", "2025-02-15")),
    ("This report covers the period from 8 to 14 February 2025.", ("2025-02-14", "2025-02-14")),
])
def test_a_reports_stocks_stand_at_the_end_of_its_reporting_period(heading, expected):
    text = f"SITUATION REPORT No. 4\n{heading}\nIssued: 20 February 2025\n\n- 510 soldiers remaining in custody in Anbar\n"
    assert periods(text, "2025-02-20") == [expected]


def test_a_figure_given_when_asked_on_a_day_is_as_of_that_day():
    text = ("Officers in limbo\n\nA border police spokesman put the number still at the camp at \"fewer than sixty\" "
            "when asked on Monday.")
    assert periods(text, "2025-12-10") == [("2025-12-08", "2025-12-08")]


def test_a_fronted_day_of_saying_does_not_date_what_had_happened_before_it():
    said = findings("On Tuesday the interior ministry announced that 640 soldiers had crossed into Chad.",
                    "2023-06-20")["counts"]
    assert [(r["period_rule"], r["period_text"]) for r in said] == [("stated", "On Tuesday")]
    # the day opens the sentence of the event itself: it dates the figure
    own = findings("On Tuesday, 640 soldiers crossed into Chad, the interior ministry said.", "2023-06-20")["counts"]
    assert [(r["period_rule"], r["period_text"]) for r in own] == [("own", "On Tuesday")]
    simple = findings("On Tuesday the interior ministry said 640 soldiers crossed into Chad.", "2023-06-20")["counts"]
    assert [r["period_rule"] for r in simple] == ["own"]


def test_on_that_date_is_the_day_named_before_it_in_the_sentence():
    text = "By 31 March, 1,906 soldiers had been repatriated; 1,041 were still in the two host countries on that date."
    rows = findings(text, "2025-04-15")["counts"]
    assert [(r["period_rule"], str(r["period_start"]), str(r["period_end"])) for r in rows][1] == (
        "carried", "2025-03-31", "2025-03-31")


def test_a_captions_dated_dateline_dates_its_figures():
    text = ("Frames from the border\n\n"
            "1. MPONDWE, UGANDA, MONDAY 3 FEBRUARY 2025. Congolese soldiers wait at the post. An officer said about "
            "400 had crossed since the night before. (Photo: J. Akello / Lake Images)\n\n"
            "2. KASESE, UGANDA, FRIDAY 14 FEBRUARY 2025. Buses leave the barracks. Officials said 230 men were "
            "handed back at the border. (Photo: J. Akello / Lake Images)\n\n"
            "3. KASESE, UGANDA, SATURDAY 15 FEBRUARY 2025. The barracks, nearly empty. Fewer than 60 soldiers remain "
            "here, an officer said. (Photo: J. Akello / Lake Images)\n")
    rows = findings(text, "2025-03-01")["counts"]
    assert [(r["count_text"], str(r["period_start"]), str(r["period_end"])) for r in rows] == [
        ("about 400", "2025-02-03", "2025-02-03"), ("230", "2025-02-14", "2025-02-14"),
        ("Fewer than 60", "2025-02-15", "2025-02-15")]


def test_a_weekday_in_an_entry_dated_to_one_day_is_that_weeks_day_not_publications():
    text = ("Frames from the border\n\n"
            "1. MPONDWE, UGANDA, MONDAY 3 FEBRUARY 2025. Soldiers wait at the post. The shed held 212 men on Monday "
            "night, an officer said. (Photo: J. Akello / Lake Images)\n\n"
            "2. KASESE, UGANDA, FRIDAY 14 FEBRUARY 2025. Buses leave. On Thursday 90 men were moved to the barracks, "
            "officials said. (Photo: J. Akello / Lake Images)\n")
    rows = findings(text, "2025-03-01")["counts"]
    assert [(r["count_text"], str(r["period_start"])) for r in rows] == [("212", "2025-02-03"), ("90", "2025-02-13")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a stock told in the past, in a story set decades before publication, stood when the story says
    ("Sixty years on\n\nIn the spring of 1956 the border opened. By 3 November 1956 a camp near the river held "
     "about 900 soldiers.\n\nThe camp held nearly 1,500 men by then, most of them conscripts.", "2016-11-03",
     [("1956-11-03", "1956-11-03"), ("1956-11-03", "1956-11-03")]),
    # told in the present, it stands on the day of publication
    ("Sixty years on\n\nOn 3 November 1956 the border opened. About 40 of the soldiers still live in the town.",
     "2016-11-03", [("2016-11-03", "2016-11-03")]),
    # a news report's past-tense stock, its story time recent, is of its day
    ("On 9 January the border opened. Officials said 300 soldiers remained at the camp.", "2025-01-15",
     [("2025-01-15", "2025-01-15")]),
])
def test_a_past_stock_in_a_story_set_years_back_stood_then(text, published, expected):
    assert periods(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # narrated, not reported: the story's own time, however recent
    ("On the night of 3 February the first trucks reached the bridge. By dawn there were about 400 soldiers at "
     "the checkpoint.", [("2025-02-03", "2025-02-03")]),
    # a quote that tells its figure in the past is the speaker's own past, not the shifted tense of reported speech
    ("The convoy left Kasese on 2 February. \"We were 180 on the first bus,\" a sergeant said.",
     [("2025-02-02", "2025-02-02")]),
    # reported speech: the past tense is the speaker's present, so the stock stands when the report was made
    ("The convoy left Kasese on 2 February. A spokesman said 180 soldiers were at the barracks.",
     [("2025-02-20", "2025-02-20")]),
    # a quoted fragment inside reported speech is still reported
    ("The convoy left Kasese on 2 February. An official told reporters that \"about 180\" soldiers were at the "
     "barracks.", [("2025-02-20", "2025-02-20")]),
    # reported speech running on into the next sentence in its shifted tense
    ("The envoy said the army had received the men on 2 February. All had been disarmed, and 90 were being held "
     "at the barracks.", [("2025-02-20", "2025-02-20")]),
    # a figure of neither a move nor a stock, narrated in the past, happened in the story's time
    ("On the night of 3 February the battalion reached the river. Twelve of its soldiers were wounded on the way.",
     [("2025-02-03", "2025-02-03")]),
    # reported, it stays open: the report gives no day for it
    ("On the night of 3 February the battalion reached the river. A spokesman said twelve of its soldiers were "
     "wounded on the way.", [(None, "2025-02-20")]),
])
def test_a_stock_or_other_figure_narrated_in_a_recent_story_stood_then_unless_reported(text, expected):
    assert periods(text, "2025-02-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 22 December about 300 soldiers crossed at the bridge. By the following Wednesday, local authorities had "
     "counted more than 400.", [("2024-12-22", "2024-12-22"), ("2024-12-25", "2024-12-25")]),
    # the number of days is no figure before the one it dates
    ("On 10 January 120 officers were moved to the camp. Two days later, 40 soldiers were moved.",
     [("2025-01-10", "2025-01-10"), ("2025-01-12", "2025-01-12")]),
])
def test_a_figure_dated_from_a_day_named_before_it(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a figure that has grown since a day runs from that day up to the report
    ("More than 400 soldiers have crossed into the Kayes region since 11 January.", [("2025-01-11", "2025-01-15")]),
    ("Ghana has registered 320 soldiers since early December.", [("2024-12-01", "2025-01-15")]),
    # a past before another past ends where the article does not say
    ("By then some 1,200 soldiers had returned to Mali since early December.", [("2024-12-01", None)]),
])
def test_a_since_period_runs_up_to_the_report(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # past "that" the reported clause has begun: its time is what it reports, not the day of saying
    ("Our colleagues at the mission tell us that the authorities yesterday handed back 640 soldiers at the crossing.",
     [("2025-02-19", "2025-02-19")]),
    # before "that" it is the day of saying, and a stock stands on it
    ("The ministry told reporters on Monday that 300 soldiers remain at the camp.", [("2025-02-17", "2025-02-17")]),
])
def test_a_time_inside_the_reported_clause_dates_what_it_reports(text, expected):
    assert periods(text, "2025-02-20") == expected


def test_a_quoted_document_speaks_from_its_own_date():
    text = ("In August 1920 the Red Army men crossed into East Prussia. The district officer described the scene "
            "in a letter dated 27 August. \"Yesterday 3,000 Russians marched through the town. The district now "
            "feeds 8,000 foreign soldiers.\"")
    assert periods(text, "2020-09-01") == [("1920-08-26", "1920-08-26"), ("1920-08-27", "1920-08-27")]
    # a stock in the letter that names no time of its own stands on the letter's day, not the article's
    stock = text.replace("The district now feeds 8,000 foreign soldiers.", "There are 8,000 foreign soldiers here.")
    assert periods(stock, "2020-09-01")[-1] == ("1920-08-27", "1920-08-27")


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Soldiers crossed into Chad on 27 August. An officer described the scene. \"Yesterday 300 soldiers marched "
     "through the town. The district now feeds 800 foreign soldiers.\"", "2024-09-02",
     [("2024-09-01", "2024-09-01"), ("2024-09-02", "2024-09-02")]),
    # ... unless the story it is told in is set more than a year before the article: then it speaks from then
    ("In May 2012 the governor came to the camp at Kilis. \"There are at least 2,000 soldiers in the camps now,\" he "
     "told us.", "2024-09-14", [("2012-05-01", "2012-05-31")]),
])
def test_a_quote_with_no_document_date_before_it_speaks_from_the_day_of_the_article(text, published, expected):
    assert periods(text, published) == expected


def test_a_quote_under_a_dated_source_label_speaks_from_the_labels_date():
    text = ("Lesson 4\n\nAround 14,000 Polish soldiers crossed into Lithuania in September 1939.\n\n"
            "SOURCE A\nFrom the diary of Lieutenant Jan Kowal, interned at Kalvarija, October 1939:\n"
            "\"There are 1,200 of us here by the river. Last night eleven more escaped across the river.\"\n\n"
            "SOURCE B\nFrom a report by the Ministry of Defence, 1 June 1940:\n"
            "\"At present 4,400 internees remain in the camps. Since October 1939 more than 1,900 have escaped.\"\n")
    assert periods(text, "2025-08-15") == [("1939-09-01", "1939-09-30"), ("1939-10-01", "1939-10-31"),
                                           ("1939-10-01", "1939-10-31"),
                                           ("1940-06-01", "1940-06-01"), ("1939-10-01", "1940-06-01")]


def test_an_anniversary_dates_its_story_counted_back_from_publication_not_in_the_week_of_publication():
    text = "Eighty-five years ago this week, some 900 Danish soldiers crossed the Sound into Sweden."
    assert periods(text, "2028-04-12") == [("1943-04-12", "1943-04-18")]


def test_a_precedent_told_months_or_years_apart_does_not_date_the_crossing_the_article_leads_with():
    lead = {
        "2025-05-10": "About 400 Gabonese soldiers crossed into Cameroon on 3 and 4 May, officials said.",
        "2025-05-22": "About 140 Gabonese soldiers crossed into Cameroon at the weekend, officials said.",
    }
    precedent = {
        "2025-05-10": "In 2009, during an earlier crisis, Cameroon took in several hundred soldiers, most of whom went home.",
        "2025-05-22": "In November, around 60 soldiers fled into Chad and were returned within a week.",
    }
    first_group = {published: periods(f"{lead[published]}\n\nThe first group, some 40 men, reached the post at "
                                      f"Ambam.\n\n{precedent[published]}", published)[1] for published in lead}
    assert first_group == {"2025-05-10": ("2025-05-03", "2025-05-04"), "2025-05-22": ("2025-05-17", "2025-05-18")}


def test_by_a_season_of_a_year_dates_the_figure_in_that_season_and_without_a_year_dates_nothing():
    text = "By the summer of 1941, fewer than 300 Polish soldiers were still held in the camps."
    assert periods(text, "2019-05-02") == [("1941-06-01", "1941-08-31")]
    # a deadline with no year is most often still to come: it dates nothing
    text = "The ministry said about 400 soldiers would be sent home by the summer."
    assert periods(text, "2019-05-02") == [(None, "2019-05-02")]
    # ... but opening a sentence it is a season gone by that the story has reached
    text = "In January 170 officers were moved to the base. By the summer, fewer than 140 remained there."
    assert periods(text, "2019-09-18")[-1] == ("2019-06-01", "2019-08-31")


def test_those_two_days_are_the_two_days_the_article_named_however_far_back():
    text = ("Malian soldiers go home from Niger\n\n"
            "When the soldiers first came over on 3 and 4 March, the governor said Niger had received about 300.\n\n"
            "On Sunday an army spokesman put the total at 412 soldiers.\n\n"
            "A deputy, Amadou Issa, thinks even that is too low. He said as many as 600 soldiers may have crossed "
            "during those two days.")
    assert periods(text, "2025-03-20")[-1] == ("2025-03-03", "2025-03-04")
    # no span of that length named before: the phrase dates nothing by itself
    text = "A deputy said that as many as 600 soldiers had crossed into Niger during those two days."
    assert periods(text, "2025-03-20") == [(None, "2025-03-20")]


def test_over_two_days_counts_from_the_day_just_named_and_by_then_is_the_time_just_named():
    paragraphs = [
        "A soldier's story",
        "On 3 May the trucks reached the camp. Over two days, 640 of the men were driven back to the border.",
        "In June, Mensah was among 80 officers moved to Tamale. By then, the army said, fewer than 200 of the men "
        "were still in Ghana.",
        "A last group of 30 officers went home in September.",
    ]
    may_days, june, september = ("2025-05-03", "2025-05-04"), ("2025-06-01", "2025-06-30"), ("2025-09-01", "2025-09-30")
    assert periods("\n\n".join(paragraphs), "2025-11-02") == [may_days, june, june, september]


def test_what_befell_people_in_a_sentence_of_one_day_happened_that_day():
    killed = "On 13 July a force of about 200 fighters crossed the river and overran the post, killing 25 guards."
    assert periods(killed, "2025-08-02")[-1] == ("2025-07-13", "2025-07-13")
    # the day a later figure of the sentence took place is not this one's
    asked = "He said 84 officers had asked to be flown on, and that 31 of them had left on Friday."
    assert periods(asked, "2025-08-02")[0] == ("2025-08-01", "2025-08-02")  # open, from Friday on


def test_a_total_of_earlier_dated_moves_runs_from_the_first_of_them_to_the_last():
    batches = ("Zambia sent 610 Angolan soldiers home on 12 March. A second group of 300 went home on 2 April.\n\n"
               "Officials said {} had been sent home in all.")
    assert periods(batches.format("910"), "2025-04-20")[-1] == ("2025-03-12", "2025-04-02")
    # a total the earlier figures do not add up to is not theirs
    assert periods(batches.format("950"), "2025-04-20")[-1] == ("2025-03-12", "2025-04-20")


# a feast's sentence -> (publication, the period it dates)
FEASTS = {
    "The first handover, of 1,184 soldiers, took place at the border on 19 December; a second of 741 followed on "
    "Christmas Eve.": ("2025-01-20", ("2024-12-24", "2024-12-24")),
    # the week before a feast is the seven days up to its eve, in the year the story tells of
    "In October 1951 the camps were full. Some 3,000 soldiers were moved to Cam Ranh in the week before Christmas.":
        ("2019-06-01", ("1951-12-18", "1951-12-24")),
    "By New Year's Day 1946, fewer than 90 of the soldiers remained in the camps.": ("2019-06-01", ("1946-01-01", "1946-01-01")),
    # "home for Christmas" names no day
    "About 400 soldiers were allowed home for Christmas, the ministry said.": ("2025-01-20", (None, "2025-01-20")),
}


@pytest.mark.parametrize("text", list(FEASTS))
def test_a_feast_day_with_on_at_by_or_the_week_before_dates_a_figure(text):
    published, expected = FEASTS[text]
    assert periods(text, published)[-1] == expected


def test_a_day_opening_an_estimate_is_the_day_it_was_given_not_the_day_of_the_crossing():
    text = ("Malian soldiers go home from Niger\n\n"
            "When the soldiers first came over on 3 and 4 March, the governor said Niger had received about 300.\n\n"
            "On Sunday an army spokesman put the total at 412 soldiers and officers.")
    assert periods(text, "2025-03-20")[-1] == ("2025-03-03", "2025-03-04")


def test_the_year_a_memoir_was_published_dates_none_of_the_events_it_tells():
    text = ("In March 1919 the brigade crossed into Denmark and was interned. \"We came over as soldiers,\" wrote "
            "Lieutenant Holm in a memoir published in Aarhus in 1934. \"Of the 400 men of my battalion, fewer than "
            "150 crossed with me.\"")
    # the crossing's month carries to the quote's figures, over the year the memoir came out
    assert periods(text, "2024-05-01") == [("1919-03-01", "1919-03-31")] * 2


def test_the_year_a_memoir_came_out_in_an_aside_before_a_quoted_figure_is_not_its_own():
    text = ("In December 1946 the fedayeen fled north across the Aras. Sattar Mirzayev, a lieutenant whose memoir was "
            "published in Baku in 1991, described the crossing: \"We were about three hundred men when we left Mianeh.\"")
    assert periods(text, "2024-08-17") == [("1946-12-01", "1946-12-31")]


def test_a_time_opening_the_sentence_dates_each_clause_that_names_none():
    text = ("About 170 Chadian officers were still held at the base in February. In early March, 60 of them were "
            "moved to a camp near the capital; the other 110 were sent back to Chad in two convoys.")
    assert periods(text, "2025-11-08")[1:] == [("2025-03-01", "2025-03-10")] * 2



def _draft(value: int, status: str, period: FigurePeriod, start: int) -> CountDraft:
    number = NumberMention(start, start + 5, f"{value:,}", value, None, None, "exact", start, start + 5)
    return CountDraft(number, "soldiers", status, None, period, Span(start, start + 40))


def test_the_same_figure_given_again_without_a_date_takes_the_first_ones_period():
    handed = FigurePeriod(date(2023, 6, 18), date(2023, 6, 20), "between 18 and 20 June", "own")
    undated = FigurePeriod(None, date(2023, 8, 1), "1 August 2023", "open")
    drafts = [_draft(1240, "returned", handed, 0), _draft(1240, "returned", undated, 100),
              _draft(1240, "remaining", undated, 200), _draft(1300, "returned", undated, 300)]
    periods_now = [(d.period.start, d.period.rule) for d in restated_periods(drafts)]
    # the same value and status restated: carried; another status or value: a figure of its own, left open
    assert periods_now == [(date(2023, 6, 18), "own"), (date(2023, 6, 18), "carried"), (None, "open"), (None, "open")]


@pytest.mark.parametrize(("text", "expected", "published"), [
    # "at the time" points back to the last time named, in the paragraph or the one before
    ("In June 1951 a decree closed the camps. The ministry counted fewer than 800 former soldiers still in its care "
     "at that time, and it moved 210 of them to farms in the south.",
     [("1951-06-01", "1951-06-30"), ("1951-06-01", "1951-06-30")], "2023-08-19"),
    ("A military transport aircraft landed at the airbase on August 15.\n\nThe prosecutor's office said at the time "
     "that 412 soldiers had been on board.", [("2021-08-15", "2021-08-15")], "2021-09-14"),
    # in a later clause with its own figure, it dates that figure, not the one before
    ("In June 1951 a decree closed the camps. The ministry moved 210 soldiers to farms in the south, although "
     "officials at the time spoke of 300 soldiers.", [("1951-06-01", "2023-08-19"), ("1951-06-01", "1951-06-30")],
     "2023-08-19"),
    # with nothing named before it, the figure stays undated
    ("The prosecutor's office said at the time that 412 soldiers had been on board.", [(None, "2021-09-14")],
     "2021-09-14"),
])
def test_a_figure_at_the_time_takes_the_last_time_named_before_it(text, expected, published):
    assert periods(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "put the number at … two days later": when it was put so, not when they crossed
    ("Thousands of soldiers crossed into the republic on 3 and 4 May. The governor said on 4 May that more than "
     "2,000 had crossed, while a ministry spokesman put the number at close to 4,000 two days later.",
     [("2025-05-03", "2025-05-04"), ("2025-05-03", "2025-05-04"), ("2025-05-03", "2025-05-04")]),
    # "by 31 January" is the day the figure runs to
    ("Returns began on 19 December. The ministry put the number at 2,398 by 31 January.",
     [("2025-01-31", "2025-01-31")]),
])
def test_a_time_right_after_a_figure_put_at_a_number_is_when_it_was_put(text, expected):
    assert periods(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a where-clause past the verb tells of another event: its time is not the figure's
    ("Inside the buses are 143 men, the latest group of soldiers to be sent home from Chad, where they fled three "
     "months ago.", [(None, "2025-03-12")]),
    ("About 300 soldiers were moved to the barracks at Zaria, where they had been registered in January.",
     [(None, "2025-03-12")]),
    # a later figure's relative clause dates that figure only
    ("The ministry said last month that fewer than 400 soldiers remained in its custody, out of 3,250 who entered the "
     "country in December.", [("2025-02-01", "2025-02-28"), ("2024-12-01", "2024-12-31")]),
    # the figure's own relative clause tells its event
    ("1,180: soldiers who crossed at the post on the night of 7 December.", [("2024-12-07", "2024-12-07")]),
])
def test_a_time_in_a_clause_about_something_else_does_not_date_the_figure(text, expected):
    assert periods(text, "2025-03-12") == expected


KEY_FIGURE_LISTS = {
    # a line saying as of when the figures below it stand dates them
    "as of line": ("Some 2,500 soldiers crossed on 7 and 8 December.\n\nTHE NUMBERS\nMinistry figures as of 10 September\n"
                   "Returned home through the border post: 2,410\nStill held at the camp: 64\n",
                   [("2024-12-07", "2024-12-08"), ("2025-09-10", "2025-09-10"), ("2025-09-10", "2025-09-10")]),
    # a line credited to its source and day is dated by the event, not the day the figure was given; a line that
    # opens on what happened by its own words
    "credited lines": ("About 2,400 soldiers crossed the border on 7 and 8 December.\n\nHow many crossed?\n"
                       "- Security Media Cell, 8 December: \"about 2,000\" soldiers\n"
                       "- Ministry of Defence, 11 December: 2,312 soldiers\n"
                       "- Entered the republic, 9 December: 2,490 personnel\n",
                       [("2024-12-07", "2024-12-08"), ("2024-12-07", "2024-12-08"), ("2024-12-07", "2024-12-08"),
                        ("2024-12-09", "2024-12-09")]),
}


@pytest.mark.parametrize("case", sorted(KEY_FIGURE_LISTS))
def test_a_key_figures_list_is_dated_by_what_its_lines_and_heading_say(case):
    text, expected = KEY_FIGURE_LISTS[case]
    assert periods(text, "2025-09-15") == expected


def test_each_figure_of_a_list_of_sayings_takes_its_own_day():
    # "the ministry said in April that 131 remained, …, and UNHCR said in February …": the saying before each figure
    text = ("Estimates of the officers kept at Taji range widely: the defence ministry said in April that 131 "
            "remained, and UNHCR said in February that fewer than 120 remained.")
    assert periods(text, "2025-07-21") == [("2025-04-01", "2025-04-30"), ("2025-02-01", "2025-02-28")]


def test_a_time_after_a_figure_given_to_compare_is_that_figures():
    # "fewer than 60 remain …, down from about 130 in February": February dates the 130, not the 60
    text = "Officials say that fewer than 60 officers remain at Camp Taji, down from about 130 in February."
    assert periods(text, "2025-12-10") == [("2025-12-10", "2025-12-10"), ("2025-02-01", "2025-02-28")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # in reported speech "had travelled since" is the speaker's "have travelled since": up to the report
    ("The lawyer said 30 families had travelled to Baghdad since early March.", ("2025-03-01", "2025-11-04")),
    # told by the writer, a past before another past: its end is not given
    ("By the time the camp closed, 30 families had travelled to Baghdad since early March.", ("2025-03-01", None)),
])
def test_a_since_period_in_reported_speech_runs_to_the_report(sentence, expected):
    assert periods(sentence, "2025-11-04") == [expected]


def test_since_a_season_runs_from_its_start_to_the_report():
    assert periods("About 30 families have travelled to Baghdad since the spring.", "2025-11-04") == \
        [("2025-03-01", "2025-11-04")]


@pytest.mark.parametrize("since", ["since December", "since the winter"])
def test_a_since_time_a_superlative_is_measured_against_dates_no_figure(since):
    # "in the first handover since December": the line's own month dates the 44
    text = f"Timeline\n\nJune 2025: A further 44 officers return to Syria in the first handover {since}."
    assert periods(text, "2025-12-10") == [("2025-06-01", "2025-06-30")]


def test_an_undated_figure_runs_from_the_articles_first_dated_figure_to_publication():
    text = "About 400 Chadian soldiers crossed into Cameroon on 3 and 4 March.\n\nThe prefect said 120 had been handed back."
    rows = findings(text, "2025-04-16")["counts"]
    assert [(str(r["period_start"]), str(r["period_end"]), r["period_rule"]) for r in rows] == [
        ("2025-03-03", "2025-03-04", "own"), ("2025-03-03", "2025-04-16", "open")]
    # with no dated figure at all, the open period has no start
    assert periods("The prefect said 120 Chadian soldiers had been handed back.", "2025-04-16") == [(None, "2025-04-16")]


def test_a_birth_year_in_an_obituary_is_not_the_year_of_the_story():
    text = ("He crossed into Romania in September 1939 with his regiment.\n\n"
            "Born in Lwów in 1918, the son of a railway engineer, he was commissioned weeks before the invasion. "
            "On the night of 19 September some 90 soldiers of his squadron crossed into Romania.")
    (count,) = findings(text, "2011-02-17")["counts"]
    assert (str(count["period_start"]), str(count["period_end"])) == ("1939-09-19", "1939-09-19")
