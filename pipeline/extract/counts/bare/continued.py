"""More of the people counted before: "another 377 followed", "in three batches: 1,905 on 19 December, 437 …",
"The remaining 92 are at Camp Taji", "a total of 2,276", "More than 2,500 had been through the centre"."""

from __future__ import annotations

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.inherit import pro_verb_status, restated_status
from pipeline.extract.counts.list_heading import list_opening
from pipeline.extract.counts.not_people import age_of_people, pronoun_one
from pipeline.extract.counts.people import noun_before
from pipeline.extract.counts.status import cues_in, realised
from pipeline.text.spans import Span


def followed_more(fig: BareFigure) -> Reading | None:
    """ "another 377 followed", "a second group of 672 followed", "…, and a further 371 on Jan. 14"."""
    text, rules, n = fig.text, fig.rules, fig.n
    if fig.prior and rules.pattern("more_before").search(fig.head) and (
            rules.pattern("followed_after").match(text, n.end) or rules.pattern("list_item_after").match(text, n.end)):
        return fig.elliptical(), n.end, fig.prior[-1].status
    return None


def more_subject(fig: BareFigure) -> Reading | None:
    """ "A further 200 are to go by road": more of the people counted in this sentence or the one before, with a
    verb of their own; not of a figure paragraphs back ("18,000 refugees have gone home and another 2,000")."""
    rules = fig.rules
    if fig.prior and rules.pattern("more_before").search(fig.head) and \
            rules.pattern("bare_subject").match(fig.text, fig.n.end) and _just_before(fig, fig.prior[-1].sentence):
        return fig.elliptical(), fig.n.end, None
    return None


def list_item(fig: BareFigure) -> Reading | None:
    """ "in three batches: 1,905 on 19 December, 437 …": the list's head says what happened to its items ("Iraq
    has returned the men in three batches:"), else the items are more of the previous figure's people."""
    text, rules, n, sent = fig.text, fig.rules, fig.n, fig.sent
    if fig.prior and (listed := rules.pattern("list_item_before").search(text, sent.start, n.start)) and \
            rules.pattern("list_item_after").match(text, n.end):
        head_cues = cues_in(fig.blanked, sent.start, listed.end(), "before", rules) or \
            cues_in(fig.blanked, sent.start, listed.start(), "after", rules)
        # "officers who refused to go back were moved in two groups: 97 …": the people the head names, if it does
        named = noun_before(text[sent.start:listed.start()], listed.start() - sent.start, rules)
        return named or fig.elliptical(), n.end, head_cues[-1].status if head_cues else fig.prior[-1].status
    return None


def place_list_item(fig: BareFigure) -> Reading | None:
    """ "the principal allotments are as follows: Berne, 11,000; Zurich, 8,500; and Geneva, nearly 3,000": a figure
    right after a place named as an item of a list the sentence opens with a colon counts the people of the figures
    before it there; what befell them, as the list's head says, else as the figure before."""
    text, rules, n, sent = fig.text, fig.rules, fig.n, fig.sent
    colon = text.rfind(":", sent.start, n.start)
    place = next((p for p in fig.doc.mentions.count_places if colon < p.start and p.end <= n.start
                  and not text[p.end:n.start].strip(" ,")), None)
    if not fig.prior or colon < 0 or place is None or \
            not rules.pattern("place_list_item_before").search(text, max(colon, place.start - 8), place.start) or \
            not rules.pattern("place_list_item_after").match(text, n.end):
        return None
    head_cues = cues_in(fig.blanked, sent.start, colon, "after", rules) or \
        cues_in(fig.blanked, sent.start, colon, "before", rules)
    return fig.elliptical(), n.end, head_cues[-1].status if head_cues else fig.prior[-1].status


def bulleted_item(fig: BareFigure) -> Reading | None:
    """ "He said the men had returned in three batches:" above "- 1,905 on December 19;": a figure that opens a
    bulleted line of a list whose opening line ends in a colon, as `list_item` reads one within its sentence."""
    text, rules, n = fig.text, fig.rules, fig.n
    line_start = text.rfind("\n", 0, n.start) + 1
    if not (fig.prior and line_start < n.start and rules.pattern("line_opening").fullmatch(text, line_start, n.start)
            and rules.pattern("list_item_after").match(text, n.end)):
        return None
    opening = list_opening(fig.doc, line_start)
    if opening is None:
        return None
    head_cues = cues_in(fig.blanked, *opening, "before", rules) or cues_in(fig.blanked, *opening, "after", rules)
    return fig.elliptical(), n.end, head_cues[-1].status if head_cues else fig.prior[-1].status


def gapped_item(fig: BareFigure) -> Reading | None:
    """ "1,210 soldiers were handed back on 19 December, 694 on 22 December": the same verb and the same people,
    gapped, for the next group."""
    rules, prior, n = fig.rules, fig.prior, fig.n
    if prior and prior[-1].sentence == fig.sent and rules.pattern("gapped_item_before").search(
            fig.text, prior[-1].number.end, n.start) and rules.pattern("gapped_item_after").match(fig.text, n.end):
        return prior[-1].population, n.end, prior[-1].status
    return None


def remainder(fig: BareFigure) -> Reading | None:
    """ "The remaining 92 are at Camp Taji": the rest of the people are still there, unless their own verb says
    what befell them ("The rest, more than 2,280, have gone home to their families")."""
    rules, blanked = fig.rules, fig.blanked
    if fig.prior and rules.pattern("remainder_before").search(fig.head):
        moved = [c for c in realised(blanked, cues_in(blanked, fig.n.end, fig.sent.end, "after", rules), rules)
                 if c.status in ("returned", "relocated")]
        return fig.elliptical(), fig.n.end, None if moved else "remaining"
    return None


def of_whom(fig: BareFigure) -> Reading | None:
    """ "1,240 soldiers, of whom 37 were wounded": a part, its own verb."""
    if fig.prior and fig.rules.pattern("of_whom_before").search(fig.head):
        return fig.elliptical(), fig.n.end, None
    return None


def total_figure(fig: BareFigure) -> Reading | None:
    """ "1,905 … and a further 371 on Jan. 14, a total of 2,276": the sum of the figures before."""
    n = fig.n
    if fig.prior and fig.rules.pattern("total_in_number").match(fig.text, n.start, n.end):
        return fig.elliptical(), n.end, restated_status(fig.prior, n)
    return None


def bare_subject(fig: BareFigure) -> Reading | None:
    """ "More than 2,500 had been through the centre", "At least nine need treatment": a figure with no noun that
    opens its clause as the subject of the verb after it, or that "who" describes ("I know of six who were
    resettled"), counts the people named before; "Of the officers at Taji, 23 are over 60": those named."""
    text, rules, n, sent = fig.text, fig.rules, fig.n, fig.sent
    if fig.prior and ((rules.pattern("bare_subject").match(text, n.end) and (
            rules.pattern("clause_opening").fullmatch(text, sent.start, n.start)
            or rules.pattern("subject_clause_before").search(text, sent.start, n.start)
            or (rules.pattern("spliced_clause_before").search(text, sent.start, n.start) and not pronoun_one(text, n)))
            and not age_of_people(text, n, rules))
            or (rules.pattern("bare_relative").match(text, n.end) and not age_of_people(text, n, rules))):
        partitive = rules.pattern("partitive_of_opening").match(text, sent.start, n.start)
        own = noun_before(text[:n.start], n.start, rules) if partitive else None
        return own or fig.elliptical(), n.end, pro_verb_status(fig.doc, fig.blanked, sent, n, fig.prior)
    return None


def _just_before(fig: BareFigure, earlier: Span) -> bool:
    """Whether `earlier` is the figure's sentence or the sentence right before it in the same paragraph."""
    if earlier == fig.sent:
        return True
    before = [s for s in fig.doc.sentences if s.end <= fig.sent.start]
    return bool(before) and before[-1] == earlier and "\n" not in fig.text[earlier.end:fig.sent.start]
