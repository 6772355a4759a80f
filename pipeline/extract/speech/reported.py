"""Reported speech: a speech verb with a speaker subject, and the clause that was said.

"X said (that) …", "X told Y that …", "…, the source added.", "…, said a health official",
"According to X, …" and "…, according to X". Verbs in a leading concessive clause ("While the
government has denied …, …") presuppose rather than report, and are skipped.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.layout.quotes import Quote, inside
from pipeline.extract.speech.context import DATELINE, Context, StatementDraft, speaker_after
from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.verbs import verb_re, verbs
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span


def reported(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """The first reported statement of a sentence, or None."""
    text = ctx.text
    if quoted := _quoted_as_saying(ctx, sent, quotes) or _labelled_from(ctx, sent, quotes) or \
            _reckoned_by(ctx, sent, quotes) or _dated_source(ctx, sent, quotes):
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
                _inside_trailing_attribution(ctx, sent, v):
            continue  # "Three guards crossed and asked for protection, the service said": the service's words
        span = _content(ctx, sent, v)
        if span is None:
            continue
        sp, start, end = span
        start, end = _trim(text, start, end)
        start += m.end() - start if (m := DATELINE.match(text, start)) else 0
        if end > start:
            return StatementDraft(start, end, sent.start, sent.end, False, v.group(0), sp)
    return None


def _quoted_as_saying(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "The daily quoted Col. Yaman al-Ahmad as saying Syria had taken back …": the speaker is the one
    quoted, not the outlet that quotes him."""
    m = ctx.rules.pattern("quoted_as_saying").search(ctx.text, sent.start, sent.end)
    return _words_of_who(ctx, sent, m, m.group("verb")) if m and not inside(quotes, m.start()) else None


def _labelled_from(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "Final count from the colonel: 1,342 Syrian soldiers returned today": a sentence that opens on a label
    naming its source gives the words after the colon to that source (a quote after it is attributed as a quote)."""
    m = ctx.rules.pattern("source_label_line").match(ctx.text, sent.start, sent.end)
    return _words_of_who(ctx, sent, m, "from") if m and not inside(quotes, m.end()) else None


def _dated_source(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "12 Dec - Iraqi Ministry of Defence: 2,493 military personnel entered on 7 and 8 December": an entry of a
    dated list of estimates gives the words after the colon to the source it names."""
    m = ctx.rules.pattern("dated_source_line").match(ctx.text, sent.start, sent.end) or \
        ctx.rules.pattern("source_dated_line").match(ctx.text, sent.start, sent.end)  # "- UNHCR, 16 December: …"
    return _words_of_who(ctx, sent, m, "said") if m and not inside(quotes, m.end()) else None


def _reckoned_by(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "By the captain's reckoning, some 1,100 men had come through by first light": a sentence that opens on
    whose count or estimate it gives is that source's reported statement."""
    m = ctx.rules.pattern("reckoning_opening").match(ctx.text, sent.start, sent.end)
    return _words_of_who(ctx, sent, m, m.group("what")) if m and not inside(quotes, m.end()) else None


def _words_of_who(ctx: Context, sent: Span, m: re.Match[str], verb: str) -> StatementDraft | None:
    """The rest of the sentence after `m`, as the words of the speaker its group `who` names."""
    sp = speaker_after(ctx, m.start("who"), m.end("who"))
    start, end = _trim(ctx.text, m.end(), sent.end)
    if sp is None or end <= start:
        return None
    return StatementDraft(start, end, sent.start, sent.end, False, verb, sp)


def _inside_trailing_attribution(ctx: Context, sent: Span, v: re.Match[str]) -> bool:
    """A verb before ", <speaker> said on Tuesday." that closes the sentence is inside what that speaker said."""
    for later in verb_re(ctx.rules).finditer(ctx.text, v.end(), sent.end):
        comma = ctx.text.rfind(",", v.end(), later.start())
        if comma != -1 and later.start() - comma <= ROLE_REACH and "\n" not in ctx.text[comma:later.start()] \
                and _trailing_tail(ctx.rules).match(ctx.text, later.end(), sent.end):
            return True
    return False


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
    if aside and (_trailing_tail(ctx.rules).match(text, v.end(), sent.end) or text[v.end():v.end() + 1] == ","):
        # "…, the source added." / "…, spokesman X said Thursday." / "…, he said, adding …"
        return sp, sent.start, _before_role(text, sent.start, after_comma, sp.role)
    # "said on Monday that …"; not the "and that" of a second said clause ("said their cases would be
    # reviewed and that nobody would be forced"), nor a "that" after "but" ("said his Government welcomed every
    # soldier who left, but would not pretend that …": what was said begins right after the verb)
    that = re.match(r"(?:(?!\b(?:and|but)\s)[^.;:“\"]){0,80}?\bthat\b", text[v.end():sent.end])
    if _trailing_tail(ctx.rules).match(text, v.end(), sent.end):
        return sp, sent.start, sp.start
    return sp, (v.end() + that.end() if that else _after_object(text, v, ctx.rules)), sent.end


def _before_role(text: str, start: int, comma: int, role: str | None) -> int:
    """The comma before the speaker's role set before the name ("…, the deputy spokesperson, Marta Lindqvist, told
    reporters"), else `comma`: the role is the speaker's, not part of what was said."""
    before = text.rfind(",", start, comma)
    if role and before != -1 and text[before + 1:comma].strip().lower().endswith(role.lower()) and \
            comma - before <= ROLE_REACH:
        return before
    return comma


ROLE_REACH = 80  # characters of a role set before a speaker's name ("the Secretary-General's deputy spokesperson")


@cache
def _trailing_tail(rules: RuleSet) -> re.Pattern[str]:
    """What may follow a trailing "said": a day, an audience, "in a statement", where it was said ("at the noon
    briefing") — then the sentence ends."""
    days = [r["name"].capitalize() for r in rules.rows("time_weekdays.csv")]
    tails = [r["phrase"] for r in rules.rows("speech_tails.csv")]
    name = r"(?:(?:to|in) )?(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*"
    setting = rules.pattern("speech_setting_tail").pattern
    return re.compile(rf"(?:\s+(?:on\s+)?(?:{alternation(days + tails)}|{name}|{setting}))*\s*[.!?]?[”\"]?\s*$")


def _after_object(text: str, v: re.Match[str], rules: RuleSet) -> int:
    if verbs(rules).get(v.group(0).lower(), {}).get("kind") == "tell":
        m = rules.pattern("told_object").match(text, v.end())
        if m:
            return m.end()
    return v.end()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end
