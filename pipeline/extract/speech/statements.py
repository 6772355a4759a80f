"""Statements: direct quotes and reported speech, each with its speaker.

Direct quotes are attributed by the words after them ("…,” one source said), before them
("X stated:", "According to X, “…”", "described it as “…”"), by the line before ("X stated:" then
a quoted paragraph), or as the continuation of the speaker's previous words. Reported speech is a
speech verb with a speaker subject ("Y confirmed that …"), and runs on into the next sentence in the
tense of reported speech (`continuation.py`). Pronouns and short forms resolve to the
last named speaker. Short quoted phrases with no attribution ("guests") are scare quotes, not speech.
Headlines report no speech.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.layout.quotes import Quote
from pipeline.extract.layout.sentences import title_line
from pipeline.extract.speech.attribution import (
    attribute_left,
    attribute_right,
    continues,
    from_previous_line,
    opens_paragraph,
)
from pipeline.extract.speech.context import DATELINE, Context, StatementDraft
from pipeline.extract.speech.continuation import continued
from pipeline.extract.speech.labels import labelled_speakers, transcript_statement
from pipeline.extract.speech.reported import reported
from pipeline.extract.speech.speakers import Speaker
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

__all__ = ["StatementDraft", "find_statements"]


def _speaker_of(ctx: Context, q: Quote, sent: Span, last: Span, paras: list[Span],
                out: list[StatementDraft], prev_direct: StatementDraft | None) -> tuple[Speaker | None, str, int]:
    """(speaker, verb, end of the evidence) for a quote, trying each attribution in turn."""
    got = attribute_right(ctx, q, last.end)
    if got:
        return got
    left = attribute_left(ctx, q, sent.start)
    if left:
        return (*left, last.end)
    sp, verb = from_previous_line(ctx, q, paras)
    if sp is None and prev_direct and continues(ctx.text, prev_direct, q):
        sp, verb = prev_direct.speaker, prev_direct.verb
    if sp is None and out and opens_paragraph(ctx.text, q) and continues(ctx.text, out[-1], q, paragraphs=1):
        sp, verb = out[-1].speaker, out[-1].verb
    if sp is None and out and not out[-1].is_direct and continues(ctx.text, out[-1], q, paragraphs=0):
        # "There were 63 of them, al-Fahdawi recalled. "I told him to leave the weapons …"": a quote right after
        # someone's reported words, in the same paragraph and with no attribution of its own, is theirs
        sp, verb = out[-1].speaker, out[-1].verb
    if sp is None and (narrated := _narrated_subject(ctx, q, sent)) is not None:
        sp, verb = narrated, "said"
    return sp, verb, last.end


def _to_come(doc: ArticleDoc, sent: Span, said: StatementDraft) -> bool:
    """ "The witness will now tell us how many are held": a verb of saying still to come reports nothing."""
    verb = doc.text.rfind(said.verb, sent.start, said.start)
    return verb > 0 and doc.rules.pattern("speech_to_come_before").search(doc.text, sent.start, verb) is not None


_HE_OR_SHE = re.compile(r"\s*(?:He|She)\b")


def _narrated_subject(ctx: Context, q: Quote, sent: Span) -> Speaker | None:
    """ "His colleague Muna Jassim remembers the cold. "They had nothing."": a quote that opens its sentence,
    right after a sentence of the same paragraph whose subject is a person and which quotes no one, is that
    person's, as a feature writer introduces someone before their words."""
    text = ctx.text
    if text[sent.start:q.open].strip():
        return None
    last = sent.start  # just after the last character before the sentence
    while last and text[last - 1].isspace():
        last -= 1
    prev = ctx.doc.sentence_at(last - 1) if last else None
    if prev is None or "\n" in text[last:sent.start] or prev.start >= sent.start:
        return None
    if any(prev.start <= other.open < prev.end for other in ctx.doc.quotes):
        return None
    named = next((s for s in ctx.subjects if prev.start <= s.start < prev.end), None)
    if named is not None:
        return named
    pronoun = _HE_OR_SHE.match(text, prev.start)
    return Speaker(prev.start, pronoun.end(), pronoun.group(0).strip(), "pronoun") if pronoun else None


def find_statements(doc: ArticleDoc) -> list[StatementDraft]:
    text, sents, paras, quotes, headlines = doc.text, doc.sentences, doc.paragraphs, doc.quotes, doc.headlines
    ctx = Context(doc)
    out: list[StatementDraft] = []
    prev_direct: StatementDraft | None = None
    used: set[int] = set()  # sentence starts whose speech a direct quote already carries
    labels = labelled_speakers(doc)
    title = title_line(text, paras)
    for sent in sents:
        if any(h.start <= sent.start < h.end for h in headlines) or (title and title.start <= sent.start < title.end):
            continue
        # "KERSTEN: Where are they now?", "What does the new government say?": a question the article or an
        # interviewer asks reports no speech; a question inside quote marks is a speaker's words
        asked = text[sent.start:sent.end].rstrip().endswith("?")
        said = transcript_statement(doc, sent, labels) if labels and not asked else None
        inner = [q for q in quotes if sent.start <= q.open < sent.end]
        if said is not None and not inner:
            # "A former colleague, Captain Paul Lenga, told me the lists went to the capital": words the speaker reports another
            # said are that other's
            r = reported(ctx, sent, quotes)
            if r is not None and r.speaker.text.split()[0].lower() in ("i", "we"):
                r = None  # "I am told 410" in a minister's turn: the minister passes it on, in the minister's words
            # "He says that …" in a caller's turn is someone the caller spoke of, not an earlier speaker
            other = ctx.resolve(r.speaker) if r and r.speaker.kind != "pronoun" and not _to_come(doc, sent, r) else None
            out.append(replace(r, speaker=other) if other is not None and other.kind != "pronoun" else said)
            continue
        found = len(out)
        for q in inner:
            last = doc.sentence_at(max(q.close - 1, q.open)) or sent
            sp, verb, ev_end = _speaker_of(ctx, q, sent, last, paras, out, prev_direct)
            sp = ctx.resolve(sp)
            if sp is None:
                continue
            start = q.start + (m.end() if (m := DATELINE.match(text, q.start)) else 0)
            d = StatementDraft(start, q.end, sent.start, max(ev_end, last.end), True, verb, sp)
            out.append(d)
            prev_direct = d
            used.update(range(sent.start, d.evidence_end))
        if said is not None:
            # "One colonel said to me: "…"": an answer that quotes someone else gives their words; else its own
            if len(out) == found:
                out.append(said)
            continue
        if sent.start in used or asked:
            continue
        r = reported(ctx, sent, quotes)
        if r and (sp := ctx.resolve(r.speaker)):
            out.append(replace(r, speaker=sp))
        elif follow := continued(doc, sent, out[-1] if out else None, quotes):
            out.append(follow)
    return out
