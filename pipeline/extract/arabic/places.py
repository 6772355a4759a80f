"""Places in an Arabic article: the gazetteer's Arabic names, matched with the pack named by the
`places_with` setting (feature words are not needed to find a name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.names.mentions import _host, _ref
from pipeline.extract.places.choice import PlaceRef
from pipeline.extract.places.matcher import match_places
from pipeline.text.spans import Span, overlaps_any

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def arabic_places(doc: ArticleDoc, taken: list[Span]) -> tuple[list[PlaceRef], PlaceRef | None]:
    """(places not inside a name already found, the host country)."""
    found = [_ref(m, doc.gazetteer) for m in match_places(doc.text, doc.gazetteer, doc.place_rules)
             if not overlaps_any(m, doc.garbled) and not overlaps_any(m, taken)]
    return found, _host(found)
