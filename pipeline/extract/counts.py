"""Personnel counts: a number, the people it counts, what happened to them, where and when.

A number is a personnel count when it heads a noun phrase of personnel nouns ("130 senior officers
and officials") or, elliptically, is the subject of a status verb ("Of these, over 2,000 returned"),
in which case it counts the people of the previous figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pipeline.extract import lexicon
from pipeline.extract.clauses import blank_asides, clause_end, clause_start, elliptical_gap, noun_phrase
from pipeline.extract.dates import TimeMention
from pipeline.extract.numbers import NumberMention, is_measure
from pipeline.extract.place_choice import PlaceRef, choose_place
from pipeline.extract.text import Span, sentence_at


@dataclass(frozen=True)
class CountDraft:
    number: NumberMention
    population: str
    status: str
    place: PlaceRef | None
    period: tuple[date | None, date | None]
    period_text: str | None
    sentence: Span


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    status: str
    place: str


@cache
def _cues(side: str) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    rows = [r for r in lexicon.rows("status_cues.csv") if r["side"] == side]
    return tuple((re.compile(rf"\b(?:{r['pattern']})\b", re.IGNORECASE), r["status"], r["place"]) for r in rows)


def status_cue(blanked: str, lo: int, hi: int, side: str) -> Cue | None:
    """The first cue after the noun phrase, or the last one before the number; longer wins at a tie."""
    found = [Cue(m.start(), m.end(), st, pl) for rx, st, pl in _cues(side) for m in rx.finditer(blanked, lo, hi)]
    if not found:
        return None
    key = (lambda c: (c.start, -(c.end - c.start))) if side == "after" else (lambda c: (-c.end, -(c.end - c.start)))
    return min(found, key=key)


def _governing_cue(blanked: str, np_end: int, end: int, begin: int, n: NumberMention,
                   numbers: list[NumberMention]) -> Cue | None:
    """The clause's own verb governs; a relative clause ("... who fled") only describes the people.

    A cue before the number applies only when no other figure stands between them.
    """
    after = status_cue(blanked, np_end, end, "after")
    before = status_cue(blanked, begin, n.start, "before")
    if before and any(before.end <= m.start < n.start for m in numbers):
        before = None
    relative = after is not None and re.search(r"\b(?:who|which|that)\s+(?:\w+\s+){0,2}$",
                                                blanked[max(np_end, after.start - 30):after.start])
    if before and (after is None or relative):
        return before
    return after


def population_of(classes: frozenset[str]) -> str | None:
    for r in lexicon.rows("population_rules.csv"):
        all_of = set(filter(None, r["all_of"].split("|")))
        any_of = set(filter(None, r["any_of"].split("|")))
        if all_of <= classes and (not any_of or any_of & classes):
            return r["population"]
    return None


def find_counts(text: str, sents: list[Span], numbers: list[NumberMention], places: list[PlaceRef],
                times: list[TimeMention], present: tuple[date | None, date | None],
                host: PlaceRef | None) -> list[CountDraft]:
    blanked = blank_asides(text)
    out: list[CountDraft] = []
    for n in numbers:
        sent = sentence_at(sents, n.start)
        if sent is None or is_measure(text, n):
            continue
        np = noun_phrase(text, n.end)
        population = population_of(np.classes) if np else None
        np_end = np.end if np else n.end
        if population is None:
            gap = None if np else elliptical_gap(text, n.end)
            if gap is None or not out or not status_cue(blanked, gap, gap + 40, "after") or \
                    status_cue(blanked, gap, gap + 40, "after").start != gap:
                continue
            population = out[-1].population  # "Of these, over 2,000 returned": the people just counted
        end = clause_end(blanked, np_end, sent.end)
        begin = clause_start(blanked, sent.start, n.start)
        cue = _governing_cue(blanked, np_end, end, begin, n, numbers)
        status = cue.status if cue else "other"
        place = choose_place(text, places, np_end, end, sent, n.start, cue, status, host)
        period, period_text = _period(times, np_end, end, sent, n.start, status, present)
        out.append(CountDraft(n, population, status, place, period, period_text, sent))
    return out


def _period(times, lo, hi, sent, num_start, status, present):
    inside = [t for t in times if lo <= t.start < hi and t.kind != "present"]
    before = [t for t in times if sent.start <= t.start and t.end <= num_start and t.kind != "present"]
    chosen = inside[0] if inside else (before[-1] if before else None)
    if chosen and (chosen.period_start or chosen.period_end):
        return (chosen.period_start, chosen.period_end), chosen.text
    if status == "remaining" or any(lo <= t.start < hi or sent.start <= t.start < num_start
                                    for t in times if t.kind == "present"):
        return present, None
    return (None, None), None
