"""Where text is garbled beyond repair (mojibake residue, lost bytes): extractors stay out of it."""

from __future__ import annotations

import re
from functools import cache

from pipeline.paths import TEXT_DATA_DIR
from pipeline.text.first_chars import first_chars
from pipeline.text.rules import read_rows
from pipeline.text.spans import Span


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r["pattern"]) for r in read_rows(TEXT_DATA_DIR / "garbled.csv"))


@cache
def _openers() -> re.Pattern[str] | None:
    """Every character a garbled span can start with (`first_chars.py`), or None when that cannot be told:
    a text holding none of them (most texts: the shapes open on Latin-1 symbols) has none."""
    chars = [first_chars(p.pattern, p.flags) for p in _patterns()]
    if any(c is None for c in chars):
        return None
    return re.compile(f"[{''.join(map(re.escape, sorted(set().union(*chars))))}]")


def garbled_spans(text: str) -> list[Span]:
    """Spans of text that no decoding could restore, merged and sorted."""
    if (openers := _openers()) is not None and openers.search(text) is None:
        return []
    found = sorted((m.start(), m.end()) for rx in _patterns() for m in rx.finditer(text) if m.end() > m.start())
    merged: list[list[int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(end, merged[-1][1])
        else:
            merged.append([start, end])
    return [Span(s, e) for s, e in merged]
