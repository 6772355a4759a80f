"""The words around a place mention that say what it is to the figure: tied to its clause, passed through, left.

A place after a locative preposition or as the status verb's object is the clause's own; one after "at", "through"
or "via" is where people passed, one after "from" where they left; a town after a site's comma or "near" only
locates the site. A place in the counted noun phrase ("900 men at Ränneslätt"), or in the words before the figure
that say who it counts ("put the number who crossed at Al-Qaim at"), is theirs. `choice.py` weighs these cues.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.text.rules import RuleSet, alternation

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.places.place_ref import PlaceRef


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


def passage(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    return bool(rules.pattern("passage_before").search(text[max(0, p.start - 20):p.start]))


ORIGIN_REACH = 40  # "from tents at ": a few words may stand between "from" and the place a move left


def origin(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    return bool(rules.pattern("origin_before").search(text[max(0, p.start - ORIGIN_REACH):p.start]))


# "from Poipet into Aranyaprathet": the place an entry came from, right after "from"
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR = r"(?:near|outside|close to|(?:north|south|east|west|north-east|north-west|south-east|south-west) of)"
# "Camp Taji, 30 kilometres north of Baghdad, where …": a distance before the bearing still only locates the site
_DISTANCE = r"(?:(?:some|about|around|roughly|nearly|just|only)\s+)?(?:\d[\d,.]*|[a-z]+)(?:\s*|-)(?:km|kilometres?|kilometers?|miles?)\s+"
# "Al-Rutba camp, Anbar", "the airfield near Al-Rutba": the words between a site and the place that locates it
LOCATED_BY = re.compile(rf"\s*(?:[,(]\s*(?:(?:{_DISTANCE})?{_NEAR}\s+)?|{_NEAR}\s+|in\s+)(?:the\s+)?", re.IGNORECASE)


_AT_PLACE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")


def group_place(text: str, places: list[PlaceRef], scope: FigureScope) -> PlaceRef | None:
    """A place in the counted noun phrase itself ("Nearly 900 men at Ränneslätt"): where the people it counts are,
    whatever else their clause names."""
    return next((p for p in places if p.feature_type != "country" and scope.number.end < p.start
                 and _AT_PLACE.fullmatch(text, scope.np_end, p.start)), None)


def participle_goes_on(text: str, clause_end: int, place_start: int, rules: RuleSet) -> bool:
    """The text from the figure's clause end to a place opens a participle clause (", handing them over to …")
    and names no other figure."""
    between = text[clause_end:place_start]
    return rules.pattern("participle_opens").match(between) is not None and not any(ch.isdigit() for ch in between)


def described(text: str, places: list[PlaceRef], scope: FigureScope, rules: RuleSet) -> list[PlaceRef]:
    """ "put the number who crossed at Al-Qaim at roughly 2,400": the words before the figure that say who it
    counts tie their place to it, as its own clause would."""
    head_start = max(scope.sentence.start, scope.number.start - 200)
    described = rules.pattern("put_what_at").search(text[head_start:scope.number.start])
    if described is None:
        return []
    lo, hi = head_start + described.start("what"), head_start + described.end("what")
    return [p for p in places if lo <= p.start < hi]
