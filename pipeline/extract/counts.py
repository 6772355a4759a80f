"""Personnel counts: a number, the people it counts, what happened to them, where and when.

A number is a personnel count when it heads a noun phrase of personnel nouns ("130 senior officers
and officials") or, elliptically, is the subject of a status verb ("Of these, over 2,000 returned"),
in which case it counts the people of the previous figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.extract import lexicon
from pipeline.extract.clauses import (
    clause_end, clause_start, elliptical_gap, not_a_count, noun_phrase, predicate_phrase,
)
from pipeline.extract.dates import TimeMention
from pipeline.extract.numbers import NumberMention, is_measure
from pipeline.extract.place_choice import PlaceRef, choose_place
from pipeline.extract.status import cue_text, cues_in, governing_cue, scope_start
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


def population_of(classes: frozenset[str]) -> str | None:
    for r in lexicon.rows("population_rules.csv"):
        all_of = set(filter(None, r["all_of"].split("|")))
        any_of = set(filter(None, r["any_of"].split("|")))
        if all_of <= classes and (not any_of or any_of & classes):
            return r["population"]
    return None


_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count)\s+of\s+(?P<what>[^.;]{0,80}?)\s+(?:to|at|reached|"
                        r"reaching|stood at|stands at|rose to|climbed to|has reached|is|was)\s+$", re.IGNORECASE)
_PUT_AT = re.compile(r"\b(?:put|puts|estimated|estimate|estimates|placed|place|set)\s+(?:the|their)\s+"
                     r"(?:number|total|count)\s+at\s+$", re.IGNORECASE)


def _reading(text: str, blanked: str, n: NumberMention, sent: Span, prior: list["CountDraft"]):
    """(population, end of the counted phrase, status implied by the construction) or None."""
    np = noun_phrase(text, n.end)
    if np is not None:
        pop = population_of(np.classes)
        return (pop, np.end, None) if pop else None
    pred = predicate_phrase(text, n.end)
    if pred is not None and population_of(pred.classes) and prior:
        return population_of(pred.classes), pred.end, prior[-1].status  # "Fewer than 100 are officers"
    gap = elliptical_gap(text, n.end)
    cue = cues_in(blanked, gap, gap + 40, "after") if gap is not None else []
    if cue and cue[0].start == gap and (population := _population_in_context(text, n.start, prior)):
        return population, n.end, None  # "Of these, over 2,000 returned", "the 2,493 who crossed"
    head = text[max(sent.start, n.start - 120):n.start]
    if (m := _NUMBER_OF.search(head)) and (prior or noun_phrase(m.group("what"), 0)):
        what = noun_phrase(" " + m.group("what"), 0)
        pop = population_of(what.classes) if what else prior[-1].population
        lo = n.start - len(head) + m.start("what")
        found = cues_in(blanked, lo, lo + len(m.group("what")), "before") or \
            cues_in(blanked, lo, lo + len(m.group("what")), "after")
        return pop, n.end, found[0].status if found else (prior[-1].status if prior else None)
    if _PUT_AT.search(head):  # "put their number at 2,400": the people of the previous figure, if any
        return (prior[-1].population, n.end, prior[-1].status) if prior else ("other", n.end, None)
    return None


def _population_in_context(text: str, start: int, prior: list["CountDraft"]) -> str | None:
    """Who an elliptical figure counts: the previous figure's people, else the last personnel noun."""
    if prior:
        return prior[-1].population
    for m in reversed(list(re.finditer(r"[A-Za-z]+", text[:start]))):
        np = noun_phrase(" " + m.group(0), 0)
        if np and (population := population_of(np.classes)):
            return population
    return None


def find_counts(text: str, sents: list[Span], numbers: list[NumberMention], places: list[PlaceRef],
                times: list[TimeMention], present: tuple[date | None, date | None],
                host: PlaceRef | None) -> list[CountDraft]:
    blanked = cue_text(text, places)
    out: list[CountDraft] = []
    ends: list[int] = []  # clause end of each figure in `out`
    for n in numbers:
        sent = sentence_at(sents, n.start)
        if sent is None or is_measure(text, n) or not_a_count(text, n.start):
            continue
        reading = _reading(text, blanked, n, sent, out)
        if reading is None:
            continue
        population, np_end, implied = reading
        end = clause_end(blanked, np_end, sent.end)
        begin = clause_start(blanked, sent.start, n.start)
        cue = governing_cue(blanked, np_end, end, begin, n, numbers)
        status = implied or (cue.status if cue else "other")
        scope = scope_start(np_end, cue) if cue is not None and implied is None else np_end
        place = choose_place(text, places, scope, end, sent, n.start, cue, status, host)
        # a date in the previous figure's clause is that figure's, not this one's
        prev_end = max([sent.start] + [c_end for c, c_end in zip(out, ends) if c.sentence == sent and c_end <= n.start]
                       + [m.end for m in numbers if sent.start <= m.end <= n.start and m is not n])
        period, period_text = _period(times, scope, end, sent, prev_end, n.start, status, present,
                                      relative_lo=np_end if scope > np_end else None)
        out.append(CountDraft(n, population, status, place, period, period_text, sent))
        ends.append(end)
    return out


def _period(times, lo, hi, sent, prev_num, num_start, status, present, relative_lo=None):
    """First date in the figure's clause, else the last one before it since the previous figure.

    A date in a relative clause describes the people ("who fled last month"); when the main verb is a
    later move ("have returned"), the figure's period runs from that date to the report.
    """
    inside = [t for t in times if lo <= t.start < hi and t.kind != "present"]
    before = [t for t in times if prev_num <= t.start and t.end <= num_start and t.kind != "present"]
    chosen = inside[0] if inside else (before[-1] if before else None)
    if chosen and (chosen.period_start or chosen.period_end):
        return (chosen.period_start, chosen.period_end), chosen.text
    described = [t for t in times if relative_lo is not None and relative_lo <= t.start < lo and t.period_start]
    if described and status in ("returned", "relocated") and present[1]:
        return (described[0].period_start, present[1]), described[0].text
    if status == "remaining" or any(lo <= t.start < hi or sent.start <= t.start < num_start
                                    for t in times if t.kind == "present"):
        return present, None
    return (None, None), None
