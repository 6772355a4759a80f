"""Places the gazetteer lacks, named by what they are: kept without coordinates, in the right country."""

from __future__ import annotations

import pytest

from pipeline.extract.doc import ArticleDoc
from tests.extraction import findings


def described(text: str) -> dict[str, tuple[str, str]]:
    doc = ArticleDoc("t", text, "en", "2024-05-02")
    return {p.name: (p.feature_type, p.country_code) for p in doc.mentions.described}


def test_the_town_of_a_small_place_is_kept_in_the_country_its_words_give():
    assert described("The men reached the Malian town of Fassala late on Tuesday.") == {
        "Fassala": ("populated_place", "ML")}


@pytest.mark.parametrize(("text", "places"), [
    # an island group, an island, a district named by its kind
    ("About 150 rebels crossed the strait to the Shortland Islands, in Solomon Islands, this year.",
     {"Shortland Islands": ("region", "SB")}),
    ("Another 30 landed on the island of Fauro, in Solomon Islands.", {"Fauro": ("region", "SB")}),
    ("A count in the Ngami Lake district of Botswana recorded 1,175 refugees.", {"Ngami Lake district": ("admin2", "BW")}),
])
def test_islands_and_districts_the_gazetteer_lacks_are_named_by_their_kind(text, places):
    assert described(text) == places


def test_a_name_opening_on_an_abbreviated_word_keeps_it():
    # "St." is not the name cut at its stop
    assert described("The raiders fell back into Vermont, in the United States, from the village of St. Armand.") == {
        "St. Armand": ("populated_place", "US")}


def test_a_site_named_by_its_kind_takes_the_country_of_the_nearest_known_place():
    places = described("Dozens of soldiers walked across the Kerem Bridge into Mauritania on Monday.")
    assert places == {"Kerem Bridge": ("border_crossing", "MR")}


def test_a_known_place_inside_a_described_site_yields_to_the_site():
    rows = findings("About 40 soldiers crossed at Tirana airport into Albania on Monday.", "2024-05-02")
    surfaces = {m["surface"] for m in rows["location_mentions"]}
    assert "Tirana airport" in surfaces and "Tirana" not in surfaces


def test_a_figure_is_placed_at_the_described_crossing():
    rows = findings("Some 120 Malian soldiers crossed into Mauritania through the Gogui border post on Sunday.",
                    "2024-05-02")
    assert [r["location_text"] for r in rows["counts"]] == ["Gogui border post"]
    assert rows["counts"][0]["location_id"].startswith("article:mr:border_crossing:")


def test_capitalised_words_that_name_no_place_are_not_places():
    assert described("The Border crossing was closed. On Monday camp officials said the base was full.") == {}


def test_without_any_country_a_described_place_is_left_out():
    assert described("They slept in the village of Nowhereville.") == {}


def test_where_people_crossed_is_a_place_even_when_the_gazetteer_lacks_it():
    assert described("Some 437 soldiers had crossed into Cameroon at Fotokol, where they were disarmed.") == {
        "Fotokol": ("populated_place", "CM")}


def test_a_crossing_named_by_its_kind_and_names_with_particles():
    assert described("They were driven to the Ras Jedir crossing into Tunisia.") == {
        "Ras Jedir crossing": ("border_crossing", "TN")}
    assert described("The men fled through Ain el Sahwa into Egypt.") == {"Ain el Sahwa": ("populated_place", "EG")}


def test_once_read_every_other_mention_of_the_town_is_that_town():
    rows = findings("Soldiers reached the Malian town of Fassala on Monday. In Fassala, 143 soldiers were disarmed.",
                    "2024-05-27")
    assert [m["surface"] for m in rows["location_mentions"]].count("Fassala") == 2


def test_a_sentence_opening_word_before_a_kind_word_is_no_place():
    assert described("Also crossing were some 40 customs employees into Jordan.") == {}


@pytest.mark.parametrize(("text", "expected"), [
    # a region or park named with its kind word, the possessor being a known country
    ("Dozens of soldiers slipped into Senegal's Casamance region before dawn.", {"Casamance region": ("region", "SN")}),
    ("Some 700 fighters reached Garamba National Park in the Democratic Republic of the Congo.",
     {"Garamba National Park": ("region", "CD")}),
    # the town a camp or headquarters stands in
    ("Since then 540 have been flown to a UN camp at Munigi, near Goma in DR Congo.", {"Munigi": ("populated_place", "CD")}),
    # where people were registered or driven back to
    ("The mission registered 755 combatants at Nagero in the Democratic Republic of the Congo.",
     {"Nagero": ("populated_place", "CD")}),
    ("On Thursday 112 soldiers were driven back from Senegal at Seleti in army trucks.",
     {"Seleti": ("populated_place", "SN")}),
])
def test_regions_parks_and_towns_named_by_what_stands_or_happens_there(text, expected):
    assert described(text) == expected


@pytest.mark.parametrize("text", [
    "Some 400 former soldiers are accommodated at the separation facility at Kpobli, in Liberia.",
    "The men were taken to a transit site at Kpobli, inside Liberia.",
    "About 80 officers are held in a walled compound at Kpobli in Liberia.",
])
def test_the_town_a_facility_or_site_stands_in_is_a_place(text):
    assert described(text) == {"Kpobli": ("populated_place", "LR")}


@pytest.mark.parametrize(("text", "expected"), [
    # a name the next words say is a village or a town, with adjectives or a nationality before the kind
    ("Some 25,000 are living along a road at Kupljensko, a deserted village about 10 kilometres inside Croatia.",
     {"Kupljensko": ("populated_place", "HR")}),
    ("About 300 soldiers were disarmed in Mbaiki, a small Central African town near the border.",
     {"Mbaiki": ("populated_place", "CF")}),
    # ... not a person the next words say holds a village's office
    ("More than 40 fighters crossed into Uganda, said Okello, a village elder in the district.", {}),
])
def test_a_name_set_beside_a_village_or_town_is_that_place(text, expected):
    assert described(text) == expected


def test_a_quoted_title_of_a_work_is_no_place_wherever_the_article_names_it():
    text = ("Review: 'The Long Crossing' counts the Estonians who ran to Sweden\n\n"
            "The Long Crossing: Estonian Soldiers in Finland, 1943-1946\n\n"
            "The book follows 3,400 men who crossed into Finland. Near Tornio, at the Haparanda crossing, "
            "officials counted them.")
    assert "The Long Crossing" not in described(text) and "Long Crossing" not in described(text)
    assert "Haparanda crossing" in described(text)


def test_a_name_and_a_kind_word_on_different_lines_are_no_place():
    # a title line, then a section heading that is a kind word
    text = "Internment of Lebrun\n\nCrossing\n\nThe French troops crossed into Switzerland at Les Verrieres.\n"
    assert not any("\n" in name for name in described(text))
