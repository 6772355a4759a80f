"""Folding names for matching: what a reader treats as the same spelling."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’‘`ʼʻ´"
# One translation: apostrophes vanish, hyphens, slashes and brackets become spaces.
_TABLE = str.maketrans({**dict.fromkeys(APOSTROPHES, None), **dict.fromkeys("-_/.,()‐‑–—", " ")})
_ARTICLES = frozenset({"al", "el", "the"})
# Ayn/hamza marks of transliterations; dropping them gives the spelling English news use.
_MARKS_RE = re.compile("[ʻʼʾʿ‘’`´']")


@lru_cache(maxsize=1 << 16)  # the same tokens ("Iraq", "the") recur in every article
def fold(name: str | None) -> str:
    """No case, diacritics, apostrophes, hyphens or leading article: "Al-Qā’im" -> "qaim".

    Mirrors the acceptance scorer's folding so that what matches here matches there.
    """
    if not name:
        return ""
    folded = name
    if not name.isascii():  # most names are plain ASCII: skip the costly decomposition
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(t for t in folded.lower().translate(_TABLE).split() if t not in _ARTICLES)


def plain(name: str) -> str:
    """Diacritics and ayn/hamza marks dropped, case kept: "Al Qā’im" -> "Al Qaim"."""
    decomposed = unicodedata.normalize("NFKD", _MARKS_RE.sub("", name))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
