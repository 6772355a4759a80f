"""A crossing into the people's own country is a return: "about 2,000 men crossed into Xinjiang near Chuguchak",
in a history of Chinese troops interned in the Soviet Union, tells of men going home, not of an entry."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.origins import origin_countries

if TYPE_CHECKING:
    from pipeline.extract.counts.status import Cue
    from pipeline.extract.doc import ArticleDoc

# the crossing verb's own direction word, then the place ("crossed into Xinjiang", "came over to the Chinese side")
_INTO = re.compile(r"\s*(?:(?P<into>into|to)\s+)?(?:the\s+)?", re.IGNORECASE)
_ENDS_ON_INTO = re.compile(r"\b(?:into|to)\s*$", re.IGNORECASE)


def into_home(doc: ArticleDoc, cue: Cue | None, status: str) -> str:
    """`returned` for an entry whose verb leads into a place of the people's own country, not the host's."""
    host = doc.mentions.host
    if status != "entered" or cue is None or cue.status != "entered" or host is None:
        return status
    place = next((p for p in doc.mentions.count_places if p.start >= cue.end), None)
    if place is None or not (gap := _INTO.fullmatch(doc.text, cue.end, place.start)):
        return status
    if not (_ENDS_ON_INTO.search(doc.text, cue.start, cue.end) or gap.group("into")):
        return status  # "crossed the Paraguay … rivers into Argentina": the river, not where they went
    origins = doc.layer("origin_countries", origin_countries)
    return "returned" if place.country_code in origins and place.country_code != host.country_code else status
