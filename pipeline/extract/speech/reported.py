"""Reported speech: a speech verb with a speaker subject, and the clause that was said.

"X said (that) …", "X told Y that …", "…, the source added.", "…, said a health official",
"According to X, …" and "…, according to X". Verbs in a leading concessive clause ("While the
government has denied …, …") presuppose rather than report, and are skipped.
"""

from __future__ import annotations

import re

from pipeline.extract.layout.quotes import Quote, inside
from pipeline.extract.speech.context import DATELINE, Context, StatementDraft, speaker_after
from pipeline.extract.speech.said_bounds import (
    after_object,
    before_role,
    inside_trailing_attribution,
    trailing_tail,
    trim,
)
from pipeline.extract.speech.source_openings import dated_source, labelled_from, quoted_as_saying, reckoned_by
from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.verbs import verb_re, verbs
from pipeline.text.spans import Span


def reported(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """The first reported statement of a sentence, or None."""
    text = ctx.text
    if quoted := quoted_as_saying(ctx, sent, quotes) or labelled_from(ctx, sent, quotes) or \
            reckoned_by(ctx, sent, quotes) or dated_source(ctx, sent, quotes):
        return quoted
    lead = ctx.rules.pattern("leading_clause").match(text, sent.start)
    for v in verb_re(ctx.rules).finditer(text, sent.start, sent.end):
        if verbs(ctx.rules).get(v.group(0).lower(), {}).get("kind") == "tag":
            continue  # "he laughs" attributes the quote before it and reports nothing of its own
        if inside(quotes, v.start()) or (lead and v.start() < lead.end()) or ctx.in_a_name(v.start()) or \
                ctx.rules.pattern("negated_speech_before").search(text, max(sent.start, v.start() - 30), v.start()) or \
                ctx.rules.pattern("hearsay_speech_before").search(text, max(sent.start, v.start() - 30), v.start()):
            continue  # "It did not say how many of those are officers": speech denied is none, nor speech on hearsay
        if ctx.rules.pattern("pro_form_speech_after").match(text, v.end()) or \
                ctx.rules.pattern("speech_act_not_at").match(text, v.start()):
            continue  # "many said so openly": the words were given before, if at all; "He asked not to be named"
        if verbs(ctx.rules).get(v.group(0).lower(), {}).get("weak") == "weak" and \
                inside_trailing_attribution(ctx, sent, v):
            continue  # "Three guards crossed and asked for protection, the service said": the service's words
        span = _content(ctx, sent, v)
        if span is None:
            continue
        sp, start, end = span
        start, end = trim(text, start, end)
        start += m.end() - start if (m := DATELINE.match(text, start)) else 0
        if end > start:
            return StatementDraft(start, end, sent.start, sent.end, False, v.group(0), sp)
    return None


def _told_passive(ctx: Context, sent: Span, v: re.Match[str]):
    """ "I am told that …", "I am told by an officer of their escort that …": what a source told the writer, the source
    the by-phrase names, else an unnamed one."""
    told = ctx.rules.pattern("told_passive").search(ctx.text, max(sent.start, v.start() - 40), min(sent.end, v.end() + 90))
    if told is None or not told.start() <= v.start() < told.end():
        return None
    by = ctx.after(told.start("by"), told.end("by")) if told.group("by") else None
    # no words name the source: the attribution itself ("I am told") stands for it
    sp = by or Speaker(told.start("who"), v.end(), ctx.text[told.start("who"):v.end()], "anonymous")
    return sp, told.end(), sent.end


def _content(ctx: Context, sent: Span, v: re.Match[str]):
    text, verb = ctx.text, v.group(0)
    if verb.lower() == "told" and (passive := _told_passive(ctx, sent, v)) is not None:
        return passive
    # "…, said a health official": inverted only where no speaker stands before the verb
    # (after "Ali Abbas, the spokesperson for …, confirmed" the comma closes an apposition).
    inverted = re.search(r"[,”\"]\s*$", text[sent.start:v.start()]) and ctx.subject(sent.start, v.start()) is None
    if verb.lower() == "according to" or inverted:
        sp = speaker_after(ctx, v.end(), sent.end)
        if not ctx.acceptable(sp, verb):
            return None
        if text[sent.start:v.start()].strip():  # "…, according to X" / "…, said X": the clause before
            return sp, sent.start, v.start()
        comma = text.find(",", sp.end, sent.end)  # "According to X, …": what follows the speaker's phrase
        return (sp, comma + 1, sent.end) if comma != -1 else None
    sp = ctx.subject(sent.start, v.start())
    if verb.lower().split()[0].endswith("ing") and re.search(r",\s*$", text[sent.start:v.start()]) and \
            (first := ctx.subject_first(sent.start, v.start())) is not None:
        sp = first  # "A ministry official gave the paper a lower figure, saying that …": the clause's subject speaks
    if not ctx.acceptable(sp, verb):
        return None
    after_comma = text.rfind(",", sent.start, sp.start)
    aside = after_comma != -1 and re.fullmatch(r"[\s\w’'.-]*", text[after_comma + 1:sp.start]) is not None
    if aside and (trailing_tail(ctx.rules).match(text, v.end(), sent.end) or text[v.end():v.end() + 1] == ","):
        # "…, the source added." / "…, spokesman X said Thursday." / "…, he said, adding …"
        return sp, sent.start, before_role(text, sent.start, after_comma, sp.role)
    # "said on Monday that …"; not the "and that" of a second said clause ("said their cases would be
    # reviewed and that nobody would be forced"), nor a "that" after "but" ("said his Government welcomed every
    # soldier who left, but would not pretend that …": what was said begins right after the verb)
    # a verb whose entry ends in its "that" ("held that", "submitted that"): what was said begins right after it
    that = None if text[:v.end()].lower().endswith("that") else \
        re.match(r"(?:(?!\b(?:and|but)\s)[^.;:“\"]){0,80}?\bthat\b", text[v.end():sent.end])
    if trailing_tail(ctx.rules).match(text, v.end(), sent.end):
        return sp, sent.start, sp.start
    return sp, (v.end() + that.end() if that else after_object(text, v, ctx.rules)), sent.end
