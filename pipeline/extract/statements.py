"""Statements: direct quotes and reported speech, each with its speaker.

Direct quotes are attributed by the words after them ("…,” one source said), before them
("X stated:", "According to X, “…”", "described it as “…”"), by the line before ("X stated:" then
a quoted paragraph), or as the continuation of the speaker's previous quote. Reported speech is a
speech verb with a speaker subject ("Y confirmed that …"). Pronouns and short forms resolve to the
last named speaker. Short quoted phrases with no attribution ("guests") are scare quotes, not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.extract import lexicon
from pipeline.extract.quotes import Quote, find_quotes, inside
from pipeline.extract.speakers import Speaker, candidates, subject_before
from pipeline.extract.text import Span, headline_spans, paragraphs, sentence_at, sentences


@dataclass(frozen=True)
class StatementDraft:
    start: int
    end: int
    evidence_start: int
    evidence_end: int
    is_direct: bool
    verb: str
    speaker: Speaker


@cache
def _verbs() -> dict[str, dict[str, str]]:
    return {r["verb"]: r for r in lexicon.rows("speech_verbs.csv")}


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(list(_verbs()))}|according to)\b", re.IGNORECASE)


# "BAGHDAD (Reuters) - " or "ERBIL, Kurdistan Region – " opening a quoted span is the outlet's, not the speaker's.
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,40})?\s*(?:\([^)]{1,40}\))?\s*[-–—]\s+")


class _Context:
    """What is known while reading an article front to back: who spoke last."""

    def __init__(self, text, people, orgs, extents):
        self.text, self.people, self.orgs, self.extents = text, people, orgs, extents
        self.last_named: Speaker | None = None
        self.last_single: Speaker | None = None
        self.subjects = _sentence_subjects(text, people)

    def resolve(self, sp: Speaker | None) -> Speaker | None:
        if sp is None:
            return None
        if sp.kind == "pronoun":
            named = [s for s in self.subjects if s.start < sp.start]
            if self.last_named:
                named.append(self.last_named)
            ref = max(named, key=lambda s: s.start) if named else self.last_single
            return replace(ref, start=sp.start, end=sp.end, text=sp.text) if ref else None
        if sp.kind == "named_person":
            self.last_named = sp
        elif sp.kind == "anonymous" and not sp.text.lower().endswith("s"):
            self.last_single = sp
        return sp

    def subject(self, lo: int, verb_start: int) -> Speaker | None:
        return subject_before(self.text, lo, verb_start, self.people, self.orgs, self.extents)

    def after(self, lo: int, hi: int) -> Speaker | None:
        found = candidates(self.text, lo, hi, self.people, self.orgs, self.extents, objects_ok=True)
        return found[0] if found else None


def _sentence_subjects(text: str, people) -> list[Speaker]:
    """People who open a sentence ("Nasser al-Obeidi, the minister, visited …"): a later "he" may be them."""
    out = []
    for sent in sentences(text):
        first = next((p for p in people if sent.start <= p.start < sent.end), None)
        if first and first.start - sent.start <= 40 and first.name == first.surface:
            out.append(Speaker(first.start, first.end, first.surface, "named_person", first.name, first.role))
    return out


def _acceptable(sp: Speaker | None, verb: str) -> bool:
    if sp is None:
        return False
    weak = _verbs().get(verb.lower(), {}).get("weak") == "weak"
    return not (weak and sp.kind == "anonymous")


def _attribute_right(ctx: _Context, q: Quote, sent_end: int) -> tuple[Speaker, str, int] | None:
    """“…,” one official said. / “…,” said the minister."""
    seg_end = sent_end
    nxt = re.search(r"[“\"]", ctx.text[q.close:sent_end])
    if nxt:
        seg_end = q.close + nxt.start()
    m = _verb_re().search(ctx.text, q.close, seg_end)
    if not m or m.start() - q.close > 80 or m.group(0).lower() == "according to":
        return None
    sp = ctx.subject(q.close, m.start()) or ctx.after(m.end(), seg_end)
    return (sp, m.group(0), seg_end) if _acceptable(sp, m.group(0)) else None


def _attribute_left(ctx: _Context, q: Quote, lo: int) -> tuple[Speaker, str] | None:
    """X stated: “…” / According to X, “…” / X described it as “…”."""
    seg = ctx.text[lo:q.open]
    if not re.search(r"(?:[:,]|\bas)\s*$", seg):
        return None
    acc = re.search(r"\baccording to\b", seg, re.IGNORECASE)
    if acc:
        sp = ctx.after(lo + acc.end(), q.open)
        return (sp, "according to") if sp else None
    verbs = list(_verb_re().finditer(ctx.text, lo, q.open))
    if not verbs:
        return None
    v = verbs[-1]
    if seg.rstrip().endswith("as") and _verbs().get(v.group(0).lower(), {}).get("kind") != "characterize":
        return None
    sp = ctx.subject(lo, v.start())
    return (sp, v.group(0)) if _acceptable(sp, v.group(0)) else None


_LEADING_CLAUSE_RE = re.compile(r"(?:While|Although|Though|Despite|As|Since|After|Before|Because|If|Unless|"
                                r"Whereas|Once|When)\b[^,]*,")


def _reported(ctx: _Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    text = ctx.text
    lead = _LEADING_CLAUSE_RE.match(text, sent.start)
    for v in _verb_re().finditer(text, sent.start, sent.end):
        if inside(quotes, v.start()) or (lead and v.start() < lead.end()):
            continue
        verb = v.group(0)
        # "…, said a health official": inverted only where no speaker stands before the verb
        # (after "Ali Abbas, the spokesperson for …, confirmed" the comma closes an apposition).
        inverted = re.search(r"[,”\"]\s*$", text[sent.start:v.start()]) and ctx.subject(sent.start, v.start()) is None
        if verb.lower() == "according to" or inverted:
            sp = _speaker_after(ctx, v.end(), sent.end)
            if not _acceptable(sp, verb):
                continue
            if text[sent.start:v.start()].strip():  # "…, according to X" / "…, said X": the clause before
                start, end = sent.start, v.start()
            else:  # "According to X, …": what follows the speaker's phrase
                comma = text.find(",", sp.end, sent.end)
                if comma == -1:
                    continue
                start, end = comma + 1, sent.end
        else:
            sp = ctx.subject(sent.start, v.start())
            if not _acceptable(sp, verb):
                continue
            that = re.match(r"[^.;:“\"]{0,80}?\bthat\b", text[v.end():sent.end])
            trailing = not that and re.search(r",\s*$", text[sent.start:sp.start])
            if trailing or re.match(r"\s*[.!?]?\s*$", text[v.end():sent.end]):
                start, end = sent.start, sp.start  # trailing attribution: "…, the source added."
            else:
                start, end = (v.end() + that.end(), sent.end) if that else (_after_object(text, v), sent.end)
        start, end = _trim(text, start, end)
        start += m.end() - start if (m := _DATELINE.match(text, start)) else 0
        if end > start:
            return StatementDraft(start, end, sent.start, sent.end, False, verb, sp)
    return None


_STATEMENT_FROM = re.compile(r"\s*(?:a|an|the)\s+(?:\w+\s+)?statement\s+(?:from|by|issued by|released by)\s+")
_TOLD_OBJECT = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?(?=(?:they|he|she|it|we|the|a|an|there|iraq|syria)\b)", re.IGNORECASE)


def _speaker_after(ctx: _Context, lo: int, hi: int) -> Speaker | None:
    """The speaker named after "according to" or an inverted "said": "a statement from X" is X's."""
    m = _STATEMENT_FROM.match(ctx.text, lo)
    return ctx.after(m.end() if m else lo, hi)


def _after_object(text: str, v: re.Match[str]) -> int:
    """"told our team they had …": what was said starts after the person told."""
    if v.group(0).lower() in ("told", "tells"):
        m = _TOLD_OBJECT.match(text, v.end())
        if m:
            return m.end()
    return v.end()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


def find_statements(text: str, people, orgs, extents: dict[int, int]) -> list[StatementDraft]:
    ctx = _Context(text, people, orgs, extents)
    sents = sentences(text)
    paras = paragraphs(text)
    quotes = find_quotes(text)
    out: list[StatementDraft] = []
    prev_direct: StatementDraft | None = None
    used_sents: set[int] = set()
    headlines = headline_spans(text)
    for sent in sents:
        if any(h.start <= sent.start < h.end for h in headlines):
            continue
        for q in [q for q in quotes if sent.start <= q.open < sent.end]:
            last = sentence_at(sents, max(q.close - 1, q.open)) or sent
            got = _attribute_right(ctx, q, last.end)
            verb, ev_end = (got[1], got[2]) if got else ("", last.end)
            sp = got[0] if got else None
            if sp is None:
                left = _attribute_left(ctx, q, sent.start)
                sp, verb = left if left else (None, "")
            if sp is None:
                sp, verb = _from_previous_line(ctx, q, paras, sents)
            if sp is None and prev_direct and _continues(text, prev_direct, q):
                sp, verb = prev_direct.speaker, prev_direct.verb
            if sp is None and out and _opens_paragraph(text, q) and _continues(text, out[-1], q, paragraphs=1):
                sp, verb = out[-1].speaker, out[-1].verb
            sp = ctx.resolve(sp)
            if sp is None:
                continue
            start = q.start + (m.end() if (m := _DATELINE.match(text, q.start)) else 0)
            d = StatementDraft(start, q.end, sent.start, max(ev_end, last.end), True, verb, sp)
            out.append(d)
            prev_direct = d
            used_sents.update(range(sent.start, d.evidence_end))
        if sent.start in used_sents:
            continue
        r = _reported(ctx, sent, quotes)
        if r:
            r = replace(r, speaker=ctx.resolve(r.speaker))
            if r.speaker:
                out.append(r)
    return out


def _from_previous_line(ctx: _Context, q: Quote, paras: list[Span], sents) -> tuple[Speaker | None, str]:
    """Spokesperson X stated:  ⏎  “…” (the quote opens its paragraph)."""
    idx = next((i for i, p in enumerate(paras) if p.start == q.open), None)
    if not idx:
        return None, ""
    prev = paras[idx - 1]
    if not ctx.text[prev.start:prev.end].rstrip().endswith(":"):
        return None, ""
    verbs = list(_verb_re().finditer(ctx.text, prev.start, prev.end))
    if not verbs:
        return None, ""
    sp = ctx.subject(prev.start, verbs[-1].start())
    return (sp, verbs[-1].group(0)) if _acceptable(sp, verbs[-1].group(0)) else (None, "")


def _continues(text: str, prev: StatementDraft, q: Quote, paragraphs: int = 2) -> bool:
    """A quote that opens right after the previous statement's sentence carries on its speech."""
    gap = text[prev.evidence_end:q.open]
    return len(gap) < 4 or (gap.strip() == "" and gap.count("\n") <= paragraphs + (paragraphs == 2 and 0))


def _opens_paragraph(text: str, q: Quote) -> bool:
    return q.open == 0 or text[:q.open].rstrip(" \t").endswith("\n")
