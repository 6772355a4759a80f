"""Repair double-encoded text and locate what cannot be repaired.

ftfy fixes whole mojibake runs, but leaves a run alone when it sits next to bytes
that were lost (e.g. an outlet name replaced by garbage); the punctuation inside
such a run is still recoverable, and the garbage must be fenced off for extractors.
"""

from __future__ import annotations

from functools import cache

import ftfy
import ftfy.bad_codecs

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


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Return (repaired text, whether an encoding error was repaired)."""
    encoding_fixed = ftfy.fix_encoding(text) != text
    fixed = ftfy.fix_text(text, _FTFY_CONFIG)
    residual_fixed = False
    for bad, good in _residual_map():
        if bad in fixed:
            fixed = fixed.replace(bad, good)
            residual_fixed = True
    return fixed, encoding_fixed or residual_fixed
