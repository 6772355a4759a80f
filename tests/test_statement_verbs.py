"""Reported speech in the shapes news use for figures: 'put the number at', 'rejected claims that'."""

from __future__ import annotations

import pytest

from tests.extraction import findings


def statements(text: str) -> list[tuple[str, str]]:
    return [(s["speaker_text"], s["quote"]) for s in findings(text, "2025-01-20")["statements"]]


def test_putting_the_number_at_is_reported_speech():
    text = "A Jordanian army officer put the number of troops who crossed at around 1,500."
    ((speaker, quote),) = statements(text)
    assert speaker == "A Jordanian army officer" and "around 1,500" in quote


def test_rejecting_claims_reports_what_was_rejected():
    text = "Lebanon's interior ministry rejected claims that 60 officers had been sent back to Syria."
    ((speaker, quote),) = statements(text)
    assert "interior ministry" in speaker and quote.startswith("60 officers had been sent back")


def test_it_continues_the_statement_of_the_body_that_spoke_last():
    text = ("Jordan's army said in a statement that 210 soldiers had been handed back on Sunday. "
            "It added that none of them had asked for asylum.")
    found = findings(text, "2025-01-20")["statements"]
    assert len(found) == 2 and found[1]["quote"] == "none of them had asked for asylum"
    assert found[1]["speaker_kind"] == found[0]["speaker_kind"] == "organization"


def test_it_with_no_body_before_is_no_speaker():
    text = "A local official said 90 soldiers were held in the town. It added that talks had stalled."
    found = findings(text, "2025-01-20")["statements"]
    assert [s["quote"] for s in found] == ["90 soldiers were held in the town"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Local police said at least 300 men had come ashore near the town.", "Local police"),
    ("A soldier who manned the gate said more than 1,000 people passed through in a night.", "A soldier"),
    ("Nadia Karimi, a researcher at a Beirut think tank, argues that Jordan has little to gain.", "Nadia Karimi"),
    ("The government in Sarajevo has demanded that the men be released.", "The government"),
    ("A tribal elder in the border district told a local radio that 3,500 men walked across.", "A tribal elder"),
    ("A member of parliament's defence committee said on Monday that a decision was unlikely.",
     "A member of parliament"),
    ("Sahar al-Mufti, who teaches law at a university in Baghdad, said the men were in a grey zone.", "Sahar al-Mufti"),
    ("Iraq's Interior Ministry insists that none of the men will be returned by force.", "Iraq's Interior Ministry"),
    # a communiqué's own verbs
    ("The Ministry of Defence affirms that the handover was carried out before Red Cross delegates.",
     "Ministry of Defence"),
    ("The Ministry of Defence reiterates that Thailand will not be a haven for war criminals.",
     "Ministry of Defence"),
    # a body noun that opens its sentence names the body speaking
    ("Authorities have again warned that anyone crossing without a permit faces a fine.", "Authorities"),
    # an unnamed witness of the story
    ('"They are sleeping on cement," said one volunteer, a schoolteacher from the town.', "one volunteer"),
    # a weak verb with unnamed speakers said to be of a country
    ("Afghan officials estimate that around 1,500 armed Tajiks remain in the camps.", "Afghan officials"),
    # an acronym before a speech verb is a body speaking
    ("ARRA says fewer than 20 former soldiers have returned.", "ARRA"),
])
def test_more_speakers_and_verbs_of_reported_speech(text, speaker):
    assert [found for found, _ in statements(text)] == [speaker]


def test_a_second_said_clause_does_not_cut_the_first():
    text = "The commander said their cases would be reviewed one by one and that nobody would be forced onto a bus."
    ((_, quote),) = statements(text)
    assert quote.startswith("their cases would be reviewed")


@pytest.mark.parametrize(("text", "person", "paper", "words"), [
    ("The daily Al-Sabah quoted Colonel Karim Jaber, who heads the border police at Rabia, as saying "
     "that 75 soldiers had been sent back.", "Karim Jaber", "Al-Sabah", "75 soldiers had been sent back"),
    # in the present, with no "as"
    ("The weekly Dar al-Khabar quotes a defence official saying \"fewer than 120 are at Camp Taji now\".",
     "a defence official", "Dar al-Khabar", "fewer than 120 are at Camp Taji now"),
])
def test_the_person_quoted_as_saying_is_the_speaker_not_the_paper(text, person, paper, words):
    ((speaker, quote),) = statements(text)
    assert person in speaker and paper not in speaker and words in quote


@pytest.mark.parametrize("text", [
    "Zambian officials warn that the camp cannot hold more than 2,000 men.",
    "Ugandan officials deny that any of the soldiers were forced to return.",
])
def test_present_tense_warnings_and_denials_are_reported_speech(text):
    ((speaker, _),) = statements(text)
    assert speaker.endswith("officials")


def test_a_given_name_alone_that_speaks_is_the_person_named_before():
    text = ("“They come at night,” said Tesfay Berhane, the camp coordinator. Tesfay said the army was holding "
            "about 60 new arrivals near the border.")
    found = findings(text, "2008-06-17")["statements"]
    assert [s["speaker_name"] for s in found] == ["Tesfay Berhane", "Tesfay Berhane"]


def test_a_court_rules():
    ((found, quote),) = statements("The High Court ruled on Sunday that the committee had acted unlawfully.")
    assert found.endswith("High Court") and quote == "the committee had acted unlawfully"


def test_a_lower_case_office_before_a_name_marks_a_person():
    text = ("The figures, given by government spokesman Boubacar Sidikou Garba at a briefing, were lower. "
            "Garba said Niger would respect its obligations.")
    assert [s["speaker_name"] for s in findings(text, "2011-09-13")["statements"]] == ["Boubacar Sidikou Garba"]


def test_a_weak_verb_with_bare_unnamed_speakers_is_the_writer_hedging():
    assert statements("Sources indicate that 300 soldiers crossed the river.") == []
