"""People and organisations named in sentences written for these tests (not seed wording).

A user checks: the person's name without the title, the role from the title or apposition, that short
forms ("Obeidi", "Al-Dulaimi") are the same person and not a second one, and that one body is one
organisation. xfail(strict) cases are known extractor errors found with the held-out articles.
"""

from __future__ import annotations

import pytest

from tests.extraction import findings


def mentions(text: str) -> list[dict]:
    return findings(text, "2025-01-15")["entity_mentions"]


def people(text: str) -> set[str]:
    return {m["name"] for m in mentions(text) if m["entity_type"] == "person"}


def orgs(text: str) -> set[str]:
    return {m["name"] for m in mentions(text) if m["entity_type"] == "organization"}


def role_of(text: str, name: str) -> str | None:
    roles = [m["role"] for m in mentions(text) if m["entity_type"] == "person" and m["name"] == name and m["role"]]
    return roles[0] if roles else None


@pytest.mark.parametrize("text, name, role_word", [
    ("Defence Minister Nasser al-Obeidi visited the camp.", "Nasser al-Obeidi", "Defence Minister"),
    ("Syrian Foreign Minister Asaad al-Shibani visited Baghdad.", "Asaad al-Shibani", "Foreign Minister"),
    ("Prime Minister Mohammed Shia al-Sudani met the envoy.", "Mohammed Shia al-Sudani", "Prime Minister"),
    ("Brigadier General Kamal Rashid inspected the site.", "Kamal Rashid", "Brigadier General"),
    # names written with their diacritics, and an academic title
    ("High Commissioner Léon Pignon visited the camp.", "Léon Pignon", "High Commissioner"),
    ("Foreign Minister Józef Beck crossed the bridge at Kuty.", "Józef Beck", "Foreign Minister"),
    ("Professor Radu Ionescu has studied the internment.", "Radu Ionescu", "Professor"),
])
def test_title_plus_name(text, name, role_word):
    assert people(text) == {name}
    assert role_word in (role_of(text, name) or "")


@pytest.mark.parametrize("text, name, role_word", [
    ("Lina Sabbagh, a Beirut-based researcher, said the officers were a bargaining chip.", "Lina Sabbagh", "researcher"),
    ("Muhannad al-Khazraji, a member of parliament, told Rudaw that the officers fear reprisals.",
     "Muhannad al-Khazraji", "member of parliament"),
    ("Lt. Col. Hamid al-Dulaimi, an officer with the Iraqi Border Guard Command, spoke to reporters.",
     "Hamid al-Dulaimi", "Iraqi Border Guard Command"),
    # a role before the name, with its complement
    ("Its ambassador to the United Nations in Geneva, Haris Mujagic, told reporters that the men had crossed.",
     "Haris Mujagic", "ambassador"),
])
def test_apposition_role(text, name, role_word):
    assert people(text) == {name}
    assert role_word in (role_of(text, name) or "")


@pytest.mark.parametrize("text, name", [
    ("Iraqi Defence Minister Thabet al-Abbasi said the officers would stay. "
     "Abbasi added that Iraq was seeking a legal solution.", "Thabet al-Abbasi"),
    ("Lt. Col. Hamid al-Dulaimi, an officer with the Iraqi Border Guard Command, spoke to reporters. "
     "Al-Dulaimi said the crossing was calm. Dulaimi added that more men were expected.", "Hamid al-Dulaimi"),
    ("Prime Minister Mohammed Shia al-Sudani has said Baghdad will not interfere. "
     "Sudani met the Syrian envoy on Monday.", "Mohammed Shia al-Sudani"),
    ("Syrian Foreign Minister Asaad al-Shibani visited Baghdad. Al-Shibani met Iraqi officials.", "Asaad al-Shibani"),
    # a hyphenated surname is one word of the name
    ("The camp is full, said Orit Ben-Haim, a spokeswoman. Ben-Haim said the men would move.", "Orit Ben-Haim"),
])
def test_short_forms_resolve_to_full_name_no_split(text, name):
    ms = [m for m in mentions(text) if m["entity_type"] == "person"]
    assert len(ms) >= 2 and {m["name"] for m in ms} == {name}


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence's capitalised opening word is no first name
    ("It was not safe at home. In April, 23 of them left for Turkey, officials said.", set()),
    # a single name the article says is a person's
    ("The man spoke on condition that only his first name, Denis, be published.", {"Denis"}),
    # a surname after an abbreviated title, whose full stop ends the capitalised run
    ("Gen. el-Masri told the inquiry that 90 men had crossed the pass.", {"el-Masri"}),
    # ... but not a sentence's first word after a title word that ended the sentence before
    ("The men were handed to the general. Nobody was forced onto a bus.", set()),
    # an office after an office is no name ("Deputy Chief of Staff")
    ("The witness was Brig. Olu Adeyemi, Deputy Chief of Staff for Logistics.", {"Olu Adeyemi"}),
    # a list item names people however capitalised the line, where a headline's capitals would not
    ("Witnesses\n- Major General Tomas Varga, Commander, Second Border Brigade\n- Eva Horvath, Spokeswoman, Interior Ministry",
     {"Tomas Varga", "Eva Horvath"}),
    ("Border Guards Hand Over Soldiers To Kinshasa Officials", set()),
    # a given name from any of the caseloads' languages opens a name with no other cue
    ("Every Sunday, Ngozi Okafor cooks for the family her brother left behind.", {"Ngozi Okafor"}),
    ("The book by Wojciech Zielinski follows the internees to the camps.", {"Wojciech Zielinski"}),
    # a full name whose surname speaks alone later in the article
    ("Thirty years on, Abdiqadir Hersi Jama keeps the list. \"We were three thousand,\" Jama says.",
     {"Abdiqadir Hersi Jama"}),
    # ... but not a place a speaker was at, nor a nationality, nor a label in capitals
    ("Federal troops crossed at Fort Presidio. An officer at Presidio wrote home that they were orderly.", set()),
    # ... nor a town of two words where people speak from ("those at Nong Khai say"), however often it recurs
    ("More landed at Nong Khai last Friday. Most of those at Nong Khai say they will not go back.", set()),
    ("The boats landed at Nong Khai. Officials in Nong Khai said 40 more had come.", set()),
    ("A French officer kept the tally. \"Eight thousand,\" the French said.", set()),
    # initials open a name, after a title or before a surname of two words; alone they name no one
    ("Mr. B. Chowdhury, the relief officer, counted 212 men.", {"B. Chowdhury"}),
    ("The camp was run by Lt. Col. S. K. Ray Barman until June.", {"S. K. Ray Barman"}),
    ("The U. S. Army said nothing about the men.", set()),
    # a profession in apposition is a person's role
    ("Quilla Dervan, a historian at the university, has read the consulate's books.", {"Quilla Dervan"}),
    ("Tavita Ioane, a fisherman in the village, saw them land.", {"Tavita Ioane"}),
    # so is a military rank, even one held then
    ("Somchai Boonmee, then a captain with a ranger unit, took their rifles.", {"Somchai Boonmee"}),
    ("Kiri Tapsell, a retired colonel, kept the register.", {"Kiri Tapsell"}),
    # the rest of an office's name ("… General for Humanitarian Affairs") is not part of the name after it
    ("Under-Secretary-General for Humanitarian Affairs Fatima Lindahl-Okoro said 300 had crossed.",
     {"Fatima Lindahl-Okoro"}),
    ("The High Commissioner for Refugees Amina Castellanos told the meeting that 90 remained.",
     {"Amina Castellanos"}),
    # after "government of", no office: no given name inside the run ("Haile") is cut out of it as a name
    ("Thousands fled after the fall of the government of Mengistu Haile Mariam in 1991.", set()),
])
def test_who_is_and_is_not_a_person(text, expected):
    assert people(text) == expected


def test_place_words_in_text_are_not_people():
    text = "Officials in Baghdad and Damascus discussed the Al-Qaim crossing with Anbar governor Ali Farhan."
    assert "Ali Farhan" in people(text)
    assert not people(text) & {"Baghdad", "Damascus", "Al-Qaim", "Anbar"}


@pytest.mark.parametrize(("outlet", "text", "times"), [
    ("The Kivu Ledger", "THE KIVU LEDGER | Weekly\n\nSoldiers crossed at Bunagana, a reader told The Kivu Ledger.", 2),
    # an outlet's short name is matched only as written: "Ria" is no word "ria"
    ("Ria", "The ria of the river was full. Ria reported that 40 soldiers crossed.", 1),
])
def test_the_publishing_outlet_named_in_its_own_article_is_an_organization(outlet, text, times):
    found = findings(text, "2025-01-15", outlet=outlet)["entity_mentions"]
    assert [m["name"] for m in found if m["entity_type"] == "organization"] == [outlet] * times


def test_named_body_is_one_organization():
    text = ("Iraq's Interior Ministry said the soldiers would be housed in Al-Rutba. "
            "The Iraqi Ministry of Interior later confirmed the move.")
    assert orgs(text) == {"Iraqi Ministry of Interior"}


def test_bare_ministry_joins_the_named_one():
    text = ("Iraq's Interior Ministry said the soldiers would be housed in Al-Rutba. "
            "Interior Ministry spokesman Raad Jabbar said 2,150 personnel had been counted.")
    assert orgs(text) == {"Iraqi Ministry of Interior"}


def test_possessive_country_body_not_split():
    text = ("Iraq's Joint Operations Command said the border was sealed. "
            "The Joint Operations Command later said that patrols had been doubled.")
    assert len(orgs(text)) == 1


def test_preposed_role_before_title():
    text = "Interior Ministry spokesman Brig. Gen. Raad Jabbar said the ministry had counted the men."
    assert people(text) == {"Raad Jabbar"}
    assert "spokesman" in (role_of(text, "Raad Jabbar") or "")


@pytest.mark.xfail(strict=True, reason="org_patterns.csv: lower-case 'security and defense committee' (US "
                   "spelling, inside \"the Iraqi parliament's …\") is not recognised")
def test_lowercase_committee_us_spelling():
    text = ("Muhannad al-Khazraji, a member of the Iraqi parliament's security and defense committee, "
            "said the officers fear reprisals.")
    assert any("Security and Defence Committee" in o or "Security and Defense Committee" in o for o in orgs(text))


def test_bare_assad_is_a_person():
    assert people("The collapse ended over 50 years of Assad rule.")


@pytest.mark.parametrize("text, name", [
    ("Pilots of the Afghan Air Force flew 46 aircraft north.", "Afghan Air Force"),
    ("For the Arakan Army, the border posts were a prize.", "Arakan Army"),
    ("Forty-five Myanmar Army soldiers crossed on Sunday.", "Myanmar Army"),
    ("Units of the Assam Rifles met them at the border.", "Assam Rifles"),
    ("Border Guard Bangladesh (BGB) said the BGB had disarmed them.", "Border Guard Bangladesh"),
    ("the Chadian army disarmed them near the border.", "Chadian Army"),
    ("The Riverside Monitoring Consortium visited the camp.", "Riverside Monitoring Consortium"),
    ("Volunteers of the Kivu Red Cross Society met them.", "Kivu Red Cross Society"),
    ("The Lakeland Refugee Board registered 300 of them.", "Lakeland Refugee Board"),
])
def test_bodies_of_any_country_by_shape(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize("text, name", [
    ("A brigadier in the Directorate of Military Intelligence told the embassy that 300 men entered.",
     "Directorate of Military Intelligence"),
    ("Officers of the Army of the Republic of Vietnam reached the base.", "Army of the Republic of Vietnam"),
])
def test_a_body_named_by_its_head_first_is_a_body_not_a_person(text, name):
    assert name in orgs(text)
    assert not people(text)


@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Nigerian Army on Monday said 93 soldiers had returned.", "Nigerian Army"),
    ("The Security and Defence Committee on February 12 heard the minister.", "Security and Defence Committee"),
])
def test_a_body_named_before_a_day_or_month_does_not_run_into_it(text, name):
    found = orgs(text)
    assert name in found and not any("Monday" in o or "February" in o for o in found), found


def test_an_outlet_cited_at_a_paragraph_end_stops_there():
    found = orgs("A local official told EastMojo.\n\nA second official spoke later.")
    assert "EastMojo" in found and not any("\n" in o for o in found)


def test_a_defined_acronym_names_its_body_wherever_it_is_used():
    text = "Border Guard Bangladesh (BGB) said on Sunday. Later the BGB moved them to Teknaf."
    assert [m["name"] for m in findings(text, "2024-02-05")["entity_mentions"]
            if m["surface"] == "BGB"] == ["Border Guard Bangladesh", "Border Guard Bangladesh"]


def test_a_ministry_followed_by_of_and_a_verb_is_still_the_ministry():
    text = ("A lawmaker accused the defence ministry of hiding the true number. "
            "The ministry had told parliament that only 61 officers remain.")
    assert orgs(text) == {"Ministry of Defence"}
    # the lawmaker's accusation is a statement of its own, by an unnamed speaker
    assert [s["speaker_name"] for s in findings(text, "2025-10-22")["statements"]] == [None, "Ministry of Defence"]


@pytest.mark.parametrize(("text", "names"), [
    # a byline or credit line is as short and unpunctuated as a headline, but it names people
    ("Iraq returns soldiers\n\nBy Kamal Nouri\n\nBAGHDAD - Some 300 soldiers crossed, officials said.", {"Kamal Nouri"}),
    ("Soldiers cross\n\nBy Grace Obua and Peter Ladu\n\nSome 300 soldiers crossed, officials said.",
     {"Grace Obua", "Peter Ladu"}),
    ("Some 300 soldiers crossed, officials said.\n\nCompiled and annotated by Tomas Ekwueme",
     {"Tomas Ekwueme"}),
    # a headline's capitalised words are still no one
    ("Border Guards Count Arrivals\n\nSome 300 soldiers crossed, officials said.", set()),
])
def test_names_in_a_credit_line_are_people(text, names):
    assert people(text) == names


def test_the_line_signing_a_letter_names_a_person_and_a_heading_in_capitals_does_not():
    text = ("Letters\n\nSir, your report of 3 May said 900 soldiers crossed. The post registered 1,240.\n"
            "Col. (ret.) Henri Mbala, Lubumbashi\n\nSir, we fed about 400 men at the camp.\nGrace Tshibanda, Kolwezi\n\n"
            "The figures were checked.\n\nKEY FIGURES\n\nAbout 400 remain.\n")
    assert {"Henri Mbala", "Grace Tshibanda"} <= people(text)
    assert "KEY FIGURES" not in people(text)
