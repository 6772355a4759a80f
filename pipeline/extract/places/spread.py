"""A figure's places against the host country. Spread over several places of one kind ("moved to camps in
Bern, Lucerne and Fribourg", "sent to hospitals in Perpignan, Montpellier and Toulouse"), no one of them is
where the people are; the country that holds them all is, when it is the host's. A town beyond the host
country is no place of a return that was handed over on the host's side."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.places.place_ref import PlaceRef

_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:(?:as far as|even|also)\s+)?")


def spread_over(text: str, chosen: PlaceRef, places: list[PlaceRef], host: PlaceRef | None) -> PlaceRef | None:
    """The host country when the place chosen for a figure opens or joins a list of three or more places of
    one kind ("X, Y and Z"), all in the host country; else None."""
    if host is None:
        return None
    ordered = sorted(places, key=lambda p: p.start)
    runs: list[list[PlaceRef]] = []
    for place in ordered:
        last = runs[-1][-1] if runs else None
        if last is not None and _JOINED.fullmatch(text, last.end, place.start) and place.feature_type == last.feature_type:
            runs[-1].append(place)
        else:
            runs.append([place])
    run = next((r for r in runs if chosen in r), [])
    if len(run) + _unlisted(text, run) >= 3 and all(
            p.country_code == host.country_code and p.feature_type != "country" for p in run):
        return host
    return None


_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,\s*)+$")


def _unlisted(text: str, run: list[PlaceRef]) -> int:
    """How many names the gazetteer does not know stand in the same list ("at Garoua-Boulaï, Kentzou and Gbiti":
    two): small places are often missing from it, and still make the list."""
    if not run:
        return 0
    count, end = 0, run[-1].end
    while (joined := _JOINED.match(text, end)) and joined.end() > end and (name := _NAME.match(text, joined.end())):
        count, end = count + 1, name.end()
    before = _NAMES_BEFORE.search(text, max(0, run[0].start - 120), run[0].start)
    return count + (len(re.findall(r",", before.group(0))) if before else 0)


def beyond_host(place: PlaceRef | None, host: PlaceRef | None) -> bool:
    """A town or site outside the host country (a crossing belongs to both sides)."""
    return place is not None and host is not None and place.country_code != host.country_code \
        and place.feature_type not in ("country", "border_crossing")
