"""Quoted passages: curly or straight quote marks, over one or several paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.spans import Span

_TRAIL = " \t,.;:"


@dataclass(frozen=True)
class Quote(Span):
    """The quoted words (start, end), trailing punctuation trimmed, and the marks around them."""

    open: int  # position of the opening mark
    close: int  # position just after the closing mark (or the paragraph end when unclosed)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def find_quotes(text: str, paras: list[Span]) -> list[Quote]:
    """Quote spans in text order. An opening mark left open at a paragraph's end closes there
    (news carry a long quote over paragraphs by reopening it on each)."""
    out: list[Quote] = []
    for para in paras:
        chunk = text[para.start:para.end]
        pos = 0
        while True:
            m = re.search(r"[“\"]", chunk[pos:])
            if not m:
                break
            opening = pos + m.start()
            closer = "”" if chunk[opening] == "“" else "\""
            closing = chunk.find(closer, opening + 1)
            end = para.end if closing == -1 else para.start + closing
            start, stop = _trimmed(text, para.start + opening + 1, end)
            if stop > start:
                out.append(Quote(start, stop, para.start + opening, end + (0 if closing == -1 else 1)))
            if closing == -1:
                break
            pos = closing + 1
    return out


def inside(quotes: list[Quote], pos: int) -> Quote | None:
    return next((q for q in quotes if q.start <= pos < q.end), None)
