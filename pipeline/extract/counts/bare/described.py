"""A figure its words describe: "the number of returnees rose to 2,361", "put the number who crossed at 2,400",
"a figure of 1,900", "senior officers, fewer than twenty,", "numbering more than 2,400"."""

from __future__ import annotations

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.cue_text import HELD_SITES
from pipeline.extract.counts.draft import population_of
from pipeline.extract.counts.inherit import restated_status
from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.counts.people import noun_before
from pipeline.extract.counts.status import cues_in
from pipeline.extract.figures.number_units import is_measure


def number_of(fig: BareFigure) -> Reading | None:
    """ "the number of soldiers held reached 260", "the number of returnees": who, and what befell them."""
    rules, prior = fig.rules, fig.prior
    # the people may be described at length ("the number of officers and men of the 1st Naval Brigade who entered
    # Netherlands territory on the 9th and 10th of October, 1914, was 1,506"): the longer stretch a label may take
    if (m := rules.pattern("number_of").search(fig.label_head)) and (prior or noun_phrase(m.group("what"), 0, rules)):
        what = noun_phrase(" " + m.group("what"), 0, rules)
        pop = population_of(what.classes, rules) if what else fig.elliptical()
        lo = fig.n.start - len(fig.label_head) + m.start("what")
        found = [cue for side in ("before", "after", "modifier") for cue in
                 cues_in(fig.blanked, lo, lo + len(m.group("what")), side, rules)]
        if not found and _at_held_site(fig, lo, lo + len(m.group("what"))):
            return pop, fig.n.end, "remaining"  # "the number of officers at Camp Taji was …": who is held there
        return pop, fig.n.end, found[0].status if found else (prior[-1].status if prior else None)
    return None


def _at_held_site(fig: BareFigure, lo: int, hi: int) -> bool:
    """Whether the words describing the number place its people at a camp, base or airfield ("officers at Camp
    Taji")."""
    site = fig.rules.pattern("site_after")
    return any(p.feature_type in HELD_SITES and lo <= p.start < hi and
               (at := site.search(fig.text, max(lo, p.start - 12), p.start)) is not None and at.end() == p.start
               for p in fig.doc.mentions.count_places)


def described_number(fig: BareFigure) -> Reading | None:
    """ "put the number who crossed at 2,400": the words of the description say what happened."""
    rules = fig.rules
    described = rules.pattern("put_what_at").search(fig.head) or rules.pattern("number_described").search(fig.head)
    # "the number of officers refusing to return was …": the people the description names, else those before
    named = described.groupdict().get("people") if described else None
    own = noun_phrase(" " + named, 0, rules) if named else None
    if (m := described) and (pop := (population_of(own.classes, rules) if own else None) or fig.elliptical()):
        lo = fig.head_offset(m, "what")
        found = cues_in(fig.blanked, lo, lo + len(m.group("what")), "after", rules)
        return pop, fig.n.end, found[0].status if found else restated_status(fig.prior, fig.n)
    return None


def figure_of(fig: BareFigure) -> Reading | None:
    """ "a figure of 1,900 …": the words after it, up to a clause of its own ("…, but two men were moved" is
    another group's; "down from 174 when the group was moved there" the figure's)."""
    rules, n, sent = fig.rules, fig.n, fig.sent
    if rules.pattern("figure_of").search(fig.head) and not _compared_with_a_measure(fig) and (pop := fig.elliptical()):
        other = rules.pattern("coordinate_clause").search(fig.blanked, n.end, sent.end)
        found = cues_in(fig.blanked, n.end, min(other.start() if other else sent.end, n.end + 60), "after", rules)
        return pop, n.end, found[0].status if found else restated_status(fig.prior, n)
    return None


def _compared_with_a_measure(fig: BareFigure) -> bool:
    """ "a deficit of 6.3 billion dinars …, up from 5.6 billion": compared with a sum, a distance or a share, the
    figure is one too."""
    if not fig.rules.pattern("compared_from_before").search(fig.head):
        return False
    return bool(fig.numbers_before) and is_measure(fig.text, fig.numbers_before[-1], fig.rules)


def apposed_figure(fig: BareFigure) -> Reading | None:
    """ "a small number of senior officers, fewer than twenty, are in Baghdad": the noun before the commas, or a group
    of the people counted before ("A smaller group, about 350, made their way west")."""
    rules = fig.rules
    if (apposed := rules.pattern("apposed_figure_before").search(fig.head)) and \
            rules.pattern("apposed_figure_after").match(fig.text, fig.n.end) and \
            (pop := noun_before(apposed.group("noun"), len(apposed.group("noun")), rules)):
        return pop, fig.n.end, None
    if rules.pattern("group_apposed_before").search(fig.head) and rules.pattern("apposed_figure_after").match(
            fig.text, fig.n.end) and (pop := fig.elliptical()):
        return pop, fig.n.end, None  # "A smaller group, about 350, made their way west": of the people counted before
    return None


def relative_apposed(fig: BareFigure) -> Reading | None:
    """ "Those who refused to go, about 440 according to a senior official, were moved to Taji": the people named
    before, as many as the figure says; the clause's verb after the commas governs."""
    rules = fig.rules
    if fig.prior and (relative := rules.pattern("relative_apposed_before").search(fig.head)) and \
            (apposed := rules.pattern("apposed_figure_after").match(fig.text, fig.n.end)) and (pop := fig.elliptical()):
        # "Those who remain, about 220 …, are almost all officers": with no verb of its own after the commas, what the
        # relative clause says befell them is what the figure counts
        if cues_in(fig.blanked, apposed.end(), fig.sent.end, "after", rules):
            return pop, fig.n.end, None
        lo = fig.n.start - len(fig.head) + relative.start()
        said = cues_in(fig.blanked, lo, fig.n.start, "after", rules)
        return pop, fig.n.end, said[-1].status if said else None
    return None


def numbering(fig: BareFigure) -> Reading | None:
    """ "the soldiers, numbering more than 2,400, fled": the clause's verb governs."""
    if fig.rules.pattern("numbering_before").search(fig.head) and (
            pop := noun_before(fig.text, fig.n.start, fig.rules) or fig.elliptical()):
        return pop, fig.n.end, None
    return None
