"""The last rules of the place policy (`places/choice.py`): the host country when the figure's sentences name
no place, and the camp or the crossing a town is known for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.places.choice import IN_HOST
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc

HELD_AT = ("camp", "military_base", "airfield")


def held_at(doc: ArticleDoc, scope: FigureScope, place: PlaceRef | None) -> PlaceRef | None:
    """People moved to or held at "Taji" are at the camp known by the town's name (a gazetteer alias), not
    in the town: for `relocated` and `remaining`, a town yields to the one facility called by its name."""
    return held_site(doc, scope.status, place)


def held_site(doc: ArticleDoc, status: str, place: PlaceRef | None) -> PlaceRef | None:
    if place is None or status not in ("relocated", "remaining") or place.feature_type != "populated_place":
        return place
    return _site_named(doc, place, lambda site: site.feature_type in HELD_AT and site.country_code == place.country_code)


def crossed_at(doc: ArticleDoc, status: str, place: PlaceRef | None) -> PlaceRef | None:
    """People who entered or went back "through Al-Bukamal" crossed at the one border crossing known by the town's
    name (a gazetteer alias), on whichever side of the border the town lies: an entry or a return happens there."""
    if place is None or status not in ("entered", "returned") or place.feature_type != "populated_place":
        return place
    return _site_named(doc, place, lambda site: site.feature_type == "border_crossing")


def _site_named(doc: ArticleDoc, place: PlaceRef, kind) -> PlaceRef:
    """The one site of `kind` the gazetteer knows by the town's name, as the town's mention; else the town."""
    sites = {e.place.location_id: e.place for e in doc.gazetteer.global_index.get(fold(place.surface)) if kind(e.place)}
    if len(sites) != 1:
        return place
    site = next(iter(sites.values()))
    return PlaceRef(place.start, place.end, place.surface, site.location_id, site.specificity, site.feature_type,
                    site.country_code)


def host_place(doc: ArticleDoc, scope: FigureScope) -> PlaceRef | None:
    """Rule 5: the article's host country, for any figure but a return (which ends in the country they left)."""
    return doc.mentions.host if scope.status in (*IN_HOST, "other") else None
