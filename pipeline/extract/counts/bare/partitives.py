"""A part of the people named before: "Fewer than 100 are officers", "11 of them", "Of these, over 2,000
returned", "120 others remain", "That leaves 115 in Iraqi hands"."""

from __future__ import annotations

import re

from pipeline.extract.counts.asides import past_aside
from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.clauses import elliptical_gap
from pipeline.extract.counts.draft import population_of
from pipeline.extract.counts.noun_phrases import noun_phrase, predicate_phrase
from pipeline.extract.counts.part_people import of_them_population, whole_of_people
from pipeline.extract.counts.parts import named_whole
from pipeline.extract.counts.status import cues_in


def ranked_part(fig: BareFigure) -> Reading | None:
    """ "164 officers, among them at least nine with the rank of brigadier general": who they are by rank."""
    text, rules = fig.text, fig.rules
    if fig.prior and (rank := rules.pattern("rank_after").match(text, fig.n.end)) and \
            (ranked := noun_phrase(text, rank.end() - 1, rules)) is not None and population_of(ranked.classes, rules):
        return population_of(ranked.classes, rules), ranked.end, fig.prior[-1].status
    return None


def predicate_part(fig: BareFigure) -> Reading | None:
    """ "Fewer than 100 are officers" tells of the previous figure's people; "The remaining 153 are all officers"
    of those still there."""
    rules, prior = fig.rules, fig.prior
    pred = predicate_phrase(fig.text, fig.n.end, rules)
    if pred is not None and population_of(pred.classes, rules) and prior:
        remainder = rules.pattern("remainder_before").search(fig.head)
        # "Of the 712 at Ziah …, 84 are officers": the 712's
        whole = named_whole(fig.doc, fig.sent, fig.n, prior) or prior[-1]
        return population_of(pred.classes, rules), pred.end, "remaining" if remainder else whole.status
    return None


def part_of_them(fig: BareFigure) -> Reading | None:
    """ "296 men crossed back. Fewer than 20 of them are officers": who some of that group are; what happened to
    them is what happened to the group, unless a participle says ("fewer than 60 of those remaining")."""
    text, rules, blanked = fig.text, fig.rules, fig.blanked
    if fig.prior and (them := rules.pattern("partitive_them").match(text, fig.n.end)) and \
            (pred := predicate_phrase(text, them.end(), rules)) is not None and pred.classes - {"men"} \
            and population_of(pred.classes, rules):  # "11 of them were wounded" says how they are, not who
        described = cues_in(blanked, them.start(), them.end(), "modifier", rules) or \
            cues_in(blanked, them.start(), them.end(), "after", rules)
        return population_of(pred.classes, rules), pred.end, described[0].status if described else fig.prior[-1].status
    return None


def subject_of_cue(fig: BareFigure) -> Reading | None:
    """ "Of these, over 2,000 returned", "the 2,493 who crossed"; "512 of those remaining had been moved": the
    participle describes them, the verb after it governs."""
    text, rules, n = fig.text, fig.rules, fig.n
    gap = elliptical_gap(text, n.end, rules)
    # the cue may take in the auxiliaries the gap passed over ("450 of them have been sent back")
    cue = cues_in(fig.blanked, n.end, gap + 40, "after", rules) if gap is not None else []
    # the cue is in the figure's own sentence: a key-figures line's number is no subject of the next line's label
    if cue and n.end <= cue[0].start <= gap and cue[0].end <= fig.sent.end and (
            population := of_them_population(text, n, fig.prior, rules) or fig.elliptical()):
        described = rules.pattern("partitive_them").match(text, n.end)
        return population, described.end() if described else n.end, None
    return None


def partitive_part(fig: BareFigure) -> Reading | None:
    """ "repatriated 180 of them", "120 others remain": the verbs govern; "34 of them had lodged asylum claims",
    "for the 250 others": a part of the people named before, whatever their verb says ("one of them, a pilot,"
    is a person)."""
    text, rules, n, sent = fig.text, fig.rules, fig.n, fig.sent
    part = rules.pattern("partitive_them").match(text, n.end) or rules.pattern("others_after").match(text, n.end)
    if not part:
        return None
    verb_from = past_aside(fig.blanked, n.end, part.end(), sent.end, rules)
    if (fig.cue_before or cues_in(fig.blanked, verb_from, min(sent.end, verb_from + 40), "after", rules)
            or ((n.value_best or 2) > 1 and rules.pattern("people_partitive").match(text, n.end)
                and not _things_before(fig))
            or whole_of_people(text, n, rules)) and (
            population := of_them_population(text, n, fig.prior, rules) or _others_of_last(fig) or fig.elliptical()):
        return population, part.end(), None
    return None


def _others_of_last(fig: BareFigure) -> str | None:
    """ "98 officers remain there. Nine others have left for third countries": others, in the sentence after a figure,
    are more of that figure's people; in its own sentence ("40 officers and 200 others") they are people beside them."""
    last = fig.prior[-1] if fig.prior else None
    if last is None or last.sentence == fig.sent or not fig.rules.pattern("others_after").match(fig.text, fig.n.end) or \
            fig.text[last.sentence.end:fig.sent.start].strip():
        return None
    return last.population


def left_after_cue(fig: BareFigure) -> Reading | None:
    """ "That leaves 115 in Iraqi hands": the words before say what befell them."""
    if fig.cue_before and fig.rules.pattern("bare_after_cue").match(fig.text, fig.n.end) and (
            population := fig.elliptical()):
        return population, fig.n.end, fig.cue_before[-1].status
    return None


def left_there(fig: BareFigure) -> Reading | None:
    """ "One says there are fewer than 100 left there now": what is left of the people named before is still there."""
    rules = fig.rules
    if fig.prior and rules.pattern("existential_before").search(fig.head) and \
            rules.pattern("left_behind_after").match(fig.text, fig.n.end) and (population := fig.elliptical()):
        return population, fig.n.end, "remaining"
    return None


def part_of_opening_whole(fig: BareFigure) -> Reading | None:
    """ "Of the 2,346 men who returned through the Al-Bukamal crossing between December and March, 1,980 have completed
    vetting": the figure right after the comma that closes a sentence's opening "Of the N …" counts a part of those
    N, whatever its verb; its own clause says what befell them."""
    whole = fig.prior[-1] if fig.prior else None
    if whole is None or whole.sentence != fig.sent or \
            not any(fig.rules.pattern("partitive_head").match(fig.text, opening, whole.number.start)
                    for opening in _clause_openings(fig, whole.number.start)):
        return None
    gap = fig.text[whole.number.end:fig.n.start]
    if not _CLOSING_COMMA.search(gap) or any(whole.number.end <= n.start < fig.n.start for n in fig.doc.numbers):
        return None
    return whole.population, fig.n.end, None


_CLOSING_COMMA = re.compile(r",\s*$")


def _clause_openings(fig: BareFigure, before: int) -> list[int]:
    """Where the sentence opens (after any dateline), and where a clause of reported speech opens on a partitive
    ("he told me that of the roughly 120 officers …")."""
    dateline = fig.rules.pattern("dateline").match(fig.text, fig.sent.start)
    openings = [dateline.end() if dateline else fig.sent.start]
    if fig.rules.has_pattern("reported_partitive_opening"):
        openings += [m.end() for m in fig.rules.pattern("reported_partitive_opening").finditer(fig.text, openings[0], before)]
    return openings


def _things_before(fig: BareFigure) -> bool:
    """ "We saw the helicopters landing, maybe twenty of them": the plural noun the sentence names last before
    "N of them" is what they are, and it is not people."""
    named = list(fig.rules.pattern("plural_named_before").finditer(fig.text, fig.sent.start, fig.n.start))
    return bool(named) and noun_phrase(" " + named[-1].group("noun"), 0, fig.rules) is None
