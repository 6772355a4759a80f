"""Moves that end on the people's own side of the border, told with verbs that do not say so: received by their
own country ("2,600 men had been received at Al-Bukamal"), leaving for it ("58 more men leave Al-Marsana for
Syria"), moved to it ("412 were flown from Abéché to Port Sudan"). Each is a return, not an entry or a relocation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.origins import home_countries, nationality_re, origin_countries
from pipeline.extract.names.nationalities import nationalities

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef
    from pipeline.text.spans import Span


def moved_home(doc: ArticleDoc, status: str, place: PlaceRef | None) -> str:
    """A move out of the host country to the people's own country ("412 were flown from Abéché to Port
    Sudan", in a report on Sudanese soldiers in Chad) is a return, not a relocation."""
    host = doc.mentions.host
    if status != "relocated" or place is None or host is None or place.country_code == host.country_code:
        return status
    return "returned" if place.country_code in doc.layer("origin_countries", origin_countries) else status


def received_home(doc: ArticleDoc, sent: Span, status: str) -> str:
    """People "received" by their own country's side are coming back: "On the Syrian side, the defence ministry in
    Damascus has said it received "at least 2,300" returnees", "a Syrian official at the crossing put the number
    received at nearly 60". The receiver is the country named last before an active "received" (or the place
    there), when it is the one whose people the article counts and not the host."""
    host = doc.mentions.host
    found = doc.rules.pattern("received_by_subject").search(doc.text, sent.start, sent.end)
    if found is None and (passive := doc.rules.pattern("received_passive").search(doc.text, sent.start, sent.end)):
        # "A Syrian official at the crossing told LWS that 631 men had been received": whoever reports the receiving
        # before the people counted is its side
        first = next((n.start for n in doc.numbers if sent.start <= n.start < passive.start()), None)
        found = passive if first is not None else None
    if status != "entered" or host is None or found is None:
        return status
    if (by := _received_by(doc, found.end())) is not None:  # "had been received by the Syrian side"
        return "returned" if by in doc.layer("home_countries", home_countries) and by != host.country_code else status
    at = _received_at(doc, found.end())
    if at is not None and at.country_code == host.country_code and at.feature_type != "border_crossing":
        return status  # "… said 585 men had been received at Termez": in the host, whoever reports it (a crossing has two sides)
    if at is not None and at.country_code in doc.layer("home_countries", home_countries):
        return "returned"  # "2,600 men had been received at Al-Bukamal": received on their own country's side
    text, table = doc.text, nationalities(doc.rules)
    until = min([found.start()] + [n.start for n in doc.numbers if sent.start <= n.start < found.start()])
    # "told Sama Iraq": a place in the name of whom the receiver spoke to is not the receiver's
    # "In 1994, during Yemen's civil war, the sultanate took in …": a place in a phrase of time is not the receiver
    named = [(p.start, p.country_code) for p in doc.mentions.places
             if sent.start <= p.start < until and p.feature_type != "border_crossing"
             and not _TOLD_BEFORE.search(text, max(0, p.start - 60), p.start)
             and not _WHEN_BEFORE.search(text, max(0, p.start - 20), p.start)]
    named += [(m.start(), doc.gazetteer.country_code(table[m.group(0)]))
              for m in nationality_re(doc.rules).finditer(text, sent.start, until)
              if not _WHEN_BEFORE.search(text, max(0, m.start() - 20), m.start())]
    if not named:
        return status
    receiver = max(named)[1]
    origins = doc.layer("home_countries", home_countries)
    return "returned" if receiver in origins and receiver != host.country_code else status


def left_for_home(doc: ArticleDoc, start: int, end: int, status: str) -> str:
    """ "58 more men leave Al-Marsana for Syria", "the remaining 6,000 left Görlitz for Greece": leaving for the
    people's own country is a return; leaving for any other is not."""
    host = doc.mentions.host
    if status not in ("other", "relocated") or host is None:
        return status
    left = doc.rules.pattern("left_for").search(doc.text, start, end)
    if left is None:
        return status
    to = next((p for p in doc.mentions.places if p.start == left.end()), None)
    origins = doc.layer("origin_countries", origin_countries)
    return "returned" if to is not None and to.country_code in origins and to.country_code != host.country_code \
        else status


_AT = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")


def _received_at(doc: ArticleDoc, end: int) -> PlaceRef | None:
    """The place named right after "received": "received at Al-Bukamal", "received in the border town of X"."""
    at = _AT.match(doc.text, end)
    return None if at is None else next((p for p in doc.mentions.count_places if p.start == at.end()), None)


def _received_by(doc: ArticleDoc, end: int) -> str | None:
    """The country of the agent named right after a passive "received": "by the Syrian side", "by Syria"."""
    by = _BY.match(doc.text, end)
    if by is None:
        return None
    if (named := nationality_re(doc.rules).match(doc.text, by.end())) is not None:
        return doc.gazetteer.country_code(nationalities(doc.rules)[named.group(0)])
    return next((p.country_code for p in doc.mentions.places if p.start == by.end()), None)


_BY = re.compile(r"\s+by\s+(?:the\s+)?")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+(?:[A-Z][\w’'-]*\s+){0,3}$")
_WHEN_BEFORE = re.compile(r"\b(?:during|amid|after|before|since|following)\s+(?:the\s+)?$", re.IGNORECASE)
