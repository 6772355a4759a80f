"""Statements (who said what) read from sentences written for these tests (not seed wording).

Asserts what a user of the statements table checks: that the statement is there, its words (quote),
whether it is a direct quote, and who spoke (named person, unnamed source, or a body).
xfail(strict) cases are known extractor errors found with the held-out articles.
"""

from __future__ import annotations

import pytest

from tests.extraction import findings

PUB = "2025-01-15"


def statements(text: str) -> list[dict]:
    return findings(text, PUB)["statements"]


def having(text: str, words: str) -> dict:
    rows = [s for s in statements(text) if words in s["quote"]]
    assert len(rows) == 1, [(s["quote"], s["speaker_text"]) for s in statements(text)]
    return rows[0]


def who(row: dict) -> tuple:
    return row["speaker_kind"], row["speaker_name"]


# --- direct quotes ----------------------------------------------------------------------------------

def test_a_rank_that_opens_a_longer_title_is_no_unnamed_speaker():
    row = having('"We counted them all," said Brigadier General Omar Haddad, the camp commander.', "We counted them all")
    assert who(row) == ("named_person", "Omar Haddad")


def test_a_person_introduced_by_title_and_one_name_speaks_by_that_name_later():
    text = ("For a year Captain Bounmy has slept in the same barracks near the river.\n\nHe asked that his family name not "
            "be published.\n\n\"Nine of us crossed together,\" Bounmy said. \"Now I am the last one here.\"")
    assert who(having(text, "Nine of us crossed together")) == ("named_person", "Bounmy")


def test_direct_quote_with_trailing_inverted_attribution():
    text = ('"We will not force anyone to go back," said Brigadier General Kamal Rashid, '
            'a spokesman for the Iraqi Ministry of Defence.')
    row = having(text, "We will not force anyone to go back")
    assert row["is_direct"] and who(row) == ("named_person", "Kamal Rashid")
    assert row["quote"] == "We will not force anyone to go back"


def test_direct_quote_then_continuation_by_same_speaker():
    text = ('"They came in groups, tired and hungry," Hamid al-Dulaimi told The Associated Press. '
            '"We gave them food and water."')
    rows = statements(text)
    assert [r["quote"] for r in rows] == ["They came in groups, tired and hungry", "We gave them food and water"]
    assert all(r["is_direct"] and who(r) == ("named_person", "Hamid al-Dulaimi") for r in rows)


def test_a_quote_right_after_reported_words_is_the_same_speakers():
    text = ('The commander, Colonel Idris Nour, met the first trucks. There were about 60 of them, Nour recalled. '
            '"I told them to leave the rifles by the road. Nobody argued." '
            '"We were hungry," Sergeant Ali Hassan said.')
    quote = having(text, "I told them to leave the rifles by the road")
    assert quote["is_direct"] and who(quote) == ("named_person", "Idris Nour")
    # a quote with its own attribution is its own speaker's
    assert who(having(text, "We were hungry")) == ("named_person", "Ali Hassan")


def test_a_gesture_after_a_quote_attributes_it_but_reports_nothing_by_itself():
    text = ('Customs inspector Faris Obeid kept the register at the Moyale post. "We had no forms for soldiers," he '
            'laughs. Asked whether Kenya would be repaid for the food, Obeid shrugged. "Nobody has asked us."')
    assert who(having(text, "We had no forms for soldiers")) == ("named_person", "Faris Obeid")
    # the question put to him is not his words
    assert not [s for s in statements(text) if "Asked whether" in s["quote"]]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a feature introduces someone, then gives their words in a quote of its own
    ('His colleague Amina Yusuf, one of the few women at the post, remembers the cold. "They had nothing. We gave '
     'them our jackets."', "They had nothing", "Amina Yusuf"),
    ('Customs inspector Faris Obeid has worked at Moyale for years. He saw the soldiers again in March, when Kenya '
     'sent them home. "Some were happy. Some were afraid."', "Some were happy", "Faris Obeid"),
    # "In his words:", "To use her own words,": the quote is the words of the person just spoken of
    ('Colonel Petra Holm met us at the gate. To use her own words, "the camp is full".', "the camp is full",
     "Petra Holm"),
    ('We reached Major Ilie Dumitru by telephone. In his words: "Nobody has left the barracks."', "Nobody has left",
     "Ilie Dumitru"),
])
def test_a_quote_after_a_sentence_about_a_person_is_theirs(text, words, speaker):
    assert who(having(text, words)) == ("named_person", speaker)


def test_a_quote_in_a_new_paragraph_or_after_a_sentence_about_no_one_is_not_attributed():
    text = 'Faris Obeid went home at dawn.\n\n"It was over." The border post closed at noon. "Nobody came back."'
    assert not [s for s in statements(text) if s["quote"].startswith(("It was over", "Nobody came back"))]


def test_speaker_said_colon_then_quote_paragraph():
    text = ('Brigadier General Kamal Rashid, a spokesman for the Iraqi Ministry of Defence, said:\n'
            '"The men are safe and fed. They will stay here until Damascus gives guarantees."')
    row = having(text, "The men are safe and fed")
    assert row["is_direct"] and who(row) == ("named_person", "Kamal Rashid")
    assert "until Damascus gives guarantees" in row["quote"]


def test_multi_paragraph_quote_after_colon():
    text = ('Brigadier General Kamal Rashid, a spokesman for the Iraqi Ministry of Defence, said:\n\n'
            '“The men are safe and fed. They will stay here until Damascus gives guarantees.\n\n'
            '“Nobody will be forced onto a bus. Each officer will decide for himself.”')
    for words in ("The men are safe and fed", "Nobody will be forced onto a bus"):
        row = having(text, words)
        assert row["is_direct"] and who(row) == ("named_person", "Kamal Rashid")


def test_multi_paragraph_quote_after_reported_speech():
    text = ('Kamal Rashid, a retired general, told Al-Monitor that the government had little choice.\n\n'
            '“Baghdad cannot send these men back against their will. It keeps them in Taji and waits.\n\n'
            '“The new authorities want them. As long as there is no deal, they will stay.”')
    for words in ("Baghdad cannot send these men back", "The new authorities want them"):
        row = having(text, words)
        assert row["is_direct"] and who(row) == ("named_person", "Kamal Rashid")


def test_dismissed_as_short_quote_is_direct_by_organization():
    row = having('The Iraqi Ministry of Interior dismissed the reports as “baseless fabrications.”',
                 "baseless fabrications")
    assert row["is_direct"] and row["speaker_kind"] == "organization"
    assert row["speaker_org"] == "Iraqi Ministry of Interior"


def test_the_ministry_said_resolves_to_named_ministry():
    text = 'The Iraqi Ministry of Interior issued a statement on Sunday. “We completely reject these claims,” the ministry said.'
    row = having(text, "We completely reject these claims")
    assert row["speaker_kind"] == "organization" and row["speaker_org"] == "Iraqi Ministry of Interior"


def test_a_body_after_the_with_words_that_say_which_is_an_unnamed_body_unless_one_named_before_has_them():
    # "the regional health agency" is not the UN refugee agency named before
    text = ("The UN refugee agency sent tents. The regional health agency said the main hospital was working at a "
            "fraction of its capacity.")
    row = having(text, "the main hospital was working")
    assert row["speaker_kind"] == "organization" and row["speaker_org"] == "The regional health agency"
    # ... but "the interior ministry" is the Ministry of Interior named before
    row = having("The Iraqi Ministry of Interior issued a statement. The interior ministry said 300 had been "
                 "registered.", "300 had been registered")
    assert row["speaker_org"] == "Iraqi Ministry of Interior"


@pytest.mark.parametrize("text", [
    'The so-called "guests" have been at the camp for weeks.',
    'For now, Baghdad\'s “wait and see” approach appears set to continue.',
    # what a state has not said, and headlinese: a title, a present-tense deck under a headline
    "Ankara has not said whether any of them are officers.",
    "Kenya says 200 Ugandan soldiers crossed border, were disarmed\n\nThe men arrived on Monday.",
    "Ugandan Troops Cross Into Kenya\n\nNairobi confirms that the soldiers were disarmed.\n\nThe men arrived.",
    # a title in sentence case, whoever or whatever its label or verb names
    "Evening Briefing: Iraq hands back 57 Syrian officers; Lebanon reinforces the south\n\nGood evening.",
    "MP accuses government of hiding true number of Syrian officers at Taji\n\nThe session was brief.",
])
def test_scare_quotes_and_headlinese_are_not_statements(text):
    assert statements(text) == []


# --- reported speech --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Defence Minister Nasser al-Obeidi said that the officers had refused to return to Syria.",
     "the officers had refused to return to Syria"),
    ("Nasser al-Obeidi told reporters that the camp was secure.", "the camp was secure"),
    ("According to Nasser al-Obeidi, the officers are free to leave Iraq.", "the officers are free to leave Iraq"),
    ("Nasser al-Obeidi said the soldiers would be returned soon.", "the soldiers would be returned soon"),
])
def test_reported_speech_named(text, words):
    row = having(text, words)
    assert not row["is_direct"] and who(row) == ("named_person", "Nasser al-Obeidi")
    assert row["quote"] == words


# a partial quotation: reported speech told mostly in the speaker's words, in quote marks, is a quotation; a term in
# quote marks is not
@pytest.mark.parametrize("text, words", [
    ('Tanzanian officials initially speak of "nearly 3,000".', '"nearly 3,000"'),
    ('Officials in Baghdad said the men were "free to leave whenever they wish" but had nowhere to go.',
     "free to leave whenever they wish"),
    ('A spokesman for the ministry, Ali Hamdan, said the men had been "received without incident" at the crossing.',
     "received without incident"),
])
def test_reported_speech_told_mostly_in_quoted_words_is_a_quotation(text, words):
    assert having(text, words)["is_direct"]


@pytest.mark.parametrize("text, words", [
    ('An Iraqi security official said the former troops are currently "guests" of the Iraqi army until conditions '
     "improve across the border.", "guests"),
    ('Nasser al-Obeidi said the officers at the airfield, whom officials call "guests", would be moved to a camp '
     "north of the capital before the winter.", "would be moved"),
])
def test_a_term_in_quote_marks_leaves_the_speech_reported(text, words):
    assert not having(text, words)["is_direct"]


def test_defence_minister_role_gives_org():
    row = having("Iraqi Defence Minister Nasser al-Obeidi said the officers would stay.", "the officers would stay")
    assert row["speaker_org"] == "Iraqi Ministry of Defence"


@pytest.mark.parametrize("text, words", [
    ("A security source told Shafaq News that 40 officers remain at the airfield.", "40 officers remain at the airfield"),
    ("The officers are being held at a base north of Baghdad, the official said.", "The officers are being held at a base"),
    ("Two senior officials confirmed that the officers are still in Baghdad.", "the officers are still in Baghdad"),
    ("The officers are held at a base near Garoua, according to a person familiar with the visits.",
     "The officers are held at a base near Garoua"),
    # a rank or a calling with an indefinite article names no one
    ("A brigadier told the embassy on 13 Jan that 2,367 men had entered.", "2,367 men had entered"),
    ("A historian who has studied the camps said that 900 men were never registered.", "900 men were never registered"),
    # pointing out, making clear, speaking of, putting a running total at a figure are saying it
    ("Officials in Kigoma point out that the camp was never full.", "the camp was never full"),
    ("Tanzanian officials have made clear that asylum is not on offer.", "asylum is not on offer"),
    ("A border official puts the running total at 1,260.", "at 1,260"),
    # village headmen, as a headman, speak unnamed
    ("Village headmen on the Sudanese side say that the fighters came in groups of ten to forty.",
     "the fighters came in groups of ten to forty"),
])
def test_anonymous_sources(text, words):
    row = having(text, words)
    assert not row["is_direct"] and row["speaker_kind"] == "anonymous" and row["speaker_name"] is None


@pytest.mark.parametrize("text, words", [
    ("The representative of Chad said his country had received 300 Sudanese soldiers since March.",
     "his country had received 300 Sudanese soldiers"),
    ("The Brazilian delegate told the Council that 120 Venezuelan soldiers remained in Roraima.",
     "120 Venezuelan soldiers remained in Roraima"),
])
def test_a_delegation_speaks_through_its_representative(text, words):
    # a meeting summary names delegates by office and country, never by name
    row = having(text, words)
    assert not row["is_direct"] and row["speaker_kind"] == "anonymous" and row["speaker_name"] is None


@pytest.mark.parametrize("text, words", [
    ("The Joint Operations Command said in a statement that the border had been sealed.", "the border had been sealed"),
    # settling on a figure, citing totals: a body giving its number
    ("The Joint Operations Command later settled on a figure of 2,493.", "of 2,493"),
    ("The Joint Operations Command has cited totals of up to 4,000.", "of up to 4,000"),
])
def test_organization_statement(text, words):
    row = having(text, words)
    assert row["speaker_kind"] == "organization" and row["speaker_org"] == "Joint Operations Command"


def test_possessive_country_org_speaker():
    row = having("Iraq's Interior Ministry said on Sunday that the soldiers would be housed in Al-Rutba.",
                 "the soldiers would be housed in Al-Rutba")
    assert row["speaker_kind"] == "organization" and row["speaker_org"] == "Iraqi Ministry of Interior"


# --- pronouns and short forms -----------------------------------------------------------------------

def test_she_resolves_to_last_named_speaker():
    text = ("Lina Sabbagh, a researcher, said the officers had become a bargaining chip. "
            "She said the matter would only be settled by a wider deal.")
    row = having(text, "the matter would only be settled")
    assert who(row) == ("named_person", "Lina Sabbagh")


def test_short_form_resolves_to_full_name():
    text = ("Nasser al-Obeidi, the Iraqi defence minister, visited the camp on Monday. "
            "Obeidi said the camp would close in March.")
    row = having(text, "the camp would close in March")
    assert who(row) == ("named_person", "Nasser al-Obeidi")


def test_he_resolves_to_last_named_person_not_only_speaker():
    text = ("Nasser al-Obeidi, the Iraqi defence minister, visited the camp on Monday. "
            "He said the soldiers would be returned soon.")
    row = having(text, "the soldiers would be returned soon")
    assert who(row) == ("named_person", "Nasser al-Obeidi")


def test_parenthetical_he_said():
    text = ("A security source said the officers had been moved. "
            "Another 19 soldiers were sent back on Sunday, he said, bringing the total to 500.")
    row = having(text, "Another 19 soldiers were sent back on Sunday")
    assert row["speaker_kind"] == "anonymous" and not row["is_direct"]


# --- trailing "according to" and inverted attributions ---------------------------------------------

def test_trailing_according_to_takes_the_clause_before():
    text = "Iraq handed 612 soldiers to Syria on Tuesday, according to two security sources, in the largest transfer so far."
    row = having(text, "Iraq handed 612 soldiers to Syria")
    assert row["speaker_kind"] == "anonymous"


def test_according_to_speaker_with_relative_clause():
    text = "Roughly 1,900 Syrian troops are still in Iraq, according to an Iraqi security official who asked not to be named."
    row = having(text, "Roughly 1,900 Syrian troops are still in Iraq")
    assert row["speaker_kind"] == "anonymous" and not row["is_direct"]


def test_according_to_humanitarian_workers():
    row = having("Up to 300 officers were relocated to Camp Taji, according to humanitarian workers in Anbar.",
                 "Up to 300 officers were relocated to Camp Taji")
    assert row["speaker_kind"] == "anonymous"


def test_inverted_said_after_reported_clause():
    text = "Forty of the soldiers were wounded, said a health official in Anbar who spoke on condition of anonymity."
    row = having(text, "Forty of the soldiers were wounded")
    assert row["speaker_kind"] == "anonymous"


def test_an_unnamed_officer_by_rank_and_words_shouted_are_speech():
    said = {s["quote"]: (s["speaker_kind"], s["is_direct"]) for s in findings(
        'Near the gate, a lieutenant shouted to reporters: "We will not board." "Write that down," a corporal added.',
        "2025-01-21")["statements"]}
    assert said == {"We will not board": ("anonymous", True), "Write that down": ("anonymous", True)}


def test_a_statement_saying_what_it_says_without_that_is_reported_speech():
    said = [s["quote"] for s in findings("The command issued a short statement saying the handover of 300 soldiers "
                                         "was going smoothly.", "2025-01-21")["statements"]]
    assert said == ["the handover of 300 soldiers was going smoothly"]
    # saying farewell reports nothing
    assert findings("He left the 300 soldiers at the gate without saying goodbye.", "2025-01-21")["statements"] == []


def test_officers_told_our_team():
    row = having("Several officers told our team they had not seen their families for months.",
                 "they had not seen their families")
    assert row["speaker_kind"] == "anonymous"


def test_according_to_a_statement_from_office():
    text = ("Foreign Minister Asaad al-Shibani raised the issue in Baghdad, "
            "according to a statement from the Iraqi prime minister's office.")
    row = having(text, "raised the issue in Baghdad")
    assert row["speaker_kind"] == "organization"


def test_dateline_not_part_of_quote():
    text = "BAGHDAD (Reuters) - More than 600 Syrian soldiers were sent home on Tuesday, Iraqi officials said."
    row = having(text, "More than 600 Syrian soldiers were sent home")
    assert row["quote"].startswith("More than 600")


def test_apposition_role_gives_speaker_org_despite_title():
    text = "Major General Saad Khalaf, a spokesman for the Joint Operations Command, said the returns were voluntary."
    row = having(text, "the returns were voluntary")
    assert who(row) == ("named_person", "Saad Khalaf")
    assert row["speaker_org"] == "Joint Operations Command"


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(s["quote"], s["speaker_name"], s["speaker_kind"]) for s in findings(text, "2025-01-10")["statements"]]


def test_reported_speech_runs_on_into_the_next_sentence_in_its_tense():
    text = ("Border commander Brig. Gen. Ali Hassan said 1,200 soldiers had crossed on Saturday. They had been "
            "disarmed at the border and would be moved to a camp near Rutba. Another 300 arrived on Sunday.")
    said = _said(text)
    assert [q for q, _, _ in said] == ["1,200 soldiers had crossed on Saturday",
                                       "They had been disarmed at the border and would be moved to a camp near Rutba"]
    assert {name for _, name, _ in said} == {"Ali Hassan"}


def test_reported_speech_runs_on_into_what_was_expected():
    text = ("Colonel Dara Ahmed said 450 soldiers had been flown out since Monday. A further 200 men were expected "
            "at the airfield within ten days. Rain fell all week.")
    assert [(q, name) for q, name, _ in _said(text)] == [
        ("450 soldiers had been flown out since Monday", "Dara Ahmed"),
        ("A further 200 men were expected at the airfield within ten days", "Dara Ahmed")]


def test_reported_speech_runs_on_into_a_state_told_in_the_past():
    # a parliamentary summary: "were still" is the reported form of "are still"
    text = ("The minister said that 900 men had crossed in March. The remaining 640 were still interned at the camp. "
            "The weather was fine.")
    assert [(q, name) for q, name, _ in _said(text)][-1] == ("The remaining 640 were still interned at the camp", None)


def test_a_briefing_label_with_the_bodys_acronym_names_the_person_as_the_speaker_line_writes_her():
    text = ("Press briefing: IOM on Congolese soldiers in Zambia\n\n"
            "Speaker: Hélène Marchetti, spokesperson, International Organization for Migration (IOM)\n\n"
            "HÉLÈNE MARCHETTI (IOM): Good morning. Some 1,240 soldiers went home in June.\n\n"
            "QUESTION (Peter Lind, Nordic Press): How many are still there?\n\n"
            "MARCHETTI: About 300 remain at Mokambo.\n")
    found = findings(text, "2023-07-10")
    assert [(s["quote"], s["speaker_name"]) for s in found["statements"]] == [
        ("Some 1,240 soldiers went home in June.", "Hélène Marchetti"), ("About 300 remain at Mokambo.", "Hélène Marchetti")]
    assert {(n["surface"], n["role"]) for n in found["entity_mentions"] if n["entity_type"] == "person"} >= {
        ("Hélène Marchetti", "spokesperson")}


def test_a_single_name_after_says_with_an_age_is_a_person():
    text = "Laotian soldiers crossed the Mekong in 1975.\n\n\"We were told to wait,\" says Bounthavy, now 84 and living in Nong Khai."
    assert [(s["quote"], s["speaker_name"]) for s in findings(text, "2025-05-20")["statements"]] == [
        ("We were told to wait", "Bounthavy")]


def test_a_he_after_a_sentence_opened_by_a_long_title_and_name_is_that_person():
    text = ("Deputy Interior Minister Lieutenant General Peter Chanda opened the hearing. He told the committee that "
            "1,240 soldiers had crossed at Kasumbalesa. All had been disarmed at the border.")
    assert [(q, name) for q, name, _ in _said(text)] == [
        ("1,240 soldiers had crossed at Kasumbalesa", "Peter Chanda"), ("All had been disarmed at the border",
                                                                         "Peter Chanda")]


def test_speech_does_not_run_on_past_another_person_or_a_new_paragraph():
    assert len(_said("Spokesman Yahya Rasool said 900 had returned. Karim Nouri had visited the camp a day earlier.")) == 1
    assert len(_said("Spokesman Yahya Rasool said 900 had returned.\n\nThe rest had been sent back earlier.")) == 1


def test_rejecting_claims_reports_what_was_rejected():
    assert _said("The Iraqi defence ministry rejected claims that 500 officers had been handed over.") == [
        ("500 officers had been handed over", "Iraqi Ministry of Defence", "organization")]


def test_according_to_a_report_attributes_the_figure_to_that_report():
    assert _said("According to a parliamentary report, 1,100 soldiers remain at the base.") == [
        ("1,100 soldiers remain at the base", None, "organization")]


def test_an_interview_transcript_is_the_labelled_speakers_own_words():
    text = ("The prefect spoke to us by phone.\n\nQ: How many came?\n\n"
            "Amina Yusuf Bello: We registered 687 men in four days. Most came at night.\n\n"
            "Q: Where are they now?\n\nBello: We moved 640 of them to a camp.\n")
    said = [(s["quote"], s["speaker_name"], s["is_direct"]) for s in findings(text, "2023-11-22")["statements"]]
    assert said == [("We registered 687 men in four days.", "Amina Yusuf Bello", True),
                    ("Most came at night.", "Amina Yusuf Bello", True),
                    ("We moved 640 of them to a camp.", "Amina Yusuf Bello", True)]


def test_a_label_whose_name_holds_a_joined_article_is_a_speakers_turn():
    # "Muhannad al-Fahdawi:": the lower-case "al-" of an Arabic name is part of the label
    text = ("Transcript of the morning programme. Presenter: Noor Salah. Guest: the governor.\n\n"
            "Noor Salah: How many are still here?\n\n"
            "Muhannad al-Fahdawi: About 450 remain at the airfield. We gave them blankets, not asylum.\n")
    said = [(s["quote"], s["speaker_name"], s["is_direct"]) for s in findings(text, "2025-01-05")["statements"]]
    assert ("We gave them blankets, not asylum.", "Muhannad al-Fahdawi", True) in said
    assert ("About 450 remain at the airfield.", "Muhannad al-Fahdawi", True) in said


def test_the_outlets_own_label_asks_the_questions_and_a_retired_officers_surname_label_answers():
    text = ("Zomba Courier | Interviews | 3 May 2024\n\nLieutenant Colonel (ret.) Peter Banda ran the border post "
            "at Mwanza when the soldiers came across.\n\nZomba Courier: How many came that first night?\n\n"
            "Banda: Maybe 400. We counted them with torches.\n\nZomba Courier: You could have sent them "
            "back.\n\nBanda: No, that would have been a massacre.\n")
    said = [(s["quote"], s["speaker_name"]) for s in findings(text, "2024-05-03", outlet="Zomba Courier")["statements"]]
    assert said == [("Maybe 400.", "Peter Banda"), ("We counted them with torches.", "Peter Banda"),
                    ("No, that would have been a massacre.", "Peter Banda")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A year after the collapse, Colonel Idris Mahamat runs the camp near the border.\n\n"
     "Q: How many soldiers are still here?\n\nA: Today, ninety. Most are officers.\n\n"
     "Q: And the others?\n\nA: They went home in March.\n",
     [("Today, ninety.", "Idris Mahamat"), ("Most are officers.", "Idris Mahamat"),
      ("They went home in March.", "Idris Mahamat")]),
    # no labels at all: each question on a line of its own, in a piece that says it is an interview
    ("Lieutenant Colonel Omar Haddad has run the crossing since 2021. He spoke to us at his post in "
     "Mafraq last week.\n\nHow did it begin?\nThey came at night. We counted 400 of them.\n\n"
     "And now?\nMost have gone home.\n",
     [("They came at night.", "Omar Haddad"), ("We counted 400 of them.", "Omar Haddad"),
      ("Most have gone home.", "Omar Haddad")]),
    # questions set in bold, not all of them asking; an answer over two paragraphs; a quote of someone else
    ("Brigadier Salim Otieno commands the border post at Busia. He spoke to us there; questions are in bold.\n\n"
     "**Tell us about the first night.**\n\nThey came at dusk. We registered 312 of them.\n\n"
     "By morning there were more.\n\n**And the officers?**\n\nOne captain said to me: \"We will not go back.\"\n",
     [("They came at dusk.", "Salim Otieno"), ("We registered 312 of them.", "Salim Otieno"),
      ("By morning there were more.", "Salim Otieno"), ("We will not go back", None)]),
])
def test_answers_of_a_question_and_answer_piece_are_the_interviewees_words(text, expected):
    said = [(s["quote"], s["speaker_name"], s["is_direct"]) for s in findings(text, "2024-03-22")["statements"]]
    assert said == [(quote, name, True) for quote, name in expected]


def test_question_headings_of_an_explainer_are_not_an_interview():
    text = ("Colonel Omar Haddad runs the crossing. Here is what we know.\n\nHow many crossed?\n\n"
            "About 400 soldiers crossed at night.\n\nWhere are they now?\n\nMost have gone home.\n")
    assert findings(text, "2024-03-22")["statements"] == []


def test_a_single_name_after_said_with_a_role_is_the_speaker():
    text = ("Soldiers in the village\n\n"
            '"They came at night, about 30 at a time," said Lalrinmawia, the village council president.')
    row = having(text, "They came at night")
    assert row["is_direct"] and who(row) == ("named_person", "Lalrinmawia")


def test_a_name_after_a_civilian_role_is_the_speaker():
    text = 'School reopens\n\n"The children come back on Sunday," said the head teacher, Rokeya Begum.'
    assert who(having(text, "The children come back")) == ("named_person", "Rokeya Begum")


def test_the_listener_after_told_is_no_speaker():
    text = 'Soldiers wait\n\n"We are guests who cannot leave," one officer told The Independent.'
    assert who(having(text, "We are guests"))[1] != "The Independent"


@pytest.mark.parametrize(("text", "kind"), [
    ("The prosecution said 27 soldiers remain unaccounted for.", "organization"),
    ("Aid groups say about 300 soldiers are sleeping in the open.", "organization"),
    ("A prosecutor said the men had crossed at night.", "anonymous"),
    ("The armed forces denied that account.", "organization"),
    ("Haiti's embassy in Santo Domingo said the men had been mistreated.", "organization"),
    ("The Polish legation in Kaunas reported that 1,200 officers had been interned.", "organization"),
    ("A consulate in Bern said the internees had been well treated.", "organization"),
    ("The British consul in Lisbon complained repeatedly that the camp was too close to the border.", "anonymous"),
    ("Opposition spokesmen said the figure was inflated.", "anonymous"),
    ("The officer is not on that list, his lawyer said.", "anonymous"),
    ("The Anbar weekly reported that 58 soldiers were driven to the border.", "organization"),
    ("Local traders say the garrison on the far bank has been thinned out.", "anonymous"),
    # a state speaking by its capital or its name
    ("Ankara has said that the men will be returned through the Kapikule gate.", "organization"),
    ("The men slept in tents, and Tanzania denied that any were sent back.", "organization"),
    ("Officials in Ankara said the men would be returned.", "anonymous"),
    ("Nairobi on Friday denied that the men had been handed back.", "organization"),
    # the authorities of a region or town, named by the place before them
    ("Soldiers fled into India's Manipur state. Manipur authorities said 150 had been flown back.", "organization"),
    # an aside that turns to this state may stand between it and its verb
    ("Ghana, for its part, says it returned more than 300 by road.", "organization"),
    ("Pretoria, however, has denied that any of the men were sent back.", "organization"),
    ("Committee members put the number at between 90 and 120.", "anonymous"),
    ("The men are fed by the army. The ministry said they would stay until spring.", "organization"),
    ("The Federal Bureau for Internees reported at the time that the men were well fed.", "organization"),
    ("Villagers near the ford say they saw soldiers wade across at dawn.", "anonymous"),
    ("Refugees told aid workers that men in uniform had crossed with them.", "anonymous"),
    # a border service or directorate speaks as a body; "one of them" is an unnamed person
    ("Poland's border guard service says 212 soldiers crossed overnight.", "organization"),
    ("The border directorate says 164 were escorted back at dawn.", "organization"),
    ("One of them told a reporter that 60 men had walked for three nights.", "anonymous"),
])
def test_bodies_and_roles_of_courts_and_aid_work_speak(text, kind):
    assert [s["speaker_kind"] for s in statements(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Colonel Amin Haddad adds that the returnees will not be harmed.",
    "Colonel Amin Haddad notes that 40 officers stayed behind.",
    "The Bar Association calls on the government to release the men.",
    "Kenyan officials gave a figure of 212 for the men still at the camp.",
    "The agency KNA is reporting that 13 officers crossed at night.",
    "Ugandan officials tell diplomats that the soldiers are free to leave.",
    "Kenyan officials initially spoke of 2,000 soldiers arriving at the border post.",
    "Aid workers in western Uganda believe the real number of soldiers is higher.",
    "The governor conceded that several dozen sailors had slipped away in the night.",
    "Port officials at first announce 410 arrivals; the figure is later revised.",
    "Local officials have talked of closer to 900 men crossing on foot.",
    # a tribunal's or a hearing's words of speech
    "Mr Kowalski submitted that the internees had remained in service.",
    "The second witness testified that 140 men were still at the base.",
    # the people held speak for themselves
    "Families told us that the men may telephone home once a week.",
    "Detainees at the airbase said they had not been told why they were held.",
    # one of a group, and the people who run a camp
    "One of the officials said between 300 and 400 men had been processed by evening.",
    "Some 350 men were moved here from the border last week, a camp administrator said.",
    # informing someone of something reports it
    "The Senegalese authorities informed the mission on 3 May that 210 soldiers had been disarmed.",
])
def test_more_verbs_that_report_speech(text):
    assert len(statements(text)) == 1


def test_a_footnote_marker_after_the_stop_ends_the_statements_sentence():
    (row,) = statements("The minister said the talks had failed.[2] Some 300 soldiers were handed back on Monday.")
    assert row["evidence"] == "The minister said the talks had failed.[2]"


@pytest.mark.parametrize("text", [
    "The ministry did not say how many of those still held are officers.",
    "Asked when the next convoy would leave, the governor would not say.",
    "The border police have not responded to questions about the figure.",
    "A spokesman declined to comment on the number of men at the camp.",
    "The agency cannot say how many of the officers are still in the camp.",
    # speech passed on from unnamed reports is the writer's hearsay, no one's statement
    "The army has reportedly informed the officers that they may leave for a third country.",
    "Kabul allegedly told the elders that 90 men would stay.",
])
def test_speech_denied_is_no_statement(text):
    assert statements(text) == []


def test_a_statement_after_a_denied_one_is_still_found():
    (row,) = statements("The ministry would not say when. A spokesman said 40 officers had asked to stay.")
    assert row["verb"] == "said"


@pytest.mark.parametrize("text", [
    "River crossing\n\nRuth Adeyemi: How many soldiers crossed the river?\n\nJohn Okafor: About 900 crossed at dawn.",
    "Soldiers cross at dawn\n\nWhat does the new government say? An interior ministry spokesman said 900 men had "
    "crossed at dawn.",
])
def test_a_question_reports_no_speech(text):
    (row,) = [r for r in statements(text) if "900" in r["quote"] or "900" in r["evidence"]]
    assert len([r for r in statements(text) if "?" in r["evidence"]]) == 0 and row is not None


def test_a_quoted_question_is_the_speakers_words():
    (row,) = statements('"Who will protect us if we go back?" one sergeant said.')
    assert row["is_direct"]


@pytest.mark.parametrize(("text", "expected"), [
    # a role named once in its label ("GUEST (…)") is that person on every turn; the presenter only asks
    ("Drivetime, 14 March\n\nOn the line from Mafraq is Salma Odeh of the Jordanian Red Crescent.\n\n"
     "PRESENTER (DAVID KERR): How many are at the camp now?\n\nGUEST (SALMA ODEH): Today, 412. Most are officers."
     "\n\nPRESENTER: And in January?\n\nGUEST: Nearly 600.\n",
     [("Today, 412.", "Salma Odeh"), ("Most are officers.", "Salma Odeh"), ("Nearly 600.", "Salma Odeh")]),
    # a correspondent tells the story; what others told the correspondent is still theirs
    ("ANCHOR (LINA SAYEGH): Good evening.\n\nCORRESPONDENT (KAREEM NASSAR): The buses left at dawn. An officer "
     "told us that 306 men were on board.\n\nANCHOR: Kareem, thank you.\n",
     [("306 men were on board", None)]),
])
def test_a_broadcast_transcripts_role_labels_name_their_speakers(text, expected):
    assert [(s["quote"], s["speaker_name"]) for s in statements(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a briefing's introduction names the person its role labels stand for
    ("Press briefing, 3 March\n\nThe following is a transcript of today's briefing by Tomas Reyes, Spokesperson "
     "for the Commission.\n\nSpokesperson: Good afternoon. About 300 soldiers remain at the camp.\n\n"
     "Question: And the officers?\n\nSpokesperson: Fewer than 40 of them have asked to stay.\n",
     [("About 300 soldiers remain at the camp.", "Tomas Reyes"),
      ("Fewer than 40 of them have asked to stay.", "Tomas Reyes")]),
    # the role before the name
    ("Hearing of 4 May\n\nPresent: the Chairman, Mr. Adel Karim, and four members.\n\nChairman: The witness will "
     "now tell us how many men are held.\n\nChairman: By our count 212 men are held at the base.\n",
     [("The witness will now tell us how many men are held.", "Adel Karim"),
      ("By our count 212 men are held at the base.", "Adel Karim")]),
    # a role the introduction gives no one stays unattributed
    ("Press briefing, 3 March\n\nSpokesperson: About 300 soldiers remain at the camp.\n", []),
])
def test_a_role_label_speaks_for_the_person_the_introduction_gives_that_role(text, expected):
    assert [(s["quote"], s["speaker_name"]) for s in statements(text)] == expected


@pytest.mark.parametrize("text", [
    # a correspondent introduced by name, whose turns are labelled with the name alone
    "Our correspondent Nadia Farouk is at the bridge.\n\nNADIA FAROUK: The buses left at dawn. A sergeant told me he "
    "wanted to sleep. \"Eleven nights in a tent,\" he said.\n",
    # the anchor named in the role's brackets, then the same way
    "ANCHOR (OMAR SALIH): Good evening.\n\nOMAR SALIH: The buses left at dawn. A sergeant told me he wanted to sleep. "
    "\"Eleven nights in a tent,\" he said.\n",
    # a press conference's moderator, introduced after "Moderating:" inside a line, and labelled by surname
    "Press conference, 4 May\n\nOn the podium: the Minister of Defence. Moderating: Colonel Rami Aziz, spokesman of the "
    "ministry.\n\nAZIZ: The buses left at dawn. A sergeant told me he wanted to sleep. \"Eleven nights in a tent,\" he "
    "said.\n",
])
def test_a_journalists_name_label_tells_the_story_and_is_no_ones_he(text):
    said = [(s["quote"], s["speaker_kind"], s["speaker_text"]) for s in statements(text)]
    assert all("buses left" not in quote for quote, _, _ in said), said
    assert ("Eleven nights in a tent", "anonymous", "he") in said, said


@pytest.mark.parametrize(("text", "expected"), [
    # a film script: a caption names the speaker, whose turns are labelled with the surname; scene headings and
    # the narrator's voice-over are no one's statements
    ("EPISODE 3 — THE CAMP\n\nSCENE 2 — EXT. BORDER POST — DAY\nA barrier, two guards.\n\nCAPTION: Col. Anan "
     "Phromma, Thai border police\nPHROMMA: We counted 212 men at the gate. They gave up their rifles.\n\nSCENE 3 — "
     "INT. SCHOOL HALL — NIGHT\nNARRATOR (V.O.): The men slept on the floor of a school.\n",
     [("We counted 212 men at the gate.", "Anan Phromma"), ("They gave up their rifles.", "Anan Phromma")]),
    # a label in capitals keeps the title the introduction gives; the surname alone labels the later turns
    ("Tonight in the studio is Dr. Irina Volkova of the Lviv Institute.\n\nDR. IRINA VOLKOVA: About 400 crossed on "
     "the first night.\n\nHOST: And now?\n\nVOLKOVA: Fewer than 90 remain in the camp.\n",
     [("About 400 crossed on the first night.", "Irina Volkova"), ("Fewer than 90 remain in the camp.", "Irina Volkova")]),
    # a label with a note in brackets opens a turn of its own: the guest's turn does not run on into it
    ("GUEST (ANNA BERG): About 500 crossed that week.\n\nNARRATOR (V.O.): The trucks left at night, and nobody "
     "counted them.\n", [("About 500 crossed that week.", "Anna Berg")]),
    # a caller's first name and town, written as a name, not in the label's capitals; "he says" in the caller's turn is
    # someone the caller speaks of
    ("HOST (MAREK NOWAK): The lines are open.\n\nPIOTR (caller, Gdansk): I saw 300 soldiers at the station. He says "
     "that 40 more came the next day.\n",
     [("I saw 300 soldiers at the station.", "Piotr"), ("He says that 40 more came the next day.", "Piotr")]),
    # a reporter labelled "NAME, BYLINE" tells the story; what officials told her is theirs
    ("STEVE KOWAL, HOST: Welcome back.\n\nMIRA LENZ, BYLINE: The buses left at dawn from the school.\n\nKOWAL: How "
     "many?\n\nLENZ: Officials told me that 300 men went home.\n", [("300 men went home", None)]),
    # a presenter named first, the role in brackets after: her narration and questions are no one's statements
    ("MIRA LENZ (presenter): Good evening. Thousands crossed in December. My guest was one of them.\n\nPAVEL KRAL: "
     "We were 400 in my hangar.\n\nLENZ: And then?\n\nKRAL: Then the buses came.\n",
     [("We were 400 in my hangar.", "Pavel Kral"), ("Then the buses came.", "Pavel Kral")]),
])
def test_a_scripts_and_a_phone_ins_labels_name_their_speakers(text, expected):
    assert [(s["quote"], s["speaker_name"]) for s in statements(text)] == expected


def test_a_shows_hosts_name_themselves_as_it_opens_and_only_their_guest_makes_statements():
    text = ("MARTA OKON: Hello and welcome to Borderlines. I'm Marta Okon.\n\nJAN BIRCH: And I'm Jan Birch.\n\n"
            "MARTA OKON: The buses left at dawn, and we hear 300 men were on them.\n\nJAN BIRCH: Our guest is Ewa Lis "
            "of the Red Cross.\n\nEWA LIS: I counted 280 at the gate.\n")
    assert [(s["quote"], s["speaker_name"]) for s in statements(text)] == [("I counted 280 at the gate.", "Ewa Lis")]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("By the colonel's reckoning, some 1,100 men had come through by first light.", "1,100 men", "the colonel"),
    ("On the agency's figures, 300 soldiers remain at the camp.", "300 soldiers", "the agency"),
])
def test_a_sentence_opening_on_whose_count_it_gives_is_that_sources_statement(text, words, speaker):
    row = having(text, words)
    assert (row["speaker_text"], row["is_direct"]) == (speaker, False)


def test_an_opening_that_names_no_source_is_no_statement():
    assert statements("In the end, 40 soldiers went home. By then, 300 remained.") == []


def test_a_readouts_minister_is_the_office_holder_set_beside_the_office_not_the_counterpart():
    # a ministry's readout writes its own minister as "The Minister", after naming the office and its holder; the
    # counterpart is "the Austrian Foreign Minister", the person given that very role; "The Representative …" opens a
    # sentence of someone else's
    found = findings("The Minister of Foreign Affairs, Dr. Lena Varga, received a call from the Austrian Foreign "
                     "Minister, Karl Binder. The Minister said that 150 soldiers had been moved to the capital. The "
                     "Representative welcomed the move and asked to visit those who had refused to return. The Austrian "
                     "Foreign Minister said that 40 of the men had asked to stay.", PUB)
    assert [(s["quote"], s["speaker_name"]) for s in found["statements"]] == [
        ("150 soldiers had been moved to the capital", "Lena Varga"), ("40 of the men had asked to stay", "Karl Binder")]
    assert {m["name"] for m in found["entity_mentions"] if m["entity_type"] == "person"} == {"Lena Varga", "Karl Binder"}


def test_a_speaker_named_in_apposition_to_the_subject_is_the_next_he():
    text = ("The commander of the border sector, Staff Major General Raad al-Karbouli, spoke to us an hour ago. He "
            "said his units registered 2,617 personnel.")
    row = having(text, "2,617")
    assert who(row) == ("named_person", "Raad al-Karbouli")


def test_a_written_answer_is_the_ministers_words_paragraph_by_paragraph_up_to_the_next_question():
    text = ("Written answers\n\nQuestion 12. Mrs. Ama Owusu asked the Minister for Defence how many soldiers crossed."
            "\n\nThe Minister for Defence (Mr. Kofi Mensah Asante): Mr. Speaker, I reply as follows.\n\n"
            "1. Entries. A total of 312 soldiers crossed at Paga in April.\n\n"
            "2. Returns. Most, yes. Some 140 have since gone home.\n\n"
            "Question 13. Mr. Yaw Boadu asked the Minister whether any were armed.\n")
    said = [(s["quote"], s["speaker_name"]) for s in statements(text)]
    assert ("A total of 312 soldiers crossed at Paga in April.", "Kofi Mensah Asante") in said
    assert ("Some 140 have since gone home.", "Kofi Mensah Asante") in said
    # a list number, a run-in heading and a two-word aside claim nothing; the next question is no answer
    quotes = [quote for quote, _ in said]
    assert not {"1.", "Entries.", "Returns.", "Most, yes."} & set(quotes)
    assert not any("asked the Minister whether" in quote for quote in quotes)


def test_a_transcripts_courtesies_are_no_statements():
    text = ("Episode 12: the border\n\nRuth Adeyemi: Welcome back to Crossings. I'm Ruth Adeyemi.\n\n"
            "John Okafor: Thanks, Ruth. Good to be here. About 900 men crossed at dawn.\n\n"
            "Adeyemi: John Okafor, thank you.")
    assert [r["quote"] for r in statements(text)] == ["About 900 men crossed at dawn."]


@pytest.mark.parametrize("text", [
    "The two sides agreed that the number of soldiers registered at the border was 1,262.",
    "The two sides noted that 871 of these soldiers had returned.",
])
def test_a_joint_statements_two_sides_speak(text):
    (row,) = statements(text)
    assert row["speaker_kind"] == "organization" and row["speaker_org"] == "The two sides"


def test_the_same_body_named_before_speaks_again():
    text = ("The interior ministry said 900 soldiers had been handed over on Monday. A second group of 120 followed "
            "on Friday, according to the same ministry.")
    assert [(s["speaker_kind"], s["speaker_org"]) for s in statements(text)] == [
        ("organization", "Ministry of Interior")] * 2


def test_an_honorific_does_not_end_the_sentence_of_its_speaker():
    (row,) = statements("Hon. Layla Jaber said the committee had received complaints from families.")
    assert who(row) == ("named_person", "Layla Jaber")


def test_protests_held_by_families_are_no_speech():
    assert statements("Families of soldiers killed in the collapse have held regular protests outside the court.") == []


def test_posts_quoted_under_a_label_line_are_the_labels_words():
    text = ("Channel watch\n\nWhat the channels said this week.\n\n"
            "[Mon 3 Mar, 08:10] Kivu Direct (Telegram, French):\n\n"
            "\"More than 400 soldiers crossed at Gatumba overnight. They were disarmed.\"\n\n"
            "The figure could not be checked.\n\n"
            "[Tue 4 Mar, 17:45] Bujumbura Watch (X):\n\n\"Only 150 crossed, a border officer says.\"\n")
    said = [(s["quote"], s["speaker_kind"], s["speaker_org"]) for s in findings(text, "2025-03-06")["statements"]]
    assert said[:2] == [('"More than 400 soldiers crossed at Gatumba overnight.', "organization", "Kivu Direct"),
                        ('They were disarmed."', "organization", "Kivu Direct")]
    assert said[2][2] == "Bujumbura Watch"


DELIVERED = ("Minister's statement on the Congolese soldiers\n\n"
             "MINISTRY OF DEFENCE - PRESS OFFICE\n\n"
             "Text of the statement delivered today by the Minister of Defence, Jacob Oryem, to Parliament.\n\n"
             "Madam Speaker, honourable members,\n\n"
             "Our forces received 812 Congolese soldiers at Bunagana last week. Each of them was disarmed.\n\n"
             "I thank the House.\n\n"
             "ENDS\n\nNotes to editors: the ministry will publish weekly figures.\n")


def test_a_delivered_text_is_its_speakers_own_words():
    said = [(s["quote"], s["is_direct"], s["speaker_name"]) for s in findings(DELIVERED, "2025-03-06")["statements"]]
    assert ("Our forces received 812 Congolese soldiers at Bunagana last week.", True, "Jacob Oryem") in said
    assert ("Each of them was disarmed.", True, "Jacob Oryem") in said
    # neither the salutation nor the publisher's notes after "ENDS" are the minister's words
    assert not any("Speaker" in quote or "weekly figures" in quote for quote, _, _ in said)


def test_a_bodys_statement_published_in_full_is_the_bodys_words_up_to_its_annex():
    text = ("Full text: army statement on the Chadian soldiers\n\n"
            "The Lake Chad Courier publishes below the full text of a statement issued by the Nigerian Army on "
            "Monday.\n\n---\n\nSTATEMENT\n\n"
            "The army received 312 Chadian soldiers at Gamboru on 3 May. They were disarmed on arrival.\n\n"
            "Army Headquarters\nAbuja, 5 May 1979\n\n---\n\nANNEX: Movements\n\nDate | Place | Soldiers\n"
            "3 May | Gamboru | 312\n")
    said = {s["quote"]: (s["speaker_kind"], s["speaker_org"], s["is_direct"])
            for s in findings(text, "1979-05-07")["statements"]}
    assert said.get("The army received 312 Chadian soldiers at Gamboru on 3 May.") == (
        "organization", "Nigerian Army", True)
    assert said.get("They were disarmed on arrival.") == ("organization", "Nigerian Army", True)
    assert not any("Gamboru | 312" in quote or "Movements" in quote for quote in said)


def test_a_briefing_notes_body_is_the_spokespersons_words_but_not_its_subheadings():
    text = ("Chad: agency urges safeguards for returning soldiers\n\nBriefing notes, 6 March 2025\n\n"
            "This is a summary of what was said by agency spokesperson Ines Marlow – to whom quoted text may be "
            "attributed – at today's press briefing.\n\n"
            "Our teams visited the camp at Farchana on Monday. We counted 412 soldiers there.\n\n"
            "Questions and answers\n\n"
            "Answer: We have asked for access to the other sites.\n")
    said = {s["quote"]: s["speaker_name"] for s in findings(text, "2025-03-06")["statements"]}
    assert said.get("Our teams visited the camp at Farchana on Monday.") == "Ines Marlow"
    assert said.get("We counted 412 soldiers there.") == "Ines Marlow"
    assert not any("Questions" in quote for quote in said)


def test_a_report_that_mentions_a_delivered_text_is_not_one():
    text = ("Minister speaks on soldiers\n\nThe minister, Jacob Oryem, spoke in Parliament on Tuesday. Copies of "
            "the text of his statement, delivered by a clerk, were handed out.\n\n"
            "About 812 Congolese soldiers crossed at Bunagana last week.\n")
    assert findings(text, "2025-03-06")["statements"] == []


def test_an_account_told_to_a_journalist_is_the_tellers_own_words():
    text = ("\"We walked all night\": a Congolese soldier's story\n\n"
            "WEEKEND VOICES | As told to Anna Kessler | 3 May 2025\n\n"
            "Corporal Jean-Paul Mukendi, 29, served in the army in North Kivu. He spoke to Anna Kessler in Kisoro; "
            "his account has been translated and edited for length.\n\n"
            "We were 60 men at the post when the rebels came. We walked all night to the border.\n\n"
            "Notes to editors: the names of other soldiers have been withheld.\n")
    said = [(s["quote"], s["speaker_name"]) for s in findings(text, "2025-05-03")["statements"]]
    assert ("We were 60 men at the post when the rebels came.", "Jean-Paul Mukendi") in said
    assert ("We walked all night to the border.", "Jean-Paul Mukendi") in said
    # the editor's introduction and notes are not his words, and the journalist does not speak
    assert not any("Kisoro" in quote or "withheld" in quote or name == "Anna Kessler" for quote, name in said)


def test_a_question_and_answer_interviewee_is_not_a_relative_she_speaks_of_nor_her_interviewer():
    text = ("\"Ten months of waiting\": the wife of an officer held at Camp Taji\n\n"
            "Rouba Khalil, 41, is a schoolteacher from Jableh. Her husband, Colonel Samer Daoud, crossed into Iraq "
            "at Al-Qaim in December. We spoke to her by telephone; the interview has been edited for length.\n\n"
            "Interview by Lina Barakat\n\n"
            "When did you last speak to your husband?\n\nYesterday evening. He sounded tired.\n\n"
            "How many men are with him now?\n\nHe says there are 74 of them left at Taji.\n")
    said = {(s["quote"], s["speaker_name"]) for s in findings(text, "2025-10-09")["statements"]}
    assert ("He sounded tired.", "Rouba Khalil") in said
    assert ("He says there are 74 of them left at Taji.", "Rouba Khalil") in said


def test_a_label_before_a_quote_names_who_speaks():
    text = ('Live\n\nStatement from the Ugandan army, sent to journalists at 11:20: "No soldier will be returned '
            'against his will."\n')
    row = having(text, "No soldier will be returned")
    assert (row["speaker_kind"], row["speaker_text"]) == ("organization", "the Ugandan army")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a line of a named person's diary, read out
    ('Stop 4\n\nListen to a passage from the diary of Captain Tomas Brandt, a cavalry officer, read by an actor: '
     '"They feed us soup and ask nothing of us."\n', "They feed us soup", ("named_person", "Tomas Brandt")),
    # a name and a colon inside a paragraph, as a transcript labels a turn
    ('Stop 9\n\nMost of the men went home in the spring. Dr Halvorsen: "Some stayed, and a few sailed on to '
     'America."\n', "Some stayed", ("named_person", "Halvorsen")),
])
def test_a_label_inside_a_paragraph_names_who_speaks(text, words, speaker):
    assert who(having(text, words)) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a delegate's country in parentheses between the name and the verb; "States" there is no verb of saying
    ("Mr. Henry Whitcombe (United States) said the committee had checked every group.", "Henry Whitcombe"),
    ("U Tin Maung (Burma) said his Government welcomed every soldier who left.", "U Tin Maung"),
    # a middle initial stays inside the name
    ("Mr. Henry L. Whitcombe said the committee had checked every group.", "Henry L. Whitcombe"),
    # what was said begins right after the verb, not after a "that" in a clause opened by "but"
    ("U Tin Maung (Burma) said his Government welcomed every soldier who left, but would not pretend that the "
     "problem was solved.", "U Tin Maung"),
])
def test_a_delegate_named_in_meetings_coverage_speaks(text, speaker):
    rows = statements("Press release\n\n" + text)
    assert [(row["speaker_name"], row["is_direct"]) for row in rows] == [(speaker, False)]
    assert rows[0]["quote"].startswith(("the committee", "his Government"))


def test_a_bodys_acronym_in_parentheses_does_not_make_it_a_person():
    rows = statements("Press release\n\nThe Inter-Services Public Relations (ISPR) said 40 soldiers had crossed.")
    assert [row["speaker_kind"] for row in rows] != ["named_person"]


def test_a_place_or_a_label_word_and_a_colon_name_no_speaker():
    text = 'Stop 9\n\nMost of the men went home in the spring. Oslo: "Some stayed, and a few sailed on."\n'
    assert statements(text) == []


def test_a_sentence_opening_on_a_label_that_names_its_source_is_that_sources():
    text = "Live\n\n18:05. The gate closed. Final count from the Ugandan army: 612 soldiers crossed back today.\n"
    row = having(text, "612 soldiers crossed back today")
    assert (row["speaker_text"], row["is_direct"]) == ("the Ugandan army", False)
    # a label that names no source is no statement
    assert statements("Live\n\nFinal count: 612 soldiers crossed back today.\n") == []


def test_one_line_ending_in_a_colon_before_a_quote_is_no_compilation():
    text = 'The notice\n\nThe sign at the gate reads:\n\n"No entry without a permit."\n'
    assert findings(text, "2025-03-06")["statements"] == []


def test_a_transcript_turn_runs_on_to_the_next_label_or_heading():
    text = ("Briefing\n\nCOL. HASSAN: Good morning. Our registers show 2,291 men.\n\n"
            "On Thursday, 1,906 of them were returned through the crossing.\n\nQUESTIONS\n\n"
            "Q: How many are officers?\n\nCOL. HASSAN: About 300.\n\nMAJ. OTIENO: The camp is full.\n\n"
            "(Briefing ends 11:42.)\n")
    said = [(s["quote"], s["speaker_name"]) for s in findings(text, "2024-12-22")["statements"]]
    assert ("On Thursday, 1,906 of them were returned through the crossing.", "Col. Hassan") in said
    assert all(not quote.startswith(("QUESTIONS", "(Briefing")) for quote, _ in said)


# --- who may speak: bare bodies, offices, headings -----------------------------------------------------

@pytest.mark.parametrize(("text", "words", "kind"), [
    ("Eighteen soldiers waded across the river on Friday night, police said.", "Eighteen soldiers waded", "organization"),
    ("Eighteen soldiers waded across the river on Friday night, according to police.", "Eighteen soldiers", "organization"),
    ("Eighteen soldiers waded across the river, border guards said.", "Eighteen soldiers", "anonymous"),
    ("The district commissioner said eighteen soldiers had waded across the river.", "eighteen soldiers", "anonymous"),
    ("Eighteen soldiers waded across the river, the camp manager said.", "Eighteen soldiers", "anonymous"),
    ("Eighteen soldiers were taken to the district hospital, the statement said.", "Eighteen soldiers", "organization"),
    ("By evening the opposition said it controlled the river crossing.", "it controlled", "organization"),
    ("Eighteen soldiers waded across the river, local media reported.", "Eighteen soldiers", "organization"),
    ("A community leader in the town said eighteen soldiers had left for the north.", "eighteen soldiers",
     "anonymous"),
])
def test_a_bare_body_an_office_or_a_document_speaks(text, words, kind):
    row = having(text, words)
    assert row["speaker_kind"] == kind and row["speaker_name"] is None


def test_police_in_a_list_of_bodies_speak_for_no_one():
    assert statements("The army, police and customs have closed the crossing to trucks since Friday.") == []


def test_a_statement_is_where_a_body_spoke_not_who_spoke():
    text = ("The Lakeside Monitoring Consortium, which visits the camp every month, said in a statement on Friday "
            "that conditions were adequate.")
    row = having(text, "conditions were adequate")
    assert who(row) == ("organization", "Lakeside Monitoring Consortium")


def test_a_speakers_modifiers_never_come_from_the_heading_above():
    text = "Trouble at the border\n\nWitnesses said about sixty soldiers crossed before dawn."
    row = having(text, "about sixty soldiers crossed")
    assert row["speaker_kind"] == "anonymous" and row["speaker_text"] == "Witnesses"


def test_a_body_opening_the_paragraph_under_a_heading_speaks():
    row = having("Trouble at the border\n\nPolice said about sixty soldiers crossed before dawn.", "about sixty")
    assert row["speaker_kind"] == "organization"


@pytest.mark.parametrize(("text", "name"), [
    ("Asked whether the men were detained, the District Magistrate, Mr. R. N. Dasgupta, said the question did not "
     "arise.", "R. N. Dasgupta"),
    ("Mr. A. Haque said the men would be fed by the relief department.", "A. Haque"),
])
def test_a_speaker_named_with_initials_is_one_person_in_one_sentence(text, name):
    (row,) = statements(text)
    assert who(row) == ("named_person", name)


def test_a_named_expert_who_thinks_something_says_it():
    row = having("Quilla Dervan, a historian at the university, thinks the consulate's count is too low.", "too low")
    assert who(row) == ("named_person", "Quilla Dervan")


def test_what_someone_can_think_of_is_no_statement():
    assert statements("Amina has tried everything she can think of to find her son.") == []


def test_a_transcripts_bracketed_notes_are_no_ones_words():
    text = ("MINISTER AWUAH: We received 412 soldiers at Elubo.\n\nMINISTER AWUAH: [Brief exchange off microphone.] "
            "I am told 410.\n\nMINISTER AWUAH: [laughs] We have been generous.\n")
    quotes = [s["quote"] for s in statements(text)]
    assert quotes == ["We received 412 soldiers at Elubo.", "I am told 410.", "We have been generous."]


def test_a_dated_list_of_estimates_gives_each_entry_to_its_source():
    text = ("THE FIGURES SO FAR\n\n4 Mar - Chad's army spokesman: about 320 soldiers crossed at Adre overnight.\n\n"
            "6-7 Mar - Sudanese Armed Forces: no more than 150 had left their positions.\n\n"
            "11 March 2024 (Monday) - Ahmed Bashir, a local councillor: nearly 500 are now at the school.\n\n"
            "15 Mar - Around 250 officers are moved by bus to a camp.\n\n"
            # the source first, then the day
            "- Chad's interior ministry, 16 March, on state radio: 410 were registered at Adre.\n\n"
            "- UNHCR, briefing note of 30 March: the agency was aware of 210 returns.\n")
    rows = [(s["speaker_name"], s["quote"], s["is_direct"]) for s in statements(text)]
    assert ("Sudanese Armed Forces", "no more than 150 had left their positions", False) in rows
    assert ("Ahmed Bashir", "nearly 500 are now at the school", False) in rows
    assert any(quote == "410 were registered at Adre" for _, quote, _ in rows)
    assert any(quote == "the agency was aware of 210 returns" for _, quote, _ in rows)
    assert any(quote == "about 320 soldiers crossed at Adre overnight" for _, quote, _ in rows)
    # a timeline entry with no source before a colon is no one's statement
    assert not any("moved by bus" in quote for _, quote, _ in rows)



def test_a_turn_opening_on_a_time_code_is_its_labelled_speakers():
    text = ("Episode 12: the border\n\nHost Mira Dane talks to Tomas Reyes, who reported from the crossing.\n\n"
            "[00:00:12] HOST: Tomas, what did you see?\n\n"
            "[00:00:19] GUEST (TOMAS REYES): Columns of men on foot. I counted about 600 in the first hour.\n\n"
            "(00:01:02) TOMAS REYES: They handed in their rifles at a table by the gate.\n")
    assert who(having(text, "I counted about 600")) == ("named_person", "Tomas Reyes")
    assert having(text, "handed in their rifles")["is_direct"]
    assert not [s for s in statements(text) if "what did you see" in s["quote"]]


def test_a_label_that_only_names_the_guest_is_no_statement():
    text = ("Evening programme\n\n[04:30] STUDIO GUEST: MP Anna Vole, member of the defence committee.\n\n"
            "[04:41] STUDIO GUEST: Of the 900 who came across, more than 700 have gone home.\n\n"
            "[05:02] STUDIO GUEST: We will not deport anyone.\n")
    assert not [s for s in statements(text) if "member of the defence committee" in s["quote"]]


@pytest.mark.parametrize("label, speaker", [
    ("From the diary of Lieutenant Jan Kowal, interned at Kalvarija, October 1939:", ("named_person", "Jan Kowal")),
    ("From a report by the Ministry of Defence, 1 June 1940:", ("organization", "Ministry of Defence")),
])
def test_a_quoted_document_under_a_label_line_is_its_authors(label, speaker):
    text = f"Lesson 4\n\nSOURCE A\n{label}\n\"There are 1,200 of us here by the river. The guards treat us decently.\"\n"
    assert who(having(text, "There are 1,200 of us here")) == speaker


LETTERS = ("Letters to the Editor\n\nMore than we were told\n\n"
           "Sir, your report of 3 May said 900 soldiers crossed at Kasumbalesa. I served 20 years on that border. "
           "The post registered 1,240 men in two days. A former colleague, Captain Paul Lenga, told me the lists went "
           "to the capital each night.\n"
           "Col. (ret.) Henri Mbala, Lubumbashi\n\n"
           "[Our figure came from the provincial governor. - Ed.]\n\n"
           "What I saw at the camp\n\n"
           "Dear Editor, my team fed about 400 men at Mokambo in June.\n"
           "Dr Grace Tshibanda, field coordinator, Relief Now\n")


@pytest.mark.parametrize("words, speaker, direct", [
    ("The post registered 1,240 men", ("named_person", "Henri Mbala"), True),
    ("I served 20 years on that border", ("named_person", "Henri Mbala"), True),
    # words the writer reports another said are the other's
    ("the lists went to the capital each night", ("named_person", "Paul Lenga"), False),
    ("my team fed about 400 men", ("named_person", "Grace Tshibanda"), True),
])
def test_a_signed_letters_sentences_are_its_signers(words, speaker, direct):
    row = having(LETTERS, words)
    assert (who(row), row["is_direct"]) == (speaker, direct)


def test_an_editors_reply_or_an_unsigned_salutation_is_no_letter():
    assert not [s for s in statements(LETTERS) if "provincial governor" in s["quote"]]
    speech = "Parliament debate\n\nSir, the minister told us 300 officers remain. I do not believe it.\n"
    assert not [s for s in statements(speech) if "I do not believe it" in s["quote"]]


def test_what_a_labelled_speaker_reports_another_said_is_the_others():
    text = ("Hearing of 4 May\n\nPresent: the Chairman, Mr. Adel Karim, and four members.\n\n"
            "Chairman: The Ministry of Defence says 212 men are held at the base.\n")
    row = having(text, "212 men are held at the base")
    assert (who(row), row["is_direct"]) == (("organization", "Ministry of Defence"), False)


def test_a_party_named_by_its_role_in_a_judgment_speaks_as_the_person_given_that_role():
    text = ("Judgment\n\n1. The applicant, Captain Ivo Marek, a national of Ruritania, was interned in 2024.\n\n"
            "12. The applicant submits that he is neither a prisoner of war nor a detainee. He further states that "
            "nine officers were arrested on their return.\n")
    row = having(text, "neither a prisoner of war")
    assert (who(row), row["is_direct"]) == (("named_person", "Ivo Marek"), False)


@pytest.mark.parametrize("text, speaker", [
    ("Chadian officials insist the men are guests, not prisoners.", ("anonymous", None)),
    ("A ministry official gave the paper a lower figure, saying that no more than 340 were still in Chad.",
     ("anonymous", None)),
    ("The Ghana Refugee Board reports that 1,700 former soldiers remain registered.",
     ("organization", "Ghana Refugee Board")),
])
def test_insisting_reporting_that_and_saying_that_are_speech(text, speaker):
    rows = statements(text)
    assert len(rows) == 1 and who(rows[0]) == speaker, rows


def test_section_headings_in_capitals_that_ask_a_question_are_no_interview():
    text = ("Tanzania starts sending Burundian soldiers home\n\n"
            "Our reporter in Kigoma, Neema Mushi, spoke to several of the men before they boarded.\n\n"
            "WHO IS GOING BACK?\n\n"
            "Most of the conscripts are going home. The army said 410 soldiers had boarded trucks by noon.\n\n"
            "WHAT HAPPENS NEXT?\n\n"
            "Officials expect the last group to leave on Friday.\n")
    said = [(s["quote"], s["speaker_name"]) for s in findings(text, "2025-05-03")["statements"]]
    # the writer's own sentences under the headings are nobody's words, least of all the reporter's
    assert not any(name == "Neema Mushi" for _, name in said)
    assert not any(quote.startswith("Most of the conscripts") for quote, _ in said)


@pytest.mark.parametrize("text, words, group", [
    ("The agency interviewed 63 officers at Al-Rutba in January. Most said they wished to go home.",
     "they wished to go home", "Most"),
    ("Monitors visited the camp in March. Some of the men told UNHCR staff they fear arrest.",
     "they fear arrest", "Some of the men"),
    ("Monitors visited the camp in March. At least 11 men told the monitors they had signed return forms.",
     "they had signed return forms", "At least 11 men"),
    ("The rights group met 40 detainees, and several of the soldiers say they want to testify.",
     "they want to testify", "several of the soldiers"),
])
def test_a_share_of_a_group_that_speaks_is_an_unnamed_speaker(text, words, group):
    # interviews report what part of the people met said, naming none of them
    row = having(text, words)
    assert (row["speaker_kind"], row["speaker_name"], row["speaker_text"], row["is_direct"]) == \
        ("anonymous", None, group, False)


@pytest.mark.parametrize("text", [
    "All told, some 2,300 have now gone back to Syria.",
    "Most of the difference is explained by dependants travelling with the soldiers.",
    "Some reports said that 3,000 crossed in total.",
])
def test_a_quantity_of_no_people_or_an_idiom_speaks_no_words(text):
    assert [s["speaker_text"] for s in statements(text)] == []


@pytest.mark.parametrize("text", [
    "Few of the officers accepted the new order, and Colonel Karim Jaber said so openly.",
    "The ministry said as much in March.",
    "The spokesman said nothing about the camp at Al-Rutba.",
])
def test_a_verb_whose_object_only_stands_for_words_said_before_reports_nothing(text):
    assert [(s["speaker_text"], s["quote"]) for s in statements(text)] == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    # where the words were said, and "here" in a dispatch, after a trailing speech verb close the sentence
    ("Some 130 soldiers have landed since June, the constabulary disclosed here today.", "the constabulary"),
    ("Only partial access has been given to the officers still held, the deputy spokesperson, Marta Lindqvist, "
     "told reporters at the noon briefing in New York on Monday.", "Marta Lindqvist"),
    ("About 40 men crossed overnight, the police said this morning.", "the police"),
])
def test_a_trailing_speech_verb_gives_the_clause_before_it(sentence, speaker):
    (row,) = statements(sentence)
    assert row["speaker_text"] == speaker and row["quote"] == sentence.split(",")[0]


@pytest.mark.parametrize(("sentence", "words"), [
    # a participle of speech after the clause of its speaker, or a progressive one, reports what was said
    ("The spokesman later revised the figure, telling reporters on Sunday that the final count was 2,493.",
     "the final count was 2,493"),
    ("The monitor published a report in January claiming that up to 300 officers were held.", "up to 300 officers"),
    ("The committee issued a statement demanding that the officers be released.", "the officers be released"),
    ("The governor is warning that the camp cannot hold more men.", "the camp cannot hold more men"),
    ("By the autumn a ministry lawyer was telling a court in Karkh that there were 87.", "there were 87"),
])
def test_a_participle_of_speech_reports_what_was_said(sentence, words):
    assert words in having(sentence, words)["quote"]


def test_an_article_before_a_body_noun_names_no_body():
    # "By the autumn a ministry lawyer told …": "the autumn a ministry" is no body speaking
    row = having("By the autumn a ministry lawyer told a court in Karkh that there were 86.", "there were 86")
    assert row["speaker_text"] == "a ministry lawyer"


def test_a_body_that_declares_speaks():
    text = ("SANTIAGO - Some 400 officers have fled to Argentina. The Junta, for its part, declares that no officer "
            "who surrenders will be molested.\n")
    row = having(text, "no officer who surrenders will be molested")
    assert row["verb"] == "declares"


@pytest.mark.parametrize(("sentence", "words", "speaker"), [
    ("The Mozambican government has accused Malawi of giving the rebels bases near the border.",
     "Malawi of giving the rebels bases", ("organization", None)),
    ("The Ministry of Foreign Affairs has asked Muscat to return the men.", "Muscat to return the men",
     ("organization", "Ministry of Foreign Affairs")),
    ("Colonel Idris Kamara promised that ordinary conscripts would not be punished.",
     "ordinary conscripts would not be punished", ("named_person", "Idris Kamara")),
])
def test_an_accusation_request_or_promise_is_a_statement(sentence, words, speaker):
    assert who(having(sentence, words)) == speaker


@pytest.mark.parametrize("sentence", [
    "He asked not to be named because he was not authorised to speak.",
    "She asked that her name not be used.",
    "The new authorities have pardoned conscripts, but not officers accused of abuses.",
])
def test_a_wish_to_stay_unnamed_or_an_accusation_that_describes_someone_reports_no_words(sentence):
    assert not statements(sentence)


def test_a_request_inside_what_a_trailing_speaker_said_is_that_speakers():
    text = ("Three Belarusian border guards crossed into Lithuania late on Monday and asked for protection, the State "
            "Border Guard Service said on Tuesday.")
    found = findings(text, PUB)
    assert [s["verb"] for s in found["statements"]] == ["said"]
    assert [c["count_text"] for c in found["counts"]] == ["Three"]


@pytest.mark.parametrize(("sentence", "words"), [
    ("About a dozen of the men at Taji are conscripts, according to the camp administration.",
     "About a dozen of the men at Taji are conscripts"),
    ("According to a ministry file, about 900 soldiers were transferred there.", "about 900 soldiers were transferred"),
    ("The returns took place in three batches, according to the reply.", "The returns took place in three batches"),
    ("According to the Commissariat's records, 29,108 men were interned.", "29,108 men were interned"),
])
def test_a_document_or_an_administration_named_after_according_to_is_the_source(sentence, words):
    assert having(sentence, words)["speaker_kind"] in ("organization", "anonymous")


@pytest.mark.parametrize("sentence", [
    "Iraq's defence minister told reporters that 130 officers remained.",
    "The defence minister said on Monday that 130 officers remained.",
])
def test_an_office_holder_named_by_portfolio_and_never_by_name_is_an_unnamed_speaker(sentence):
    assert who(having(sentence, "130 officers remained")) == ("anonymous", None)


def test_an_office_holder_named_by_portfolio_is_the_person_given_that_office_before():
    text = ("Defence Minister Thabet al-Abbasi visited the camp on Sunday. The defence minister told reporters that "
            "130 officers remained.")
    assert who(having(text, "130 officers remained")) == ("named_person", "Thabet al-Abbasi")


def test_a_definite_centre_or_cell_is_the_body_of_that_kind_named_before():
    text = ("The Syrian Centre for Justice published a report on Monday. The centre says it was not allowed to visit "
            "either Taji or Al-Marsana.")
    row = having(text, "it was not allowed to visit")
    assert row["speaker_kind"] == "organization"
    text = "The Security Media Cell issued a statement. The cell says 368 of them are officers."
    assert having(text, "368 of them are officers")["speaker_kind"] == "organization"


def test_another_of_the_people_just_quoted_is_an_unnamed_speaker():
    text = "One officer said he would wait. Another told me he would rather go to prison in Iraq."
    assert who(having(text, "he would rather go to prison")) == ("anonymous", None)


@pytest.mark.parametrize(("sentence", "words", "speaker_text"), [
    ("I am told that 140 or so of those who remain are officers.", "140 or so of those who remain", "I am told"),
    ("I was told clearly that Hungary will not send anybody back.", "Hungary will not send anybody back", "I was told"),
    ("I am told by an officer of their escort that fewer than 10,000 remain.", "fewer than 10,000 remain", "an officer"),
])
def test_what_the_writer_was_told_is_a_statement_of_the_source_the_by_phrase_names_else_an_unnamed_one(
        sentence, words, speaker_text):
    row = having(sentence, words)
    assert (row["speaker_kind"], row["speaker_text"]) == ("anonymous", speaker_text)


def test_a_judgment_summary_reports_counsel_and_the_court():
    text = ("Counsel for the petitioners, Adv. Ronit Sharabi, argued that successive governments had promised equal "
            "treatment. She submitted that the ministry had applied the criteria inconsistently.\n\n"
            "Writing for the panel, Justice Miriam Ben-Shahar held that the petitioners had not shown that the decision "
            "was unreasonable.")
    said = [(s["speaker_name"], s["quote"][:24]) for s in findings(text, "2009-11-18")["statements"]]
    assert said == [("Ronit Sharabi", "successive governments h"), ("Ronit Sharabi", "the ministry had applied"),
                    ("Miriam Ben-Shahar", "the petitioners had not ")]


def test_a_journalists_role_with_a_note_in_its_label_is_no_speaker():
    text = ("EVENING NEWS SCRIPT: Syrian soldiers handed back\n\n"
            "PRESENTER (STUDIO): Good evening. The Iraqi army this morning returned 1,905 Syrian soldiers.\n\n"
            "REPORTER (LIVE, AL-QAIM): Thank you. The first buses moved off shortly after seven this morning.")
    assert findings(text, "2024-12-19")["statements"] == []


def test_a_scripts_sound_bite_is_its_speakers_words():
    text = ("EVENING NEWS SCRIPT: Syrian soldiers handed back\n\n"
            "REPORTER (VOICE OVER): Brigadier General Khalid al-Fahdawi commands this sector of the border.\n\n"
            'SOUND BITE - FAHDAWI: "We received them as brothers and we return them as brothers."')
    said = [(s["speaker_name"], s["is_direct"]) for s in findings(text, "2024-12-19")["statements"]]
    assert said == [("Khalid al-Fahdawi", True)]


def test_it_after_a_body_issued_a_statement_is_that_body():
    text = ("The Ministry of Defence put out a short statement this afternoon. It said the soldiers who remain will "
            "stay under the protection of the Iraqi state.")
    said = [(s["speaker_kind"], s["speaker_name"]) for s in findings(text, "2024-12-19")["statements"]]
    assert said == [("organization", "Ministry of Defence")]


def test_it_after_a_body_issued_a_statement_in_a_reporters_turn_is_that_body():
    text = ("EVENING NEWS SCRIPT: Soldiers handed back\n\n"
            "REPORTER (LIVE): The Ministry of Defence put out a short statement this afternoon. It said the soldiers "
            "who remain will stay under the protection of the Iraqi state.")
    said = [(s["speaker_kind"], s["speaker_name"]) for s in findings(text, "2024-12-19")["statements"]]
    assert said == [("organization", "Ministry of Defence")]
