"""A regex's `finditer`, found by scanning the lower-cased text with a case-sensitive copy of it.

Python's engine tests a pattern that ignores case, or opens on `\\b`, at every position of the text,
letter by case-folded letter: about twice the time of a case-sensitive scan over text already lower-cased.
So a copy of the pattern is made whose every letter is lower-case and which minds case nowhere: wherever
the pattern matches the text, the copy matches the lower-cased text at the same place (a part that minds
case, such as "(?-i:May)", is only widened by it). Each place the copy finds is then tried with the pattern
itself on the text, and the scan goes on from where that match ended (or from the next character when
the pattern does not match there), as `finditer` does: the same matches, the same match objects.
The copy's places are found by `start_finder.py`, which rewrites its head so that the engine skips ahead
to the characters a match can open with.

The copy is made only where that holds for certain (`lowered_pattern`): no back references, no pattern
that may match nothing, no class that excludes lower-case letters where case counts, no letter minding
case inside a negative lookaround, no letter outside ASCII where case is ignored. The text is scanned so
only when lower-casing keeps its length and every character's kind (a letter stays a letter) and it holds
none of the four characters that the engine folds onto an ASCII letter (`İ ı ſ K`); otherwise the
pattern's own `finditer` runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.text.lowered_pattern import lowered_starts, may_match_nothing

_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_FOLDED_ONTO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=8)  # one article's text is scanned by many patterns
def lowered_text(text: str) -> str | None:
    """The text lower-cased, offsets unchanged, or None where a lower-cased scan would not be exact."""
    if text.isascii():
        return text.lower()
    for char in set(_NON_ASCII_RE.findall(text)):
        low = char.lower()
        if char in _FOLDED_ONTO_ASCII or len(low) != 1 or (low != char and not (char.isalpha() and low.isalpha())):
            return None
    low = text.lower()
    return low if len(low) == len(text) else None


class CaselessScan:
    """`finditer` and `search` of one compiled pattern, through its lower-cased copy where one can be made."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # a match of nothing would make `finditer` try again at the same place: such a pattern runs as it is
        self._copy = None if may_match_nothing(pattern) else lowered_starts(pattern)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        return list(self._matches(text, pos, endpos))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self._matches(text, pos, endpos), None)

    def _matches(self, text: str, pos: int, endpos: int | None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        low = lowered_text(text) if self._copy is not None else None
        if low is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        cursor, next_start, match = pos, self._copy.scanner(low, end), self.pattern.match
        while (start := next_start(cursor)) is not None:
            got = match(text, start, end)
            if got is None:
                cursor = start + 1
                continue
            yield got
            cursor = got.end()  # never `start`: a pattern that may match nothing has no copy
