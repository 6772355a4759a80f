"""Who a direct quote belongs to: the words after it, before it, the line before, or the last quote."""

from __future__ import annotations

import re

from pipeline.extract.layout.quotes import Quote
from pipeline.extract.speech.context import Context, StatementDraft
from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.verbs import verb_re, verbs
from pipeline.text.spans import Span

_STOP_AFTER = re.compile(r"[ \t]*[.!?]")  # matched in place, not on a copy of the rest of the text


def attribute_right(ctx: Context, q: Quote, sent_end: int) -> tuple[Speaker, str, int] | None:
    """“…,” one official said. / “…,” said the minister."""
    seg_end = sent_end
    nxt = re.search(r"[“\"]", ctx.text[q.close:sent_end])
    if nxt:
        seg_end = q.close + nxt.start()
    m = verb_re(ctx.rules).search(ctx.text, q.close, seg_end)
    if not m or m.start() - q.close > 80 or m.group(0).lower() == "according to":
        return None
    sp = ctx.subject(q.close, m.start()) or ctx.after(m.end(), seg_end)
    return (sp, m.group(0), seg_end) if ctx.acceptable(sp, m.group(0)) else None


def attribute_left(ctx: Context, q: Quote, lo: int) -> tuple[Speaker, str] | None:
    """X stated: “…” / According to X, “…” / X described it as “…”."""
    seg = ctx.text[lo:q.open]
    if not re.search(r"(?:[:,]|\bas|\bthat)\s*$", seg):
        return None
    if seg.rstrip().endswith("that") and not _ends_sentence(ctx.text, q):
        return None  # "said that "guests" were …": a phrase quoted inside reported speech
    acc = re.search(r"\baccording to\b", seg, re.IGNORECASE)
    if acc:
        sp = ctx.after(lo + acc.end(), q.open)
        return (sp, "according to") if sp else None
    # "Statement from the Iraqi Ministry of Defence, sent to journalists at 11:20: "…"": the label names who speaks
    if seg.rstrip().endswith(":") and (label := ctx.rules.pattern("source_label").search(seg)):
        sp = ctx.after(lo + label.end(), q.open)
        return (sp, "statement") if sp else None
    if own := ctx.rules.pattern("in_own_words").search(seg):
        return Speaker(lo + own.start("pronoun"), lo + own.end("pronoun"), own.group("pronoun"), "pronoun"), "said"
    if (named := _inline_label(ctx, lo, q)) is not None:
        return named, "said"
    found = list(verb_re(ctx.rules).finditer(ctx.text, lo, q.open))
    if not found:
        return None
    v = found[-1]
    if seg.rstrip().endswith("as") and verbs(ctx.rules).get(v.group(0).lower(), {}).get("kind") != "characterize":
        return None
    sp = ctx.subject(lo, v.start())
    return (sp, v.group(0)) if ctx.acceptable(sp, v.group(0)) else None


def _inline_label(ctx: Context, lo: int, q: Quote) -> Speaker | None:
    """ "Dr Nagy: "When people ask what happened …"": a person's name alone and a colon before the quote, as a
    transcript labels a turn, inside a paragraph; not a place or a body ("Baghdad: "…"", "Reuters: "…"")."""
    sp = ctx.after(lo, q.open)
    if sp is None or sp.kind != "named_person" or ctx.text[lo:sp.start].strip() not in ("", sp.role):
        return None  # the name may keep its title ("Dr Nagy")
    return sp if ctx.text[sp.end:q.open].strip() == ":" else None


def _ends_sentence(text: str, q: Quote) -> bool:
    """The quote closes its sentence: `…normally".` or `…normally."`."""
    inside_stop = q.close >= 2 and text[q.close - 2] in ".!?"
    return bool(_STOP_AFTER.match(text, q.close)) or (inside_stop and re.match(r"\s|$", text[q.close:q.close + 1]))


def from_previous_line(ctx: Context, q: Quote, paras: list[Span]) -> tuple[Speaker | None, str]:
    """Spokesperson X stated:  ⏎  “…” (the quote opens its paragraph)."""
    idx = next((i for i, p in enumerate(paras) if p.start == q.open), None)
    if not idx:
        return None, ""
    prev = paras[idx - 1]
    if not ctx.text[prev.start:prev.end].rstrip().endswith(":"):
        return None, ""
    found = list(verb_re(ctx.rules).finditer(ctx.text, prev.start, prev.end))
    if not found:  # "From the diary of Lieutenant Jan Kowal, interned at Kalvarija, October 1939:"
        label = ctx.rules.pattern("source_label").search(ctx.text, prev.start, prev.end)
        sp = ctx.after(label.end(), prev.end) if label else None
        return (sp, "statement") if sp else (None, "")
    sp = ctx.subject(prev.start, found[-1].start())
    return (sp, found[-1].group(0)) if ctx.acceptable(sp, found[-1].group(0)) else (None, "")


def continues(text: str, prev: StatementDraft, q: Quote, paragraphs: int = 2) -> bool:
    """A quote that opens right after the previous statement's sentence carries on its speech."""
    gap = text[prev.evidence_end:q.open]
    return len(gap) < 4 or (gap.strip() == "" and gap.count("\n") <= paragraphs)


def opens_paragraph(text: str, q: Quote) -> bool:
    return q.open == 0 or text[:q.open].rstrip(" \t").endswith("\n")
