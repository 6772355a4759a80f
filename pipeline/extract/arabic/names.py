"""Names in Arabic (placeholder: places only)."""

from __future__ import annotations

from pipeline.extract.arabic.places import arabic_places
from pipeline.extract.names.mentions import ArticleMentions


def find_arabic_mentions(doc) -> ArticleMentions:
    places, host = arabic_places(doc, [])
    return ArticleMentions([], [], places, places, {}, host)
