"""Which status cue of a sentence governs a figure: the clause's own verb, not a relative clause's ("1,900 soldiers
who fled last month have returned"), nor a verb whose object is another figure; and where the places of that verb's
clause start."""

from __future__ import annotations

import re

from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.counts.status import Cue, cues_in, realised
from pipeline.extract.figures.number_mention import NumberMention
from pipeline.text.rules import RuleSet

DETACHED = 40  # characters past the counted noun phrase beyond which a verb no longer describes the people


def governing_cue(blanked: str, np_end: int, end: int, begin: int, n: NumberMention,
                  numbers: list[NumberMention], rules: RuleSet, limit: int | None = None) -> Cue | None:
    """The clause's own verb governs; a relative clause ("... who fled") only describes the people.

    So a cue before the number ("Iraq received 3,000 soldiers who fled") or a main verb after the
    relative clause ("1,900 soldiers who fled last month have returned") wins over the relative one.
    A cue before the number applies only when no other figure stands between them.
    """
    # "has received 2,493 soldiers … and has returned 2,365 of them": a verb whose object is another figure is its
    gap = rules.pattern("verb_object_gap")
    after = [c for c in realised(blanked, cues_in(blanked, np_end, end, "after", rules), rules)
             if not any(m.start > c.end and gap.fullmatch(blanked, c.end, m.start) and not _counts_things(blanked, m, rules)
                        for m in numbers)]
    before = realised(blanked, cues_in(blanked, begin, n.start, "before", rules), rules)
    # "more than 2,000 have already returned, and the several hundred who remain": a verb ending its own
    # coordinated clause has no object after it
    before_cue = before[-1] if before and not any(before[-1].end <= m.start < n.start for m in numbers) and \
        not rules.pattern("coordinated_clause").match(blanked, before[-1].end, n.start) and \
        not rules.pattern("reported_clause_joint").search(blanked, before[-1].end, n.start) else None
    if before_cue is not None and after and (joined := rules.pattern("coordinated_own_object").search(
            blanked, np_end, min(len(blanked), after[0].end + 60))) and joined.start("verb") == after[0].start:
        return before_cue  # "received 2,500 soldiers and returned most of them": the second verb has its own object
    if not after:
        return before_cue
    if before_cue is not None and not blanked[before_cue.end:n.start].strip() and (
            after[0].start - np_end > DETACHED or after[0].status == before_cue.status):
        # "handed 1,905 soldiers back ..., the first return since the men fled": the figure is the verb's object;
        # a verb right after the people ("registered 812 men held in two camps") still says what they are
        return before_cue
    if (main := _past_reduced_relative(blanked, np_end, after, rules)) is not None:
        return main
    if not rules.pattern("relative_before_cue").search(blanked[max(np_end, after[0].start - 30):after[0].start]):
        return after[0]
    if rules.pattern("none_of_before").search(blanked, max(0, n.start - 30), n.start):
        # "none of the roughly 1,900 men who came back had been detained": the main verb is denied of them all,
        # so what they are counted as is what the relative clause says befell them
        return after[0]
    if before_cue:
        # "counted 2,214 soldiers who went home": a verb that only counts them leaves the telling to the clause
        counting = rules.pattern("counting_cue").fullmatch(blanked, before_cue.start, before_cue.end)
        return after[0] if counting and after[0].status != before_cue.status else before_cue
    # a later cue not opening another relative clause is the main verb ("… who fled to Iraq have returned")
    relative = rules.pattern("relative_pronoun")
    # "… since the first convoy arrived" is another clause's verb; "… as Assad fell have been taken back" the main one
    subordinate, aux, opening = (rules.pattern(name) for name in ("subordinate_opening", "main_verb_aux", "main_verb_opening"))
    main = [c for c in after[1:] if not relative.search(blanked, after[0].end, c.start) and not (
        subordinate.search(blanked, after[0].end, c.start) and not aux.search(blanked[max(0, c.start - 40):c.start])
        and not opening.match(blanked, c.start))]
    if main:
        return main[0]
    return _finite_main(blanked, end, limit, numbers, rules) or after[0]


def _past_reduced_relative(blanked: str, np_end: int, after: list[Cue], rules: RuleSet) -> Cue | None:
    """ "nearly 700 of the men held in Thailand were handed back": a participle right after the people describes
    them as a relative clause would; the verb after an auxiliary, in the same clause, is the main one. Not a verb
    joined to the first ("crossed into Thailand and were held there") nor one of another clause ("…, where they
    were held"), nor after "those" ("40 of those returned … had been detained")."""
    if len(after) < 2 or blanked[np_end:after[0].start].strip() or _THOSE.search(blanked[max(0, after[0].start - 12):after[0].start]) or \
            rules.pattern("main_verb_opening").match(blanked, after[0].start):
        return None
    aux = rules.pattern("main_verb_aux")
    for cue in after[1:]:
        gap = blanked[after[0].end:cue.start]
        if _ANOTHER_CLAUSE.search(gap):
            return None
        if aux.search(gap[-40:]) or rules.pattern("main_verb_opening").match(blanked, cue.start):
            return cue
    return None


# "at least 40 of those returned in January had been detained on arrival": the participle names the whole the
# figure is a part of, and what befell the whole is what the part is counted as
_THOSE = re.compile(r"\bthose\s+$", re.I)
_ANOTHER_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|or|where|when|while|who|which|that|they|he|she|it|we)\b", re.I)


def _finite_main(blanked: str, end: int, limit: int | None, numbers: list[NumberMention], rules: RuleSet) -> Cue | None:
    """The main verb past a relative clause cut short by "after ..." ("184 soldiers who crossed into X after
    their camps were overrun were flown back"): a cue right after an auxiliary, before any other figure."""
    if limit is None or end >= limit:
        return None
    # another figure of people takes the verbs after it; "two of their camps" does not
    stop = min([m.start for m in numbers if m.start >= end and not _counts_things(blanked, m, rules)] + [limit])
    aux, opening = rules.pattern("main_verb_aux"), rules.pattern("main_verb_opening")
    for cue in realised(blanked, cues_in(blanked, end, stop, "after", rules), rules):
        if aux.search(blanked[max(end, cue.start - 40):cue.start]) or opening.match(blanked, cue.start):
            return cue
    return None


def _counts_things(blanked: str, number: NumberMention, rules: RuleSet) -> bool:
    """ "two of their camps": a number heading a noun that is not people, so not another figure."""
    return noun_phrase(blanked, number.end, rules) is None and bool(rules.pattern("counted_thing").match(blanked, number.end))


def scope_start(blanked: str, np_end: int, cue: Cue | None, rules: RuleSet) -> int:
    """Places of a relative clause ("who fled to Iraq have returned") are not where the main verb took them;
    a place before the verb, after a move only wished for ("had asked to enter at Al-Qaim and had been
    allowed in"), is."""
    if cue is None or cue.start <= np_end:
        return np_end
    relative = rules.pattern("relative_pronoun").search(blanked, np_end, cue.start)
    earlier = cues_in(blanked, relative.end() if relative else np_end, cue.start, "after", rules)
    if relative is None and earlier:
        return np_end
    # "1,900 soldiers who boarded buses at Al-Qaim and rode back": with no main verb, the relative clause
    # tells the figure's event, its places included
    in_relative = rules.pattern("relative_before_cue").search(blanked, max(np_end, cue.start - 30), cue.start) or \
        re.search(r"\band\s+(?:\w+\s+)?$", blanked[max(np_end, cue.start - 20):cue.start])
    if relative is not None and in_relative and all(c.status == cue.status for c in earlier):
        return np_end
    return cue.start


def onward_return(blanked: str, cue: Cue | None, end: int, rules: RuleSet) -> Cue | None:
    """ "312 men ... were bused to Al-Qaim and handed over to Syrian officials at the border": a move inside
    the host country that ends in a handover, in the same clause, is a return."""
    if cue is None or cue.status != "relocated":
        return None
    joined = rules.pattern("joined_verb_before")
    return next((later for later in cues_in(blanked, cue.end, end, "after", rules) if later.status == "returned"
                 and joined.search(blanked, max(cue.end, later.start - 30), later.start)), None)
