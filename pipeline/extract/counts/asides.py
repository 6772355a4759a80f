"""Words set off inside a figure's clause that are not its own: asides between subject and verb, and
proportions.

"14 members of the armed forces, three of them generals, had entered the country": the aside between the
commas is a figure of its own, but the verb after it is the first figure's; "More than 2,350 men, roughly
nine in ten of those who crossed, have gone back": the aside's "crossed" is not what the 2,350 did, and
"nine in ten" is a share, not a count of people. "22 return to Syria and six are moved to Taji": a figure
after "and" that follows a verb of the first opens a clause of its own.
"""

from __future__ import annotations

import re

from pipeline.extract.counts.status import Cue, cues_in
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.rules import RuleSet

_AND_BEFORE = re.compile(r",?\s+and\s+$")


def subject_aside(blanked: str, np_end: int, limit: int, rules: RuleSet) -> tuple[int, int] | None:
    """The span of an aside between a figure's noun phrase and its verb, when the clause goes on after it
    with an auxiliary or adverb ("…, three of them generals, had entered") or with a status verb."""
    m = rules.pattern("subject_aside").match(blanked, np_end, limit)
    if m is None and (m := rules.pattern("subject_aside_open").match(blanked, np_end, limit)):
        # "Several hundred Georgian soldiers, many still in uniform, crossed the bridge": the verb itself follows
        cue = cues_in(blanked, m.end(), min(limit, m.end() + 30), "after", rules)
        m = m if cue and cue[0].start == m.end() else None
    return (m.start("aside"), m.end("aside")) if m else None


def dashed_apposition(blanked: str, sent_start: int, n_start: int, np_end: int, limit: int,
                      rules: RuleSet) -> tuple[int, int] | None:
    """ "The remainder — 512 men, among them several dozen officers — are still being held": a figure set off by a
    pair of dashes after the noun it counts goes on, past the closing dash, to the verb of that noun's clause; the
    span from its noun phrase's end to the closing dash is an aside of it (None when the figure opens no dash)."""
    if not rules.pattern("dash_open_before").search(blanked, max(sent_start, n_start - 4), n_start):
        return None
    close = rules.pattern("dash_close_after").match(blanked, np_end, limit)
    return (np_end, close.end()) if close else None


def past_aside(blanked: str, np_end: int, start: int, limit: int, rules: RuleSet) -> int:
    """Where the verb of a figure's clause may begin, from `start`: past an aside ("Eighty-one of them, most of
    them teenage conscripts, were handed over"), which `cue_text` has blanked already when it holds no figure."""
    aside = subject_aside(blanked, np_end, limit, rules)
    # "several dozen of them held the rank of colonel, …, had served": a verb before the commas is the clause's
    start = aside[1] if aside and not cues_in(blanked, start, aside[0], "after", rules) else start
    return len(blanked) - len(blanked[start:].lstrip(" ,"))


def without_aside(blanked: str, aside: tuple[int, int] | None) -> str:
    """The clause text with the aside blanked out, offsets unchanged."""
    if aside is None:
        return blanked
    start, end = aside
    return blanked[:start] + " " * (end - start) + blanked[end:]


def is_proportion(text: str, number: NumberMention, rules: RuleSet) -> bool:
    """ "nine in ten", "one out of three": a share of the people, not a figure of them."""
    small = number.value_best is not None and number.value_best <= 100 and number.qualifier == "exact"
    return small and bool(rules.pattern("proportion_after").match(text, number.end)
                          or rules.pattern("proportion_before").search(text, max(0, number.start - 20), number.start))


def before_coordinated_figure(blanked: str, np_end: int, end: int, numbers: list[NumberMention],
                              rules: RuleSet) -> int:
    """Where "and" opens the next figure's own clause: the figure's clause has had its status verb, and the next
    figure has one of its own."""
    for number in numbers:
        if np_end < number.start < end and (joined := _AND_BEFORE.search(blanked, max(np_end, number.start - 8),
                                                                           number.start)) \
                and cues_in(blanked, np_end, joined.start(), "after", rules) \
                and cues_in(blanked, number.end, min(end, number.end + 40), "after", rules):
            return joined.start()  # both have verbs of their own; "and six in July" shares the first's
    return end


def dash_breakdown_cue(blanked: str, sent_start: int, sent_end: int, number: NumberMention, rules: RuleSet) -> Cue | None:
    """ "A total of 330 people – 302 police, 18 customs officials and six family members – were handed over": a
    figure of a breakdown set off by dashes shares the verb that follows the closing dash."""
    opened = [m for m in _DASH.finditer(blanked, sent_start, number.start)]
    closed = _DASH.search(blanked, number.end, sent_end)
    if len(opened) != 1 or closed is None:
        return None
    cue = cues_in(blanked, closed.end(), min(sent_end, closed.end() + 40), "after", rules)
    return cue[0] if cue and _AUXILIARIES.fullmatch(blanked, closed.end(), cue[0].start) else None


_DASH = re.compile(r"\s(?:–|—|--)\s")  # a dash set off by spaces, not the hyphen of a range ("2,000-3,000")
_AUXILIARIES = re.compile(r"\s*(?:(?:had|have|has|were|was|are|is|been|being|all|also|then|later)\s+)*", re.IGNORECASE)


def before_breakdown(blanked: str, np_end: int, end: int, numbers: list[NumberMention]) -> int:
    """ "755 are still hosted in Anbar province: (733) at the airfield and (22) at the hospital": a colon that
    opens a breakdown into figures ends the whole's clause; the places after it are the parts'."""
    colon = blanked.find(":", np_end, end)
    if colon >= 0 and any(colon < number.start <= colon + 4 for number in numbers):
        return colon
    return end
