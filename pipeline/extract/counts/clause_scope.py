"""The clause that tells of a figure: where it starts and ends, the verb that governs it, and its status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.among import among_cue, among_over_relative
from pipeline.extract.counts.apposed import apposed_cue
from pipeline.extract.counts.asides import (
    before_breakdown,
    before_coordinated_figure,
    dash_breakdown_cue,
    dashed_apposition,
    subject_aside,
    without_aside,
)
from pipeline.extract.counts.carried import carried_status
from pipeline.extract.counts.clauses import before_apposition, clause_end, clause_start
from pipeline.extract.counts.companions import companion_cue
from pipeline.extract.counts.direction import arriving_there, crossing_direction
from pipeline.extract.counts.draft import CountDraft
from pipeline.extract.counts.excepted import excepted
from pipeline.extract.counts.governing import governing_cue, onward_return, scope_start
from pipeline.extract.counts.held_at import counted_at_site, held_at_site, placed_at_site
from pipeline.extract.counts.home_side import left_for_home, received_home
from pipeline.extract.counts.inherit import (
    denied_status,
    described_status,
    opens_on_partitive,
    same_value,
    topic_status,
)
from pipeline.extract.counts.into_home import into_home
from pipeline.extract.counts.not_people import pronoun_one
from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.counts.parts import named_whole
from pipeline.extract.counts.questions import answered_status
from pipeline.extract.counts.restated import as_large_as_the_crossing
from pipeline.extract.counts.scope import FigureScope
from pipeline.extract.counts.status import cues_in
from pipeline.extract.counts.where_clause import where_status
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def figure_scope(doc: ArticleDoc, blanked: str, n: NumberMention, sent: Span, np_end: int, implied: str | None,
           numbers: list[NumberMention], out: list[CountDraft], ends: list[int]) -> FigureScope:
    rules = doc.rules
    aside = subject_aside(blanked, np_end, sent.end, rules) or \
        dashed_apposition(blanked, sent.start, n.start, np_end, sent.end, rules)
    blanked = without_aside(blanked, aside)  # the aside's figure and verbs are its own
    following = next((m.start for m in numbers if m.start >= (aside[1] if aside else np_end)
                      and noun_phrase(doc.text, m.end, rules)), None)
    # the clause goes on past an aside's closing comma: ", of whom 250 are officers, have said" is no trailing
    # attribution
    end = before_apposition(blanked, np_end, clause_end(blanked, aside[1] + 1 if aside else np_end, sent.end, rules),
                            following, rules)
    end = before_breakdown(blanked, np_end, before_coordinated_figure(blanked, np_end, end, numbers, rules), numbers)
    limit = sent.end
    if rules.pattern("partitive_head").match(doc.text, sent.start, n.start) and (comma := blanked.find(",", np_end, end + 1)) > 0:
        end = limit = comma  # "Of the roughly 2,500 who crossed, all but ...": only its own relative clause tells of it
    begin = clause_start(blanked, sent.start, n.start, rules)
    cue = governing_cue(blanked, np_end, end, begin, n, numbers, rules, limit)
    if cue is None and (dashed := dash_breakdown_cue(blanked, sent.start, sent.end, n, rules)) is not None:
        cue = dashed  # "330 people – 302 police, 18 customs officials – were handed over": the verb after the dash
    if (left_out := excepted(doc.text, blanked, n, np_end, begin, end, rules)) is not None:
        cue, implied = left_out[0], left_out[1] or implied  # "…, with the exception of 17 who remain at …"
    if cue is not None and cue.start >= end:  # a main verb past a cut relative clause opens the figure's clause
        end = clause_end(blanked, cue.end, sent.end, rules)
    elif cue is None and (joined := rules.pattern("joined_predicate").match(blanked, end, limit)):
        # "The remaining 153 are all officers, he said, and are now held at Camp Taji": a clause that tells
        # nothing of what happened goes on into the predicate joined to it
        end = clause_end(blanked, joined.end(), limit, rules)
        cue = governing_cue(blanked, np_end, end, begin, n, numbers, rules, limit)
    said = onward_return(blanked, cue, end, rules) or cue  # the clause's places stay the first verb's
    status = received_home(doc, sent, crossing_direction(doc, blanked, sent, said,
                                                         implied or (said.status if said else "other"), (n.end, np_end)))
    status = left_for_home(doc, np_end, end, arriving_there(doc, blanked, sent, said, into_home(doc, said, status)))
    # "registered 1,870 returning ex-soldiers": a verb that only counts them leaves the telling to their own words
    counting = cue is not None and rules.pattern("counting_cue").fullmatch(blanked, cue.start, cue.end) is not None
    modifier = cues_in(blanked, n.end, np_end, "modifier", rules) if (cue is None or counting) and implied is None else []
    # "hundreds of soldiers crossing on the Saturday", "about 20 men in uniform crossing in a canoe"
    modifier = modifier or ([c for c in cues_in(blanked, np_end, min(end, np_end + 60), "participle", rules)
                             if rules.pattern("participle_gap").fullmatch(blanked, np_end, c.start)][:1]
                            if cue is None and implied is None else [])
    # "Among those who crossed were 63 customs officers, who were sent back …": the opening over a relative clause
    if implied is None and (among := (among_cue(blanked, sent.start, n.start, rules)
                                      or companion_cue(blanked, sent.start, n.start, rules)) if cue is None
                            else among_over_relative(blanked, sent.start, n.start, np_end, cue, rules)):
        status = among.status
    elif modifier:
        status = modifier[0].status  # "interviewed dozens of the remaining officers": the people's own words
    elif cue is None and implied is None and (whole := named_whole(doc, sent, n, out)) is not None:
        status = whole.status  # "Of the 2,358 we recorded 431 officers": what befell the whole it names
    elif cue is None and implied is None and rules.pattern("partitive_head").match(doc.text, sent.start, n.start) and \
            (same := same_value(out, n)) is not None:
        status = same.status  # "Of the 118 men, 14 are over 60": the whole named again by its number
    elif cue is None and implied is None and out and (
            rules.pattern("among_previous").match(blanked, np_end)
            or rules.pattern("joined_previous").search(blanked, np_end, end)
            or (_same_or_next(doc, out[-1].sentence, sent)
                and rules.pattern("part_of_previous").search(text_before(doc, n, 50)))
            or (out[-1].sentence == sent and rules.pattern("beside_previous").search(text_before(doc, n, 30)))
            or (out[-1].sentence == sent
                and rules.pattern("coordinated_previous").match(doc.text[out[-1].number.end:n.start]))
            or opens_on_partitive(doc, sent, out)):
        status = out[-1].status  # "12 officers were among the soldiers", "2,150, including three generals"
    elif cue is None and implied is None and (apposed := apposed_cue(doc.text, blanked, sent, n, numbers, rules)):
        status = received_home(doc, sent, crossing_direction(doc, blanked, sent, apposed, apposed.status))
    elif cue is None and implied is None:
        # "How many crossed has never been settled.", "How many crossed? … - UNHCR, 16 December: around 2,000"
        status = denied_status(doc, blanked, sent, np_end) or described_status(doc, blanked, sent, n) or \
            where_status(doc, blanked, sent, n) or carried_status(doc, blanked, sent, n) or topic_status(doc, blanked, sent, n, out) or \
            answered_status(doc, sent, np_end) or status
        appositive = rules.pattern("apposition_then_present").match(doc.text, np_end)
        if status == "other" and rules.pattern("present_state_after").match(doc.text, appositive.end() if appositive else np_end):
            status = "remaining"  # "Some 40 of them are over 55": people in a state now are still there
        elif status == "other" and held_at_site(doc, n, np_end):
            status = "remaining"  # "- June: fewer than 50 officers at Taji": a line saying where they are
        elif status == "other" and (placed_at_site(doc, n, np_end) or counted_at_site(doc, n)):
            status = "remaining"  # "UNHCR staff met some 120 officers at Taji", "the number at Taji at 97 officers"
        elif status == "other" and as_large_as_the_crossing(n, out) and \
                rules.pattern("estimate_words").search(doc.text, sent.start, sent.end):
            status = "entered"  # "officials have given figures of between 2,400 and 2,700": how many crossed
    lo = scope_start(blanked, np_end, cue, rules) if implied is None else np_end
    # a date in the previous figure's clause is that figure's, not this one's
    prev_end = max([sent.start] + [e for c, e in zip(out, ends) if c.sentence == sent and e <= n.start]
                   + [m.end for m in numbers if sent.start <= m.end <= n.start and m is not n
                      and not pronoun_one(doc.text, m)
                      and not any(t.start <= m.start < t.end for t in doc.times)])  # "Two days later, 40 were moved"
    return FigureScope(n, sent, np_end, lo, end, cue, status, prev_end)


def _same_or_next(doc: ArticleDoc, earlier: Span, sent: Span) -> bool:
    """The sentence itself, or the one right after ("… the handover of 212. The group included 171 soldiers")."""
    return earlier == sent or not doc.text[earlier.end:sent.start].strip()


def text_before(doc: ArticleDoc, n: NumberMention, width: int) -> str:
    return doc.text[max(0, n.start - width):n.start]
