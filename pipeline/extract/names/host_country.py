"""An article's host country: where the people it reports on are, which is not always the country it names
most. A report on soldiers of one country in another often names their own country most, so the host is read
from the sites it names (crossings, camps, bases, airfields) before the count of country names."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipeline.extract.places.place_ref import PlaceRef

if TYPE_CHECKING:
    from pipeline.extract.places.gazetteer import Gazetteer


def host(places: list[PlaceRef], gaz: Gazetteer, origins: frozenset[str] = frozenset()) -> PlaceRef | None:
    """The article's host country: the country of the sites it names (crossings, camps, bases, airfields:
    where the people are taken), else its most named country other than the one whose people are counted.
    A report on soldiers of one country in another often names their own country most ("Syria", "Myanmar",
    "Costa Rica shelters 173 members of Panama's Defense Forces"), and may never name the host at all
    ("the Iraqi Border Guard's Al-Qaim sector"): the sites' country is then the host, by the first site."""
    countries = [p for p in places if p.feature_type == "country"]
    sites = Counter(p.country_code for p in places if p.precision == 1)
    # ... but where the article names a country other than theirs, a site in the country they left ("commanded a
    # company at the Vientiane airport", of Lao soldiers in Thailand) does not outvote it
    site_country = sites.most_common(1)[0][0] if sites else None
    left_from = site_country in origins and any(p.country_code not in origins for p in countries)
    if sites and not left_from and not any(p.country_code == site_country for p in countries) and \
            (country := gaz.find(f"iso3166:{site_country}")) is not None:
        site = next(p for p in places if p.precision == 1 and p.country_code == country.country_code)
        return PlaceRef(site.start, site.end, country.name, country.location_id, country.specificity,
                        country.feature_type, country.country_code)
    if not countries:
        return None
    if sites and (hosting := [p for p in countries if p.country_code == sites.most_common(1)[0][0]]):
        countries = hosting
    elif abroad := [p for p in countries if p.country_code not in origins]:
        countries = abroad
    counts = Counter(p.location_id for p in countries)
    best = max(counts.values())
    tied = [p for p in countries if counts[p.location_id] == best]
    # named as often as another ("refused passage by Romania", "in Poland"): the country whose towns and
    # camps the article names more is where the people are
    towns = Counter(p.country_code for p in places if p.feature_type != "country")
    return max(tied, key=lambda p: towns[p.country_code])
