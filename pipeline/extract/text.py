"""Text primitives shared by every extractor: name folding, sentences, paragraphs.

All functions work on offsets into the original string so that every row the
pipeline emits can point back at ``text[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = "'’‘`ʼʻ´"
_APOS_RE = re.compile(f"[{APOSTROPHES}]")
_PUNCT_RE = re.compile(r"[-_/.,()‐‑–—]")
_ARTICLES = frozenset({"al", "el", "the"})


def fold(name: str | None) -> str:
    """Fold a name for matching: no case, diacritics, apostrophes, hyphens or leading article.

    Mirrors the acceptance scorer's folding so that what matches here matches there.
    """
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _APOS_RE.sub("", s)
    s = _PUNCT_RE.sub(" ", s)
    return " ".join(t for t in s.split() if t not in _ARTICLES)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    """mr mrs ms dr gen brig maj col lt capt sgt st jr sr prof rev gov sen rep
    no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k""".split()
)
_SENT_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines; in these corpora a newline always ends a paragraph."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        seg = m.group(0)
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append(Span(m.start() + lead, m.start() + len(seg.rstrip())))
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans, never crossing a paragraph boundary."""
    out: list[Span] = []
    for para in paragraphs(text):
        chunk = text[para.start : para.end]
        start = 0
        for m in _SENT_END_RE.finditer(chunk):
            word = re.search(r"([A-Za-z.]+)\.?$", chunk[start : m.start() + 1])
            if word and chunk[m.start()] == "." and word.group(1).lower().rstrip(".") in _ABBREV:
                continue
            end = m.end()
            out.append(Span(para.start + start, para.start + end))
            start = end + (len(chunk[end:]) - len(chunk[end:].lstrip()))
        if start < len(chunk):
            out.append(Span(para.start + start, para.end))
    return [s for s in out if text[s.start : s.end].strip()]


def sentence_at(sents: list[Span], pos: int) -> Span | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


def headline_spans(text: str) -> list[Span]:
    """Title-case lines without final punctuation (headlines, subheads): their capitals mark no names
    and they report no speech ("Government Denies Granting Residency to Officers")."""
    out = []
    for p in paragraphs(text):
        line = text[p.start:p.end]
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
        if words and not re.search(r"[.!?”\":]$", line) and sum(w[0].isupper() for w in words) / len(words) >= 0.7:
            out.append(p)
    return out
