"""The article's site of an event: where its entries, or its returns, happened.

A reader of "The first group, about 900 men, arrived on Friday evening" in a report on the crossing at
Al-Qaim places those men at the crossing: the article has said where people entered. So a figure of people
entering or returning whose sentence and neighbours name no place at all takes the place the article's
other figures of the same status are tied to most often (the earliest on a tie), when that place is a site
or a town. A sentence that names a country ("crossed into Iraq") keeps it; a return is never placed at a
town of the country the people went back to ("sent back to Damascus"), only where they crossed; an entry is
never placed at a town of the country they fled ("fought in Myawaddy"), only in the host country or at a crossing.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.places.place_ref import PlaceRef

SITE_STATUSES = ("entered", "returned")
_SITE_PRECISION = 2  # a site (1) or a populated place (2), not a district, province or country
CROSSING = "border_crossing"


def _is_site(place: PlaceRef | None, status: str, host: PlaceRef | None) -> bool:
    if place is None or place.precision > _SITE_PRECISION:
        return False
    if host is not None and place.feature_type != CROSSING:  # a town they left is not where they entered
        return place.country_code == host.country_code
    return True


def event_sites(placed: list[tuple[str, PlaceRef | None]], host: PlaceRef | None) -> dict[str, PlaceRef]:
    """For each status of `SITE_STATUSES`, the site the article's placed figures of that status name most
    often; `placed` holds (status, place) of the figures whose own sentence or neighbour gave a place."""
    sites: dict[str, PlaceRef] = {}
    for status in SITE_STATUSES:
        tied = [p for s, p in placed if s == status and _is_site(p, status, host)]
        if not tied:
            continue
        times = Counter(p.location_id for p in tied)
        most = max(times.values())
        sites[status] = next(p for p in tied if times[p.location_id] == most)
    return _crossed_both_ways(sites)


def _crossed_both_ways(sites: dict[str, PlaceRef]) -> dict[str, PlaceRef]:
    """A border crossing is where people pass both ways: with no site of its own for entries, an article that
    places its returns at a crossing ("Through this crossing, 2,222 men in three handovers") has told where its
    people came in. Not the other way: a return no sentence places ends in the country they went back to."""
    if "entered" not in sites and "returned" in sites and sites["returned"].feature_type == CROSSING:
        sites["entered"] = sites["returned"]
    return sites
