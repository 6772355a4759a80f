"""Which way a crossing went when its words do not say.

"The remaining 400 crossed on Thursday morning" in a report on a handover is 400 going back, not 400
coming in: a crossing cue that names no direction (`undirected_crossing`) and no destination after it
(`destination_after`) takes the direction of the narrative around it. The narrative is the headline and
the two sentences before the figure's; when they speak of returns and not of entries, the crossing is a
return.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import is_headline
from pipeline.extract.counts.origins import home_countries, most_named_nationalities, nationality_re, origin_countries
from pipeline.extract.counts.status import Cue, conditional, cues_in
from pipeline.extract.names.nationalities import nationalities

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.choice import PlaceRef
    from pipeline.text.spans import Span


def crossing_direction(doc: ArticleDoc, blanked: str, sent: Span, cue: Cue | None, status: str,
                       people: tuple[int, int] | None = None) -> str:
    """`status`, or `returned` for an undirected crossing of people named as returning ("3,418 returnees crossing the
    border at Rajajoki", `people` the span of their noun phrase) or in a narrative of returns."""
    rules = doc.rules
    if status != "entered" or cue is None or not rules.pattern("undirected_crossing").match(
            " ".join(doc.text[cue.start:cue.end].split())):
        return status
    if people and any(c.status == "returned" for c in cues_in(blanked, people[0], people[1], "modifier", rules)):
        return "returned"
    if rules.pattern("destination_after").match(doc.text, cue.end, sent.end):
        return status
    said = narrated_statuses(doc, blanked, sent)
    return "returned" if "returned" in said and "entered" not in said else status


def narrated_statuses(doc: ArticleDoc, blanked: str, sent: Span) -> set[str]:
    """What the narrative around `sent` says happened: the two sentences before it and the headline."""
    around = [s for s in doc.sentences if s.end <= sent.start][-2:]
    around += [s for s in doc.sentences if is_headline(doc, s) and s.end <= sent.start][:1]
    # a return only wished for still says what the story is about; one that hangs on a condition ("Every one of
    # them can return to Syria tomorrow if he chooses") is said of people who have not gone
    return {c.status for s in around for side in ("after", "before")
            for c in cues_in(blanked, s.start, s.end, side, doc.rules) if not conditional(blanked, c, doc.rules)}


def arriving_there(doc: ArticleDoc, blanked: str, sent: Span, cue: Cue | None, status: str) -> str:
    """`entered` for a past "there were" in a paragraph that tells of arrivals: "The first vehicles came at about
    ten at night. Within an hour there were perhaps three hundred men at the gate" counts the people arriving,
    not people held. The sentence before in its paragraph, or its own, must tell of an entry and of nothing
    else."""
    rules = doc.rules
    if status != "remaining" or cue is None or not rules.pattern("arrival_there").match(
            " ".join(doc.text[cue.start:cue.end].split())):
        return status
    if rules.pattern("travelling_party_after").search(doc.text, cue.end, min(sent.end, cue.end + PARTY_REACH)):
        return "entered"  # "There were maybe 300 of us in the first convoy": a party on the move
    para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)
    around = [s for s in doc.sentences if s.end <= sent.start and (para is None or s.start >= para.start)][-1:]
    around.append(sent)
    said = {c.status for s in around for side in ("after", "before") for c in cues_in(blanked, s.start, s.end, side, rules)
            if c.start != cue.start}
    return "entered" if said == {"entered"} else status


def moved_home(doc: ArticleDoc, status: str, place: PlaceRef | None) -> str:
    """A move out of the host country to the people's own country ("412 were flown from Abéché to Port
    Sudan", in a report on Sudanese soldiers in Chad) is a return, not a relocation."""
    host = doc.mentions.host
    if status != "relocated" or place is None or host is None or place.country_code == host.country_code:
        return status
    return "returned" if place.country_code in doc.layer("origin_countries", origin_countries) else status


PARTY_REACH = 80  # characters from "there were" to the end of "N of us in the first convoy"


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
    origins = doc.layer("origin_countries", origin_countries) or \
        [code for code in most_named_nationalities(doc) if host is None or code != host.country_code][:1]
    return next((p for p in doc.mentions.places if p.feature_type == "country" and p.country_code in origins
                 and (host is None or p.country_code != host.country_code)), None)


def home_if_unplaced(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A return that no sentence and no site of the article places ("Seventeen of the officers went home in
    April") ends in the country the people went back to, when the article names it."""
    if not any(d.status == "returned" and d.place is None for d in drafts):
        return drafts
    home = home_country(doc)
    return [replace(d, place=home) if d.status == "returned" and d.place is None else d for d in drafts]
