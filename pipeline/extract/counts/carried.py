"""What befell people a vehicle carries, when no word of their clause says: "The largest convoy carried 830 men
across the crossing", "trucks left the camp before dawn, carrying 412 men", "an aircraft carried 38 of them to
Bamako". Carried to a place of their own country they went home; to a place of the host country, they were moved;
carried nowhere named, they went the way the article's narrative around them goes (a return, an entry)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.direction import narrated_statuses
from pipeline.extract.counts.origins import origin_countries

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.text.spans import Span

_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
REACH = 60  # characters before a figure its carrying verb may stand ("carrying perhaps forty men")


def carried_status(doc: ArticleDoc, blanked: str, sent: Span, number: NumberMention) -> str | None:
    """`returned`, `relocated` or `entered` for people a vehicle carries, else None."""
    if not doc.rules.pattern("carrying_before").search(doc.text, max(sent.start, number.start - REACH), number.start):
        return None
    host = doc.mentions.host
    to = next((p for p in doc.mentions.count_places if number.end <= p.start < sent.end
               and _TO.search(doc.text, max(sent.start, p.start - 10), p.start)), None)
    if to is not None and host is not None:
        origins = doc.layer("origin_countries", origin_countries)
        if to.country_code in origins and to.country_code != host.country_code:
            return "returned"
        return "relocated" if to.country_code == host.country_code else None
    said = narrated_statuses(doc, blanked, sent) & {"returned", "entered"}
    return said.pop() if len(said) == 1 else None
