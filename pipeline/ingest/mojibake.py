"""Repair double-encoded text and locate what cannot be repaired.

ftfy fixes whole mojibake runs, but leaves a run alone when it sits next to bytes
that were lost (e.g. an outlet name replaced by garbage); the punctuation inside
such a run is still recoverable, and the garbage must be fenced off for extractors.
"""

from __future__ import annotations

from functools import cache

import ftfy
import ftfy.bad_codecs

from pipeline.ingest.ftfy_unchanged import encoding_unchanged, segment_unchanged, understood
from pipeline.ingest.rules import mojibake_targets

# Curly quotes are evidence text; uncurling would also break offsets against quotes.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)


@cache
def _residual_map() -> tuple[tuple[str, str], ...]:
    pairs = []
    for ch in mojibake_targets():
        bad = ch.encode("utf-8").decode("sloppy-windows-1252")
        if bad != ch:
            pairs.append((bad, ch))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _fix_lines(text: str, fixed_lines: dict[str, str], text_not_bad: bool = False) -> str:
    """`ftfy.fix_text(text)`, each distinct line fixed once per article (`fixed_lines` keeps them): cleaning
    passes until a pass changes nothing, so ftfy sees the same lines again in the next pass.

    ftfy fixes a text line by line, each line independently of the others (its documentation says so), with
    two exceptions, left to ftfy itself: once a line holds "<", HTML entities are no longer unescaped in
    the lines after it, and a line over `max_decode_length` is cut into pieces. A line ftfy provably leaves as
    it is (`ftfy_unchanged.py`; `text_not_bad`: the text passed `encoding_unchanged`) is not given to it.
    """
    if "<" in text or len(text) > _FTFY_CONFIG.max_decode_length:
        return ftfy.fix_text(text, _FTFY_CONFIG)
    lines = text.split("\n")
    segments = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])  # as ftfy cuts them
    out = []
    skip = understood(_FTFY_CONFIG)
    for segment in segments:
        if not (skip and segment_unchanged(segment, text_not_bad)):
            if segment not in fixed_lines:
                fixed_lines[segment] = ftfy.fix_text(segment, _FTFY_CONFIG)
            segment = fixed_lines[segment]
        out.append(segment)
    return "".join(out)


def repair_mojibake(text: str, fixed_lines: dict[str, str] | None = None) -> tuple[str, bool]:
    """Return (repaired text, whether an encoding error was repaired). `fixed_lines`: the lines ftfy already
    fixed in this article, and what it made of them (filled in here)."""
    not_bad = encoding_unchanged(text)  # one scan of the text for what ftfy would scan it for, kept for its lines
    encoding_fixed = not not_bad and ftfy.fix_encoding(text) != text
    fixed = _fix_lines(text, {} if fixed_lines is None else fixed_lines, not_bad)
    residual_fixed = False
    for bad, good in _residual_map():
        if bad in fixed:
            fixed = fixed.replace(bad, good)
            residual_fixed = True
    return fixed, encoding_fixed or residual_fixed
