"""A figure with no verb of its own answers the question over it: an explainer's section heading, a reporter's
question right before the answer."""

from __future__ import annotations

import pytest

from tests.extraction import findings

TITLE = "Explainer: the Ghanaian soldiers who crossed into Togo\n\n"


def statuses(text: str) -> dict[str, str]:
    return {r["count_text"]: r["status"] for r in findings(text, "2023-04-20")["counts"]}


def test_a_list_under_a_heading_question_counts_what_the_question_asks():
    text = (TITLE + "How many crossed?\n\nThe figures differ, depending on who counted and when:\n\n"
            "- Togolese border police, 9 March: 1,480 \"members of the Ghanaian armed forces\", who they said came "
            "through Aflao.\n- A Volta regional councillor: about 1,200 men, counted at two posts.\n\n"
            "How many have gone back?\n\n- Togo's interior ministry, 2 April: 1,150 soldiers.")
    assert statuses(text) == {"1,480": "entered", "about 1,200": "entered", "1,150": "returned"}



def test_a_numbered_section_heading_naming_what_befell_them_holds_for_every_item_of_its_list():
    text = (TITLE + "THE DISCREPANCIES\n\n1. How many crossed (8-9 March 2023)\n"
            "- Togolese border police, 9 March: 1,480 soldiers\n"
            "- A Volta regional councillor, 10 March: \"nearly 2,000\"\n"
            "- Ghana's defence ministry, 2 April: 1,390 military personnel\n"
            "The ministry's figure came three weeks later.\n\n"
            "2. Soldiers remaining in Togo\n- Interior ministry, May: 140 soldiers\n- UNHCR, June: 95 soldiers\n")
    assert statuses(text) == {"1,480": "entered", "nearly 2,000": "entered", "1,390": "entered", "140": "remaining",
                              "95": "remaining"}

def test_a_reporters_question_is_answered_by_the_first_sentence_after_it():
    text = (TITLE + "Q: How many of the men have gone home so far?\n\nA: Our register says 612. Last week I met "
            "three of them, in Ho, and they seemed fine.")
    assert statuses(text)["612"] == "returned"


@pytest.mark.parametrize("text", [
    # a figure with a verb of its own tells its own story
    TITLE + "How many crossed?\n\nThe army said about 140 soldiers had been unaccounted for during the crisis.",
    # a heading that asks nothing ends the question's section
    TITLE + "How many crossed?\n\nThe police gave one number.\n\nWHAT IS STILL UNCLEAR\n\nA councillor's list: 45 soldiers.",
    # the title asks of the whole article, not of one section
    "What became of the soldiers who crossed into Togo?\n\nA councillor's list, drawn up in March: 45 soldiers.",
    # a reader's question in a column of answers is no heading for the paragraphs after its answer
    TITLE + "Ama, Accra: Did they go back?\n\nKofi Mensah: That is hard to say.\n\nA councillor's list: 45 soldiers.",
    # a question that closes a paragraph of narrative is no heading
    TITLE + "I did not desert. My army left me. What was I supposed to defend, a post with no ammunition?\n\n"
    "A councillor's list: 45 soldiers.",
])
def test_figures_no_question_asks_about_keep_no_status(text):
    assert set(statuses(text).values()) == {"other"}, statuses(text)


def test_a_sources_bare_figure_in_a_list_under_the_question_is_a_figure_of_what_it_asks():
    text = (TITLE + "How many crossed?\n\n- Togolese border police, 9 March: 1,480 members of the armed forces.\n"
            "- Ghana's defence ministry, in a statement last month: \"nearly 1,600\".\n\nWhat happens next?\n\n"
            "- A councillor, speaking in April: 45.")
    assert statuses(text) == {"1,480": "entered", "nearly 1,600": "entered"}


def test_an_interviews_bold_question_is_answered_by_a_figure_someone_said():
    # a bare figure a source "said" or "says" counts the people named before; the question asks what befell them
    text = (TITLE + "The brigade reached the river at dawn with about 300 soldiers.\n\n"
            "**How many crossed in the end?**\n\n"
            "Our own list, on the third day, said 1,480. The district chief says nearly 2,000, and some radio "
            "stations said 3,000. I can only tell you what we wrote down.")
    # (the soldiers the brigade reached the river with share its verb, as "300 soldiers reached the river" would)
    assert statuses(text) == {"about 300": "entered", "1,480": "entered", "nearly 2,000": "entered",
                              "3,000": "entered"}


def test_a_number_someone_said_with_a_noun_after_it_is_not_a_bare_figure_of_the_people_before():
    text = (TITLE + "About 300 soldiers crossed at Aflao.\n\nThe commander said 40 vehicles had been left behind; "
            "the mayor says 12 kilometres of the road are closed.")
    assert set(statuses(text)) == {"About 300"}
