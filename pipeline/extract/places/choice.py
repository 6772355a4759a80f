"""Which place a figure is about: one explicit, deterministic policy (codebook §6.3).

1. Places tied to the figure's clause: after a locative preposition ("remain in Rutba") or as the object of
   the status verb ("entered Iraq"); the most specific wins, then the first. A relocation's origin yields to its
   destination, a return's destination to where it happened; a place they refuse to go to is not theirs.
2. Else the nearest place before the figure in its sentence ("Iraq announced it had received ..."), not a place
   of saying ("told reporters in Baghdad").
3. A country from 1 or 2 yields to a more precise place the rest of the sentence gives as their route
   ("returned to Afghanistan, most of them flown from Kulob").
4. A country or nothing yields to the most precise place of the neighbouring sentence about the same event
   (`counts/neighbours.py`); nothing yet yields to the last site (camp, base, airfield, crossing) its
   paragraph named before it on the host's side, only a crossing for an entry or a return.
5. Else, for any figure but one of people who stay, the one crossing the title names (`places/setting.py`);
   else, for any figure but a return, the article's host country; this rule and the last live in
   `places/host.py`. Last, people moved to or held at a town known for its one camp or base are placed at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.places.place import PRECISION
from pipeline.extract.places.said import (
    said_in,
    speaker_abroad,
    speaker_based,
    speaker_in,
    speaker_region,
    spoken_from,
)
from pipeline.extract.places.spread import beyond_host, spread_over
from pipeline.extract.speech.place_voices import seat_of_state
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc


@dataclass(frozen=True)
class PlaceRef(Span):
    """A place mention (or a description of a named site) with what the choice needs of its entry."""

    surface: str
    location_id: str
    specificity: int
    feature_type: str
    country_code: str

    @property
    def precision(self) -> int:
        """How precisely the place pins the figure's event (codebook §3.4 `precision`)."""
        return PRECISION[self.feature_type]


@cache
def _locative_re(rules: RuleSet) -> re.Pattern[str]:
    preps = alternation([r["preposition"] for r in rules.rows("locative_prepositions.csv")])
    return re.compile(rf"\b(?:{preps})\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}$", re.IGNORECASE)


def tied_to_clause(text: str, p: PlaceRef, lo: int, cue, rules: RuleSet) -> bool:
    before = text[max(lo, p.start - 40):p.start]
    m = _locative_re(rules).search(before)
    # "fly to Uzbekistan as Kabul falls": a conjunction opens another clause, whose place is not tied
    if m and not rules.pattern("clause_conjunction").search(before, m.start()):
        return True
    # the verb's object follows it or lies inside its words ("flown out of Baghdad to"); a place before the verb
    # ("members of Panama's forces who slipped across") is none
    return cue is not None and p.start >= cue.start and re.fullmatch(r"\s*(?:the\s+)?", text[cue.end:p.start]) is not None


def _passage(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    return bool(rules.pattern("passage_before").search(text[max(0, p.start - 20):p.start]))


ORIGIN_REACH = 40  # "from tents at ": a few words may stand between "from" and the place a move left


def _origin(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    return bool(rules.pattern("origin_before").search(text[max(0, p.start - ORIGIN_REACH):p.start]))




def choose_place(doc: ArticleDoc, scope: FigureScope) -> PlaceRef | None:
    """Rules 1-3: the place the figure's own sentence gives, or None."""
    text, places, rules, cue = doc.text, doc.mentions.count_places, doc.rules, scope.cue
    skip_until = cue.end + 40 if cue is not None and cue.place == "skip" else -1
    # not the figure's place: where its source was ("according to …"), or where some stay ("most of them at Adré")
    attributed, some_of_them = rules.pattern("attribution_before"), rules.pattern("part_aside_before")
    lo, hi = min(scope.lo, scope.sentence.start), max(scope.hi, scope.sentence.end)  # all the rules below read
    office_before, office_after = rules.pattern("office_place_before"), rules.pattern("office_place_after")
    seat_of, event_time = rules.pattern("authority_seat_before"), rules.pattern("event_time_place_before")
    state_modifier = rules.pattern("state_modifier_after")
    places = [p for p in places if lo <= p.start < hi
              and not (p.start > scope.number.end  # "… since the transfer to Taji": the time, not where they went
                       and event_time.search(text, max(scope.number.end, p.start - 50), p.start))
              and not attributed.search(text, max(scope.sentence.start, p.start - 90), p.start)
              and not (p.feature_type in ("admin1", "region")  # a governor's province; a district is where they are
                       and (office_before.search(text, max(scope.sentence.start, p.start - 30), p.start)
                            or office_after.match(text, p.end)))
              and not some_of_them.search(text, max(scope.number.end, p.start - 90), p.start)
              and not speaker_region(text, p, scope.sentence, scope.number.start, rules)
              and not (p.start > scope.number.end and speaker_based(text, p, rules))
              and not ((seat_of_state(p) or p.feature_type in ("admin1", "region"))
                       and seat_of.search(text, max(scope.sentence.start, p.start - 40), p.start))
              # "a U.S. Embassy spokesman", "the Damascus government": the state that speaks or acts
              and not ((seat_of_state(p) or p.feature_type == "country") and state_modifier.match(text, p.end))]
    wished = rules.pattern("wished_destination_before")
    tied = [p for p in places if scope.lo <= p.start < scope.hi and p.start > skip_until
            and tied_to_clause(text, p, scope.lo, cue, rules)
            and not wished.search(text, max(scope.lo, p.start - 60), p.start)]  # "asked to be flown on to X"
    tied += _described(text, places, scope, rules)
    if scope.status == "returned":
        # "returned more than 1,800 soldiers who had fled into western Anbar, handing them over at the Al-Qaim
        # crossing": a participle right after the clause goes on with the same return, and where it happened
        tied += [p for p in places if scope.hi <= p.start and _participle_goes_on(text, scope.hi, p.start, rules)
                 and _passage(text, p, rules)]
    if scope.status in ("relocated", "remaining"):
        # "moved from Al-Qaim to Baghdad": a relocation is placed at its destination, never where it left
        # ("moved here from Al-Qaim": where "here" is); people who stay are not where they came from
        tied = [p for p in tied if not _origin(text, p, rules)]
    if scope.status == "entered" and (ends := [p for p in tied if not _origin(text, p, rules) or p.precision <= 2]):
        tied = ends  # "crossed into Chad from West Darfur": the country they entered, not the province they left;
        # a crossing or town they came through ("from the Al-Bukamal border area") pins the crossing itself
    host = doc.mentions.host
    # "sought refuge in Thailand since the fighting in Phnom Penh": where they are, not where the war was; an
    # entry keeps the crossing or town it came through ("from the Al-Bukamal border area")
    if scope.status in IN_HOST and host is not None and (inside := [
            p for p in tied if p.country_code == host.country_code or p.feature_type == "border_crossing"
            or (scope.status == "entered" and _origin(text, p, rules))]):
        tied = inside
    if scope.status == "entered" and any(_FROM.search(text, max(0, p.start - 10), p.start) for p in tied) and (
            into := [p for p in tied if not _origin(text, p, rules) and p.precision <= 2]):
        tied = into  # ... unless the town or site they came into is named too ("from Poipet into Aranyaprathet")
    if scope.status == "returned" and (passed := [p for p in tied if _passage(text, p, rules)
                                                  and p.feature_type != "country"] or [
            p for p in tied if _passage(text, p, rules) and not any(c.feature_type == "border_crossing" for c in tied)]):
        # "handed back to Damascus at Al-Qaim": a return is placed where it happened; a country passed through
        # ("through Iranian territory to the Bilasuvar crossing") yields to the crossing
        tied = passed
    # a dateline ("AIZAWL:", "TASHKENT, Uzbekistan (AP) -") is where the report was filed, not where it happened
    dateline = rules.pattern("dateline").match(text, scope.sentence.start)
    after_dateline = dateline.end() if dateline else scope.sentence.start
    before = [p for p in places if after_dateline <= p.start and p.end <= scope.number.start
              and not said_in(text, p, scope.sentence.start, rules) and not speaker_in(text, p, rules)
              and not _home_abroad(text, p, scope.status, host, rules)
              and not (scope.status in IN_HOST and speaker_abroad(text, p, scope.number.start, host, rules))]
    while len(before) > 1 and before[-2].precision < before[-1].precision and \
            _LOCATED_BY.fullmatch(text, before[-2].end, before[-1].start):
        # "Al-Rutba camp, Anbar: 137", "the Al-Marsana airfield near Al-Rutba", "the airfield in Al-Rutba district,
        # where …", "Al-Marsana airfield, Al-Rutba (Anbar) | 52": the site, not the town or province that locates it
        before = before[:-1]
    chosen = max(tied, key=lambda p: (p.specificity, -p.start)) if tied else (before[-1] if before else None)
    if scope.status in ("remaining", "other") and (own := group_place(text, places, scope)) is not None:
        chosen = own  # "Nearly 900 men at Ränneslätt refused food … spread to Rinkaby": where the people counted are
    if chosen in tied and (country := spread_over(text, chosen, places, host)) is not None:
        return country  # "to camps in Bern, Lucerne and Fribourg": the country holding them all
    if scope.status == "returned" and beyond_host(chosen, host) and (
            handed_at := [p for p in before if p.country_code == host.country_code and p.feature_type != "country"
                          and not spoken_from(text, p, rules)]):  # not "its representatives at Hendaye said"
        # "the handover took place at Al-Qaim, when 1,905 men were bussed back to Al-Bukamal": a return is
        # placed where it happened on the host's side, not at the town they went on to
        return handed_at[-1]
    if chosen is None or chosen.feature_type == "country":
        # "were returned to Afghanistan, most of them flown from Kulob": a country is the last resort when
        # the rest of the sentence ties a more precise place to the same people
        route = rules.pattern("route_before")
        later = [p for p in places if scope.hi <= p.start < scope.sentence.end and p.feature_type != "country"
                 and route.search(text[max(scope.hi, p.start - 40):p.start])
                 and not (scope.status in ("relocated", "remaining") and _origin(text, p, rules))]
        if later:
            return max(later, key=lambda p: (p.specificity, -p.start))
    return chosen


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR = r"(?:near|outside|close to|(?:north|south|east|west|north-east|north-west|south-east|south-west) of)"
# "Camp Taji, 30 kilometres north of Baghdad, where …": a distance before the bearing still only locates the site
_DISTANCE = r"(?:(?:some|about|around|roughly|nearly|just|only)\s+)?(?:\d[\d,.]*|[a-z]+)(?:\s*|-)(?:km|kilometres?|kilometers?|miles?)\s+"
_LOCATED_BY = re.compile(rf"\s*(?:[,(]\s*(?:(?:{_DISTANCE})?{_NEAR}\s+)?|{_NEAR}\s+|in\s+)(?:the\s+)?", re.IGNORECASE)
_AT_PLACE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")


def group_place(text: str, places: list[PlaceRef], scope: FigureScope) -> PlaceRef | None:
    """A place in the counted noun phrase itself ("Nearly 900 men at Ränneslätt"): where the people it counts are,
    whatever else their clause names."""
    return next((p for p in places if p.feature_type != "country" and scope.number.end < p.start
                 and _AT_PLACE.fullmatch(text, scope.np_end, p.start)), None)


def _home_abroad(text: str, p: PlaceRef, status: str, host: PlaceRef | None, rules: RuleSet) -> bool:
    """ "a sergeant from a village outside Homs crossed with about 300 men": where people come from, outside the
    country they are now in, is not where a figure of their entry, stay or move happened."""
    return status in IN_HOST and host is not None and p.country_code != host.country_code \
        and p.feature_type != "border_crossing" and _origin(text, p, rules)


def _participle_goes_on(text: str, clause_end: int, place_start: int, rules: RuleSet) -> bool:
    """The text from the figure's clause end to a place opens a participle clause (", handing them over to …")
    and names no other figure."""
    between = text[clause_end:place_start]
    return rules.pattern("participle_opens").match(between) is not None and not any(ch.isdigit() for ch in between)


def _described(text: str, places: list[PlaceRef], scope: FigureScope, rules: RuleSet) -> list[PlaceRef]:
    """ "put the number who crossed at Al-Qaim at roughly 2,400": the words before the figure that say who it
    counts tie their place to it, as its own clause would."""
    head_start = max(scope.sentence.start, scope.number.start - 200)
    described = rules.pattern("put_what_at").search(text[head_start:scope.number.start])
    if described is None:
        return []
    lo, hi = head_start + described.start("what"), head_start + described.end("what")
    return [p for p in places if lo <= p.start < hi]


IN_HOST = ("entered", "remaining", "relocated")  # events that happen in the host country
