"""Place gazetteer and matcher: what a reader of the dataset would check."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.doc import ArticleDoc
from pipeline.extract.packs import rules_for, topic_rules
from pipeline.extract.places.facilities import generic_facility_mentions
from pipeline.extract.places.gazetteer import load_gazetteer
from pipeline.extract.places.matcher import match_places
from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.text.folding import fold

GAZ = load_gazetteer(topic_rules())
RULES = rules_for("en")
# Rough national bounding boxes (lat_min, lat_max, lon_min, lon_max).
BOXES = {"IQ": (29.0, 37.5, 38.7, 48.7), "SY": (32.3, 37.4, 35.6, 42.4)}


def names(text: str) -> list[tuple[str, str]]:
    """(surface, place name) as an article would resolve them, with its country context."""
    doc = ArticleDoc("t", text, "en")
    return [(m.surface, GAZ.get(m.location_id).name) for m in doc.mentions.places]


def matches(text: str):
    return match_places(text, GAZ, RULES)


def seed(prefix: str) -> str:
    return next(DEFAULT_ARTICLES_DIR.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def known_as(location_id: str, gold: str) -> bool:
    """The acceptance scorer's rule: gold equals the name or an alias after folding."""
    p = GAZ.get(location_id)
    return fold(gold) in {fold(n) for n in (p.name, *p.aliases)}


@pytest.mark.parametrize("prefix, gold", [
    ("000", {"Camp Taji", "Baghdad", "Iraq", "Syria", "Al-Qaim"}),
    ("001", {"Baghdad", "Syria", "Iraq", "Al-Bukamal", "Al-Qaim", "Anbar", "Damascus"}),
    ("002", {"Baghdad", "Iraq", "Syria", "Damascus", "Rutba", "Anbar"}),
    ("003", {"Erbil", "Baghdad", "Iraq", "Syria", "Damascus", "Al-Qaim", "Al-Bukamal", "Idlib"}),
    ("004", {"Iraq", "Syria", "Anbar", "Damascus", "Al-Qaim", "Rutba", "Al-Marsana Airfield"}),
])
def test_seed_locations_are_found_under_gold_names(prefix: str, gold: set[str]) -> None:
    found = {m.location_id for m in ArticleDoc("t", seed(prefix), "en").mentions.places}
    for g in gold:
        assert any(known_as(lid, g) for lid in found), (g, found)


def test_seed_offsets_exact_and_sorted_without_overlap() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        text = seed(prefix)
        ms = matches(text)
        assert all(text[m.start : m.end] == m.surface for m in ms)
        assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
        assert matches(text) == ms


@pytest.mark.parametrize("text, surface, name", [
    ("confined to Camp Taji, north of Baghdad", "Camp Taji", "Camp Taji"),
    ("crossed through the Al-Qaim border crossing on 7-8 December", "Al-Qaim border crossing",
     "Al-Qaim Border Crossing"),
    ("housed in the border town of Al-Qaim in western Anbar province", "Al-Qaim", "Al-Qaim"),
    ("in western Anbar province.", "Anbar province", "Anbar"),
    ("remain in Rutba, Al-Anbar province, under", "Al-Anbar province", "Anbar"),
    ("remain in Rutba, Al-Anbar province, under", "Rutba", "Al-Rutba"),
    ("a military base in Al-Rutba district.", "Al-Rutba district", "Al-Rutba"),
    ("moved to the Al-Marsana military airfield", "Al-Marsana military airfield",
     "Al-Marsana Airfield"),
    ("officers held at Marsanat near the border", "Marsanat", "Al-Marsana Airfield"),
    ("crossed from the Al-Bukamal border area after", "Al-Bukamal border area", "Al-Bukamal"),
    ("an attack from Idlib Governorate, rapidly", "Idlib Governorate", "Idlib"),
    ("ERBIL (Kurdistan 24) - Reports", "ERBIL", "Erbil"),
    ("the capital, Damascus, fell", "Damascus", "Damascus"),
    ("troops massed near Abu Kamal before dawn", "Abu Kamal", "Al-Bukamal"),
    ("the men returned via the Husaybah crossing last week", "Husaybah crossing",
     "Al-Qaim Border Crossing"),
    ("prisoners held at Ain al-Asad air base", "Ain al-Asad air base", "Ain al-Asad Air Base"),
    ("they were flown to Erbil from Irbil's airport", "Irbil", "Erbil"),
    ("returned through the Trebil crossing", "Trebil crossing", "Trebil Border Crossing"),
    ("aid reached the Al-Hol camp in Hasakah", "Al-Hol camp", "Al-Hol Camp"),
    ("the Taji camp, 30 km north of the capital", "Taji camp", "Camp Taji"),
    # bare "Taji" in this caseload is the army base where the officers are held
    ("clashes in Taji, north of Baghdad", "Taji", "Camp Taji"),
    ("an interview with France 24 on Friday", "France", "France"),
    ("US troops at the Al-Tanf garrison", "US", "United States"),
    # news style since 1997: "Congo" alone is the Democratic Republic; the other is "Republic of Congo"
    ("the fighters crossed into Congo in mid-August", "Congo", "DR Congo"),
    ("the fighters crossed into the Republic of the Congo", "Republic of the Congo", "Republic of the Congo"),
    ("the fighters crossed into Congo-Brazzaville", "Congo-Brazzaville", "Republic of the Congo"),
    # a country's former name, as histories and older reports write it, is the country, and stays among its names
    ("the division walked into Burma in 1950", "Burma", "Myanmar"),
    ("Mobutu's troops fled Zaire in 1997", "Zaire", "DR Congo"),
    ("a coup in Upper Volta", "Upper Volta", "Burkina Faso"),
    # a colony's name stands for the one country that succeeded it
    ("the Herero who crossed into the Bechuanaland Protectorate", "Bechuanaland Protectorate", "Botswana"),
    ("guerrillas based in Rhodesia", "Rhodesia", "Zimbabwe"),
    ("the army of East Pakistan", "East Pakistan", "Bangladesh"),
])
def test_mentions_in_other_outlets_styles(text: str, surface: str, name: str) -> None:
    assert (surface, name) in [(m.surface, GAZ.get(m.location_id).name) for m in matches(text)]


@pytest.mark.parametrize("variant", ["Al Qa'im", "al-Qaim", "Al-Qa’im", "AL-QAIM", "Al Qā’im", "Qaim"])
def test_fold_variants_resolve_to_the_town(variant: str) -> None:
    assert names(f"Officials in {variant} said") == [(variant, "Al-Qaim")]


def test_possessive_is_a_mention_without_the_s() -> None:
    assert names("Iraq’s capital and Syria's coast") == [("Iraq", "Iraq"), ("Syria", "Syria")]


def test_a_name_owning_a_numbered_unit_is_its_commander_not_a_town() -> None:
    # "Gai" is also a Russian town's name; a country keeps its units
    text = "Red Army men crossed from Russia, most of them from Gai's 3rd Cavalry Corps and Russia's 4th Army."
    assert names(text) == [("Russia", "Russia"), ("Russia", "Russia")]


@pytest.mark.parametrize("text", [
    "Iraqi officials and Syrian soldiers met",
    "the camp held syria and iraq delegates",  # lower case is never a name
    "Interior Minister Fouad Hussein met Turki Mohammed and Ali Abbas",
    "It was a big hit with Ana and Diana",
    "Hay’at Tahrir al-Sham fighters loyal to Bashar al-Assad",
    "in Latin America us and them",
])
def test_no_match_for_demonyms_words_and_stoplisted_names(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize("opening", ["More", "Most", "Still", "Over"])
def test_an_english_word_opening_a_sentence_is_no_town_of_a_country_the_article_names(opening) -> None:
    # "More" is an alternate name of Morez, "Most" a Czech town, "Still" and "Over" French and English villages
    text = (f"France, Britain and the Czech Republic sent observers. {opening} than 2,000 of the soldiers have since "
            "gone home to Syria.")
    assert [place for _, place in names(text)] == ["France", "United Kingdom", "Czech Republic", "Syria"]


@pytest.mark.parametrize("text", ["The CIA cut its support in 1969.", "It was backed by the CIA and MI6.",
                                  "King Birendra's government moved against the guerrillas."])
def test_an_acronym_or_a_title_is_no_place_of_a_country_the_article_names(text) -> None:
    # with the United States named, "Cia" (an alternate name of Zia Pueblo, New Mexico) and King, North Carolina
    # are searched; written "CIA" it is the agency, and "King" before a name is a title
    prefix = "POKHARA, Nepal - The force was built with money from the United States. "
    assert [place for _, place in names(prefix + text)] == ["Pokhara", "Nepal", "United States"]


US_NAMED = "WASHINGTON - The United States sent observers to the United States border. "


@pytest.mark.parametrize("opening, text, places", [
    (US_NAMED, "It was an episode of the Cold War.", ["Washington", "United States", "United States"]),
    (US_NAMED, "About 2,500 were moved to Fort Ino.", ["Washington", "United States", "United States"]),
    ("ALOR SETAR, Malaysia - ", "Thai officials said the men had left.", ["Alor Setar", "Malaysia"]),
    ("ROME, Italy - ", "They crossed ahead of Marshal Tito's army.", ["Rome", "Italy"]),
])
def test_words_of_names_titles_and_nationalities_are_no_towns_they_alias(opening, text, places) -> None:
    # War (West Virginia), Fort (an alternate name of Augusta), Thai (an alternate name of Alor Setar) and Tito
    # (Italy) are searched once their countries are named
    assert [place for _, place in names(opening + text)] == places


def test_a_dateline_in_capitals_still_names_its_town() -> None:
    assert names("DEIR EZ-ZOR - The committee met again.")[0][1] == "Deir ez-Zor"


def test_stoplisted_name_matches_with_a_feature_word() -> None:
    assert names("fighting in Hit district") == [("Hit district", "Hit")]


def test_a_compass_word_before_a_country_is_no_region_of_that_name() -> None:
    # Cameroon's West region is "West" in ISO 3166-2; "West Cameroon" is the country's western part
    text = "Thousands of soldiers crossed from Nigeria into West Cameroon, where they reached Mamfe, Cameroon."
    assert [place for _, place in names(text)] == ["Nigeria", "Cameroon", "Mamfe", "Cameroon"]


def test_generic_facility_phrases() -> None:
    text = ("relocated to an Iraqi army camp north of Baghdad. They cannot leave the base or "
            "the airfield, unlike those in Camp Taji or in temporary camps.")
    found = [(text[span.start:span.end], t) for span, t in generic_facility_mentions(text, RULES)]
    assert found == [("an Iraqi army camp", "camp"), ("the base", "military_base"),
                     ("the airfield", "airfield")]


def test_gazetteer_entries_and_ids() -> None:
    assert GAZ.get("iso3166:IQ").name == "Iraq"
    assert GAZ.get("iso3166-2:IQ-AN").name == "Anbar"
    iraq = GAZ.country_index("IQ")
    assert [e.place.location_id for e in iraq.get("qaim")] == ["geonames:92138"]  # overridden, not duplicated
    assert GAZ.get("geonames:92138").name == "Al-Qaim"
    assert known_as("geonames:98677", "Rutba") and known_as("geonames:174448", "Abu Kamal")
    turkey = GAZ.get("iso3166:TR")
    assert "Türkiye" in turkey.aliases and turkey.lat is not None
    assert "Burma" in GAZ.get("iso3166:MM").aliases and "Ceylon" in GAZ.get("iso3166:LK").aliases
    assert GAZ.get("iso3166:IQ").precision == 6 and GAZ.get("geonames:92138").precision == 2


def test_iraq_and_syria_places_lie_in_their_country() -> None:
    placed = [e.place for cc in BOXES for entries in GAZ.country_index(cc).entries.values() for e in entries
              if e.place.country_code in BOXES and e.place.lat is not None]
    assert len({p.location_id for p in placed}) > 180
    for p in placed:
        lat0, lat1, lon0, lon1 = BOXES[p.country_code]
        assert lat0 <= p.lat <= lat1 and lon0 <= p.lon <= lon1, p


@pytest.mark.parametrize("text, surface, name, country", [
    ("Myanmar soldiers fled into Bangladesh and were sheltered in Teknaf.", "Teknaf", "Teknaf", "BD"),
    ("They were moved from Cox's Bazar, Bangladesh, by ship.", "Cox's Bazar", "Cox's Bazar", "BD"),
    ("Afghan pilots landed at Termez, Uzbekistan.", "Termez", "Tirmiz", "UZ"),
    ("Sudanese troops crossed into Chad near Adré.", "Adré", "Adre", "TD"),
    ("Myanmar troops fled to Mizoram, India, on Sunday.", "Mizoram", "Mizoram", "IN"),
    ("Fighting in Rakhine State drove Myanmar border guards into Bangladesh.", "Rakhine State", "Rakhine", "MM"),
    # a name joined by a lower-case connector of its own language
    ("In Germany, the internees were taken to Frankfurt am Main by train.", "Frankfurt am Main", "Frankfurt am Main",
     "DE"),
])
def test_places_of_any_country_in_its_articles(text, surface, name, country) -> None:
    found = {(m.surface, GAZ.get(m.location_id).country_code) for m in ArticleDoc("t", text, "en").mentions.places}
    assert (surface, country) in found
    assert any(fold(name) == fold(n) or known_as(m.location_id, name)
               for m in ArticleDoc("t", text, "en").mentions.places if m.surface == surface for n in [name])


def test_a_word_inside_a_hyphenated_name_is_no_place_of_its_own() -> None:
    # "Mer" is a French town too: inside "Argelès-sur-Mer" it is not one
    assert "Mer" not in {surface for surface, _ in names("France opened the border to the Spanish army. In France, at "
                                                       "Argelès-sur-Mer, 75,000 men were held on the sand.")}


def test_a_town_of_a_country_the_article_does_not_name_is_no_place() -> None:
    # "Police" is a Polish town, "Reading" an English one: neither in an article about Iraq.
    assert names("Iraqi Police said Reading the report was hard.") == []


def test_a_person_named_like_a_village_stays_a_person() -> None:
    doc = ArticleDoc("t", "Iraqi analyst Ahmad Al-Nuaimi and Defence Minister Thabet al-Abbasi spoke.", "en")
    assert {p.name for p in doc.mentions.people} >= {"Ahmad Al-Nuaimi", "Thabet al-Abbasi"}
    assert [m.surface for m in doc.mentions.places] == []


def test_an_article_in_a_language_with_no_pack_yields_no_rows() -> None:
    doc = ArticleDoc("t", "Des soldats syriens sont arrivés à Al-Qaim, en Irak.", "fr")
    assert not doc.readable and doc.counts == [] and doc.statements == []
    assert doc.mentions.places == [] and doc.mentions.orgs == [] and doc.mentions.people == []


def test_a_country_named_in_passing_brings_in_none_of_its_villages() -> None:
    text = ("Afghan pilots landed in Uzbekistan. Uzbekistan held them near the Friendship Bridge, "
            "officials said, as US troops left Afghanistan.")
    found = ArticleDoc("t", text, "en").mentions.places
    assert "Friendship" not in {m.surface for m in found}  # a US town; the US is named only in passing
    assert {m.surface for m in found} >= {"Uzbekistan", "Afghanistan"}


def test_a_described_site_the_gazetteer_knows_by_its_whole_name_is_that_site() -> None:
    # "Al-Qaim-Al-Bukamal crossing" is one of the curated crossing's names: no new place of the article's own
    doc = ArticleDoc("t", "Some 300 soldiers were returned through the Al-Qaim-Al-Bukamal crossing on Monday.", "en")
    assert [(m.surface, m.location_id) for m in doc.mentions.places] == [
        ("Al-Qaim-Al-Bukamal crossing", "curated:al-qaim-border-crossing")]
    assert doc.mentions.described == ()


def test_a_changed_topic_place_table_is_a_new_index_cache(tmp_path) -> None:
    from pipeline.extract.places.index_cache import fingerprint
    from pipeline.text.rules import RuleSet

    (tmp_path / "places_curated_sites.csv").write_text("slug,name\na,Camp A\n", encoding="utf-8")
    before = fingerprint(RuleSet(tmp_path))
    fingerprint.cache_clear()
    (tmp_path / "places_curated_sites.csv").write_text("slug,name\na,Camp B\n", encoding="utf-8")
    assert fingerprint(RuleSet(tmp_path)) != before


@pytest.mark.parametrize(("text", "country"), [
    ("Hundreds of soldiers fled into the Democratic Republic of the Congo.", "CD"),
    ("Hundreds of soldiers fled into the Democratic Republic of Congo.", "CD"),
    ("Some 40 officers flew to Bosnia and Herzegovina.", "BA"),
])
def test_a_country_name_holding_lower_case_connectors_is_one_name(text, country):
    doc = ArticleDoc("t", text, "en", "2024-05-02")
    assert [(p.feature_type, p.country_code) for p in doc.mentions.count_places] == [("country", country)]


def test_a_natural_feature_word_ends_the_name_before_it_not_the_next_name():
    # "the Panj River" is no town called River; "the mountains near Lang Son" still names Lang Son
    assert names("Chinese troops fled into Vietnam. They came over the mountains near Lang Son.") == [
        ("Vietnam", "Vietnam"), ("Lang Son", "Lang Son")]
    assert [surface for surface, _ in names("Afghan troops crossed the Panj River into Tajikistan.")] == ["Tajikistan"]


def test_a_headline_in_capitals_names_only_places_the_article_names_or_well_known_ones():
    # a 1959 wire story whose headline is set in capitals ("418 BATISTA MEN FIND HAVEN IN TRUJILLO'S REPUBLIC; …")
    text = next((Path(__file__).parent / "fixtures" / "blind56").glob("5607_*.txt")).read_text(encoding="utf-8")
    found = [text[m.start:m.end] for m in ArticleDoc("t", text, "en").mentions.places]
    assert "HAVEN" not in found and "REPUBLIC" not in found and "WAR" not in found
    assert "HAVANA" in found and "Havana" in found


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence-opening preposition and a statesman's name
    ("In 1914 a brigade of Winston Churchill's naval infantry crossed into the Netherlands near Hulst. From "
     "1916 the men were allowed home to Britain on leave.", ["Netherlands", "Hulst", "Britain"]),
    # a river crossed ("back across the Araks"), not the village of that name; a town after "across" is still one
    ("Armenian fighters crossed into Persia. By the spring, more than 800 had come back across the Araks to "
     "Armenia, and others went on across Tabriz to the south.", ["Persia", "Armenia", "Tabriz"]),
    # "the Porte" is the Ottoman government: an Italian legion beside the men brings Italy's towns in, among them a
    # village called Porte
    ("In 1849 the Porte moved the Hungarian soldiers and some 30 Italians from Vidin in Bulgaria to Italy.",
     ["Vidin", "Bulgaria", "Italy"]),
])
def test_words_that_look_like_place_names_and_name_none(text, expected):
    assert [surface for surface, _ in names(text)] == expected


def test_a_former_name_of_a_country_brings_in_its_towns_under_their_old_names():
    text = "In 1900 the commandos crossed into Portuguese East Africa and were held near Lourenço Marques."
    assert names(text) == [("Portuguese East Africa", "Mozambique"), ("Lourenço Marques", "Maputo")]


def test_the_soviet_union_is_a_place_a_former_name_of_russia_not_an_organisation():
    text = "In 1933 dozens of the Chinese soldiers chose to stay in the Soviet Union, and the USSR let them."
    assert names(text) == [("Soviet Union", "Russia"), ("USSR", "Russia")]
    doc = ArticleDoc("a1", text, "en", "2025-08-30")
    assert [org.surface for org in doc.mentions.orgs] == []


def test_a_verb_opening_a_sentence_is_no_town_of_that_name():
    text = "The column turned north from Romania. Cut off by the Red Army, it crossed into Poland."
    assert [surface for surface, _ in names(text)] == ["Romania", "Poland"]
