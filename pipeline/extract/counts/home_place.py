"""Where a return ends when its sentence does not say: the country the people went back to, as the article names it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.origins import home_countries

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef


def home_for_return(doc: ArticleDoc, status: str, place: PlaceRef | None) -> PlaceRef | None:
    """A return placed at the host country that sent them ("Bangladesh sent back about 330 of them by sea") ends
    in the country they went back to, when the article names it."""
    host = doc.mentions.host
    if status != "returned" or place is None or host is None or place.feature_type != "country" \
            or place.country_code != host.country_code:
        return place
    return home_country(doc) or place


def home_country(doc: ArticleDoc) -> PlaceRef | None:
    """The country whose people the article counts, as the article names it (not the host)."""
    host = doc.mentions.host
    origins = doc.layer("home_countries", home_countries)
    return next((p for p in doc.mentions.places if p.feature_type == "country" and p.country_code in origins
                 and (host is None or p.country_code != host.country_code)), None)


def home_if_unplaced(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A return that no sentence and no site of the article places ("Seventeen of the officers went home in
    April") ends in the country the people went back to, when the article names it."""
    if not any(d.status == "returned" and d.place is None for d in drafts):
        return drafts
    home = home_country(doc)
    return [replace(d, place=home) if d.status == "returned" and d.place is None else d for d in drafts]
