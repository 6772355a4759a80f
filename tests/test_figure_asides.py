"""Asides, shares and present-tense narration around a figure: wording of other outlets, not the seeds."""

from __future__ import annotations

import pytest

from tests.extraction import findings


def counts(text: str, published: str = "2023-05-02") -> list[tuple[str, str, str | None]]:
    return [(r["count_text"], r["status"], r["location_text"]) for r in findings(text, published)["counts"]]


def test_an_aside_between_a_figure_and_its_verb_does_not_take_the_verb():
    text = ("Chad's government said on Monday that 46 members of the Sudanese armed forces, five of them colonels, "
            "had entered the country at Adre.")
    assert [(t, s) for t, s, _ in counts(text)] == [("46", "entered"), ("five", "entered")]


def test_a_verb_inside_the_aside_is_not_the_figures():
    text = "About 900 Ugandan soldiers, roughly a third of those who crossed, have since gone back home."
    assert [(t, s) for t, s, _ in counts(text)] == [("About 900", "returned")]


def test_a_long_relative_aside_does_not_take_the_verb_either():
    text = ("On Tuesday 61 personnel, most of whom had been receiving medical treatment at the two military hospitals "
            "in the province, were handed over at the Kousseri bridge.")
    assert [(t, s) for t, s, _ in counts(text)] == [("61", "returned")]


@pytest.mark.parametrize("share", ["nine in ten", "two out of three", "1 in 5"])
def test_a_share_is_not_a_count_of_people(share):
    text = f"Officials say {share} of the 1,200 soldiers held at the camp want to go home."
    assert [t for t, _, _ in counts(text)] == ["1,200"]


@pytest.mark.parametrize("text, status", [
    ("14 March - 212 soldiers cross into Cameroon at Kousseri.", "entered"),
    ("The first column crosses at dawn; 38 customs officers cross with them.", "entered"),
    ("20 April - 61 men return to Chad through the Kousseri bridge.", "returned"),
    ("The 40 police officers go home on the first day.", "returned"),
    ("Witnesses say hundreds of soldiers are walking across the bridge.", "entered"),
])
def test_a_timeline_in_the_present_tense_says_what_happened(text, status):
    assert [s for _, s, _ in counts(text)][-1] == status


@pytest.mark.parametrize("text", [
    "Aid workers said at least 30 soldiers will not cross while the shelling goes on.",
    "About 150 wounded soldiers are being treated at a field hospital run by the Red Cross.",
])
def test_cross_that_is_not_a_crossing_is_no_entry(text):
    assert [s for _, s, _ in counts(text)] != ["entered"]


def test_a_partitive_sentence_after_a_figure_free_sentence_keeps_the_groups_status():
    text = ("Iran said that more than 3,000 Iraqi soldiers had crossed its border since March. The men had been "
            "disarmed on arrival, an official said. Among them were at least 45 officers, he said.")
    assert [(t, s) for t, s, _ in counts(text, "1991-04-09")] == [("more than 3,000", "entered"),
                                                                  ("at least 45", "entered")]
    # and after a whole paragraph without figures
    text = ("Burma is holding about 500 Pakistani soldiers who escaped across the river into Arakan.\n\n"
            "The men crossed in boats and on foot. They were disarmed on arrival by the border police.\n\n"
            "Among them were 37 officers, including a lieutenant-colonel, according to the spokesman.")
    assert [(t, s) for t, s, _ in counts(text, "1972-01-08")] == [("about 500", "remaining"), ("37", "remaining")]


def test_bussed_back_is_a_return():
    text = "Some 420 men were bussed back to the border on Sunday."
    assert [s for _, s, _ in counts(text)] == ["returned"]


def test_a_return_to_a_town_across_the_border_is_placed_where_the_handover_happened():
    text = ("About 2,000 Chadian soldiers fled into Cameroon in March. The handover took place at Kousseri on "
            "9 May, when 1,100 men were bussed back to N'Djamena.")
    assert counts(text)[-1][1:] == ("returned", "Kousseri")


def test_an_entry_is_not_placed_in_the_capital_the_neighbouring_sentence_says_the_leader_fled():
    text = ("About 2,000 Chadian soldiers crossed into Cameroon at Kousseri on 2 February.\n"
            "3 February - The president flees N'Djamena. A second column of 600 soldiers crosses in the afternoon.")
    assert counts(text)[-1][2] != "N'Djamena"


def test_an_aside_followed_by_the_verb_itself_is_skipped():
    text = "Several hundred Georgian soldiers, many still in uniform, crossed the bridge into Russia."
    assert [(t, s) for t, s, _ in counts(text, "1992-10-06")] == [("Several hundred", "entered")]


def test_all_but_a_figure_counts_those_who_stayed():
    text = "Some 2,600 soldiers crossed into Zambia. By January, all but about 300 had been sent back."
    assert counts(text, "2003-02-01")[-1][:2] == ("about 300", "remaining")
