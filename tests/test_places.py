"""What a user checks about place extraction: the right place, exact offsets, no false hits."""

from __future__ import annotations

import time

import pytest

from pipeline.extract.gazetteer import Place, load_gazetteer
from pipeline.extract.places import generic_facility_mentions, match_places
from pipeline.extract.text import fold
from pipeline.paths import DEFAULT_ARTICLES_DIR

GAZ = load_gazetteer()
BBOX = {"IQ": (29.0, 37.5, 38.7, 48.7), "SY": (32.2, 37.4, 35.6, 42.5)}  # lat, lat, lon, lon


def names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, GAZ.get(m.location_id).name) for m in match_places(text, GAZ)]


def place_of(text: str) -> Place:
    (m,) = match_places(text, GAZ)
    return GAZ.get(m.location_id)


@pytest.mark.parametrize("text, surface, name", [
    ("Troops were held at Camp Taji for weeks.", "Camp Taji", "Camp Taji"),
    ("Talks were held in Baghdad on Monday.", "Baghdad", "Baghdad"),
    ("Convoys left the town of al-Qaim at dawn.", "al-Qaim", "Al-Qaim"),
    ("The mayor of Al Qa'im spoke.", "Al Qa'im", "Al-Qaim"),
    ("The mayor of Al-Qa’im spoke.", "Al-Qa’im", "Al-Qaim"),
    ("Shelling hit Abu Kamal overnight.", "Abu Kamal", "Al-Bukamal"),
    ("Families gathered in Al-Anbar province.", "Al-Anbar province", "Anbar"),
    ("Tribes of western Anbar province met.", "Anbar province", "Anbar"),
    ("Trucks reached Rutbah by noon.", "Rutbah", "Al-Rutba"),
    ("Trucks reached Ar-Rutba by noon.", "Ar-Rutba", "Al-Rutba"),
    ("The unit moved to Marsanat last week.", "Marsanat", "Al-Marsana Airfield"),
    ("A flight from Damascus landed.", "Damascus", "Damascus"),
    ("Officials in Hawler said so.", "Hawler", "Erbil"),
    ("Fighting spread from Idlib.", "Idlib", "Idlib"),
    ("Paris and France agreed.", "France", "France"),
    ("Ankara, Türkiye's capital.", "Türkiye", "Turkey"),
    ("Relations with the U.S. improved.", "U.S.", "United States"),
])
def test_place_resolves(text: str, surface: str, name: str) -> None:
    found = names(text)
    assert (surface, name) in found, found


def test_descriptor_selects_feature_type() -> None:
    crossing = place_of("They crossed at the Al-Qaim border crossing on Sunday.")
    town = place_of("They crossed near Al-Qaim on Sunday.")
    assert crossing.feature_type == "border_crossing" and town.feature_type == "populated_place"
    assert place_of("Guns fell silent in the Al-Bukamal border area.").name == "Al-Bukamal"
    assert place_of("Rebels left Idlib Governorate.").feature_type == "admin1"
    assert place_of("Rebels left Idlib yesterday.").feature_type == "populated_place"
    assert names("He lives in the Al-Rutba district.") == [("Al-Rutba district", "Al-Rutba")]


def test_trailing_descriptor_joins_surface_without_article() -> None:
    text = "They were moved to the Al-Marsana military airfield near the border."
    (m,) = match_places(text)
    assert m.surface == "Al-Marsana military airfield"
    assert text[m.start:m.end] == m.surface


def test_possessive_matches_without_the_s() -> None:
    assert names("Iraq's government and Syria’s army") == [("Iraq", "Iraq"), ("Syria", "Syria")]


@pytest.mark.parametrize("text", [
    "Iraqi officials met Syrian envoys.",
    "the road north of baghdad was empty",  # lower case is not a name
    "Hit the road, said Hussein.",  # stoplisted words and given names
    "Us and them, they said.",  # acronym aliases need their capitals
    "Hay'at Tahrir al-Sham fighters advanced.",  # al-Sham is not Damascus here
])
def test_no_false_places(text: str) -> None:
    assert match_places(text) == []


def test_stoplisted_name_matches_with_descriptor() -> None:
    assert names("Clashes in Hit district") == [("Hit district", "Hit")]


def test_offsets_exact_and_order_deterministic() -> None:
    text = "From Damascus to Baghdad via the Al-Qaim border crossing, then Erbil."
    first, second = match_places(text), match_places(text)
    assert first == second
    assert [m.start for m in first] == sorted(m.start for m in first)
    assert all(text[m.start:m.end] == m.surface for m in first)
    assert [m.surface for m in first] == ["Damascus", "Baghdad", "Al-Qaim border crossing", "Erbil"]


def test_seed_articles_find_every_gold_place() -> None:
    gold = {"000": {"Camp Taji", "Baghdad", "Al-Qaim", "Iraq", "Syria"},
            "001": {"Baghdad", "Syria", "Iraq", "Al-Bukamal", "Al-Qaim", "Anbar", "Damascus"},
            "002": {"Baghdad", "Iraq", "Syria", "Damascus", "Rutba", "Anbar"},
            "003": {"Erbil", "Baghdad", "Iraq", "Syria", "Damascus", "Al-Qaim", "Al-Bukamal", "Idlib"},
            "004": {"Iraq", "Syria", "Anbar", "Damascus", "Al-Qaim", "Rutba", "Al-Marsana Airfield"}}
    for prefix, wanted in gold.items():
        (path,) = DEFAULT_ARTICLES_DIR.glob(f"{prefix}_*.txt")
        found = set()
        for m in match_places(path.read_text(encoding="utf-8")):
            p = GAZ.get(m.location_id)
            found |= {fold(n) for n in (p.name, *p.aliases)}
        assert {fold(w) for w in wanted} <= found, (prefix, {fold(w) for w in wanted} - found)


def test_every_iraq_syria_place_lies_in_its_country() -> None:
    for p in GAZ.places:
        if p.country_code in BBOX and p.feature_type != "country":
            lat0, lat1, lon0, lon1 = BBOX[p.country_code]
            assert p.lat is not None and lat0 <= p.lat <= lat1 and lon0 <= p.lon <= lon1, p


def test_gazetteer_entries_are_well_formed() -> None:
    ids = [p.location_id for p in GAZ.places]
    assert len(ids) == len(set(ids))
    assert all(i.split(":")[0] in {"iso3166", "iso3166-2", "geonames", "curated"} for i in ids)
    iraq = GAZ.get("iso3166:IQ")
    assert iraq.name == "Iraq" and "العراق" in iraq.aliases and iraq.specificity == 0
    assert "Al-Qaim" in GAZ.get("curated:al-qaim-crossing").aliases  # bare name known, town wins
    assert GAZ.get("iso3166-2:IQ-AN").admin1 == "Anbar"
    assert "iraqi" not in GAZ.index and "syrian" not in GAZ.index


def test_generic_facility_phrases() -> None:
    text = "They went to an Iraqi army camp, then the base, later the airfield. Camp Taji is big."
    found = [(text[s:e], t) for s, e, t in generic_facility_mentions(text)]
    assert found == [("an Iraqi army camp", "camp"), ("the base", "military_base"),
                     ("the airfield", "airfield")]
    assert generic_facility_mentions("a database and the Camp Taji site") == []


def test_matching_is_fast() -> None:
    text = (DEFAULT_ARTICLES_DIR.glob("003_*.txt").__next__().read_text(encoding="utf-8") * 2)[:5000]
    match_places(text)
    t0 = time.perf_counter()
    match_places(text)
    assert time.perf_counter() - t0 < 0.05
