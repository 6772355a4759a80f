"""Whether a time of a sentence is the moment its words were said ("he said last week"), or a count revised ("the
figure was revised upward on Dec. 11 to 2,493": the day of the revision, not of the crossing)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.speech.verbs import verb_re

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.text.spans import Span


def said_at(doc: ArticleDoc, sent: Span, time: TimeMention) -> bool:
    """The time follows a speech verb of the sentence ("he said last week", "told reporters on Monday"); a
    span of time ("put the total sent back since mid-December at …") is never the moment of saying.
    Asked of every time of the article for each figure: answered once per sentence and time."""
    if time.kind in ("since", "range"):
        return False
    said = doc.layer("said_at", lambda _: {})
    key = (sent.start, time.start)
    if key not in said:
        verbs = [v for v in verb_re(doc.rules).finditer(doc.text, sent.start, time.start)]
        # "tell us that Iraqi authorities yesterday handed back …": past "that" the time is the reported clause's own,
        # and past "who" its relative clause's ("put the number of troops who crossed in December at 2,600")
        said[key] = (bool(verbs) and (re.fullmatch(r"(?:(?!\b(?:that|who|which)\b)[^.;,\d]){0,45}",
                                                   doc.text[verbs[-1].end():time.start]) is not None
                                      or _after_estimate(doc, verbs[-1], time))) \
            or doc.rules.pattern("asked_at").search(doc.text, max(sent.start, time.start - 60), time.start) is not None \
            or doc.rules.pattern("revised_at").search(doc.text, max(sent.start, time.start - 40), time.start) is not None \
            or _fronted_saying(doc, sent, time) or _before_verb(doc, time) or _credited_line(doc, time)
    return said[key]


def _credited_line(doc: ArticleDoc, time: TimeMention) -> bool:
    """ "- Ministry of Defence, 11 December: 2,312": a line that opens on who gave its figure and when, before the
    colon, is dated by the day it was given; a line that opens on what happened ("Entered Iraq, 7-8 December:
    2,490") is dated by the event."""
    line_start = doc.text.rfind("\n", 0, time.start) + 1
    credit = doc.rules.pattern("credited_line_before").fullmatch(doc.text, line_start, time.start)
    if credit is None or doc.rules.pattern("credited_line_after").match(doc.text, time.end) is None:
        return False
    lo, hi = line_start + credit.start("source") - credit.start(), time.start
    return any(lo <= m.start < hi for m in [*doc.mentions.orgs, *doc.mentions.people])


_TO_VERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?")


def _before_verb(doc: ArticleDoc, time: TimeMention) -> bool:
    """ "the Federal authorities this evening estimate the number …", "the ministry yesterday stated that …": a time
    right before a speech verb, between its speaker and it, is the moment of saying."""
    gap = _TO_VERB.match(doc.text, time.end)
    verb = verb_re(doc.rules).pattern.match(doc.text, gap.end()) if gap else None
    # what follows is what was said, not the verb's other sense ("a fourth handover on 12 February added 49")
    return verb is not None and _SAID_OPENS.match(doc.text, verb.end()) is not None


_SAID_OPENS = re.compile(r"\s+(?:that\b|the\s+(?:number|figure|total|count|tally)\b|[\"“])|\s*[:,]")


def _fronted_saying(doc: ArticleDoc, sent: Span, time: TimeMention) -> bool:
    """ "On 10 December the ministry announced that 2,347 had entered Iraq": a time that opens the sentence
    before its speaker and verb is the day of saying when what was said lies further back ("had entered"), or
    when the verb puts a number at a figure ("On Sunday an official put the total at 2,493")."""
    if not doc.rules.pattern("line_opening_time").fullmatch(doc.text, sent.start, time.start):
        return False
    verb = verb_re(doc.rules).search(doc.text, time.end, min(sent.end, time.end + 90))
    return verb is not None and re.fullmatch(r"[^.;\d\"“]*", doc.text[time.end:verb.start()]) is not None \
        and (doc.rules.pattern("reported_pluperfect").match(doc.text, verb.end(), sent.end) is not None
             or (_ESTIMATE_AT.match(doc.text, verb.end()) is not None and _ESTIMATE.search(verb.group(0)) is not None))


def _after_estimate(doc: ArticleDoc, verb: re.Match[str], time: TimeMention) -> bool:
    """ "a spokesman put the number at close to 4,000 two days later": a time right after the figure a verb puts a
    number at is when it was put so."""
    return _ESTIMATE.search(verb.group(0)) is not None and \
        _FIGURE_AT.fullmatch(doc.text, verb.end(), time.start) is not None


# "at close to 4,000 ", "at 2,493 "; not "at 2,398 by January 31", the day the figure runs to
_FIGURE_AT = re.compile(r"\s+at\s+(?:[\w,.-]+\s+){1,4}(?<!\bby\s)(?<!\buntil\s)(?<!\bof\s)(?<!\bthrough\s)",
                        re.IGNORECASE)


# "On Sunday an official put the total at 2,493": an estimate's figure follows "at" right after the verb
_ESTIMATE = re.compile(r"\b(?:number|total|figure|tally|count)$", re.IGNORECASE)
_ESTIMATE_AT = re.compile(r"\s+at\s", re.IGNORECASE)


# "He put the number at …", "She said …": a sentence that goes on quoting the speaker named before
_PRONOUN_SPEAKER = re.compile(r"\s*(?:He|She|They)\s")


def said_before(doc: ArticleDoc, sent: Span, earlier: Span | None) -> TimeMention | None:
    """ "Its spokesman said on Thursday that … He put the number at "not more than 30"": a sentence that goes on
    quoting the speaker of the sentence before it in the paragraph, with no day of its own, was said that day."""
    if earlier is None or not _PRONOUN_SPEAKER.match(doc.text, sent.start) or \
            verb_re(doc.rules).search(doc.text, sent.start, sent.end) is None:
        return None
    said = [t for t in doc.times if earlier.start <= t.start < earlier.end and t.period_start
            and t.kind != "present" and said_at(doc, earlier, t)]
    return said[-1] if said else None
