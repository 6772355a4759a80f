"""Quoted passages: curly or straight quote marks, over one or several paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.text import paragraphs

_TRAIL = " \t,.;:"


@dataclass(frozen=True)
class Quote:
    open: int  # position of the opening mark
    close: int  # position just after the closing mark (or the paragraph end when unclosed)
    start: int  # the quoted words, trailing punctuation trimmed
    end: int


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """Quote spans in text order. An opening mark left open at a paragraph's end closes there
    (news carry a long quote over paragraphs by reopening it on each)."""
    out: list[Quote] = []
    for para in paragraphs(text):
        chunk = text[para.start:para.end]
        pos = 0
        while True:
            m = re.search(r"[“\"]", chunk[pos:])
            if not m:
                break
            o = pos + m.start()
            closer = "”" if chunk[o] == "“" else "\""
            c = chunk.find(closer, o + 1)
            end = para.end if c == -1 else para.start + c
            s, e = _trimmed(text, para.start + o + 1, end)
            if e > s:
                out.append(Quote(para.start + o, end + (0 if c == -1 else 1), s, e))
            if c == -1:
                break
            pos = c + 1
    return out


def inside(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None
