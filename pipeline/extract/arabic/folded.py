"""Arabic folded the way readers match it, with a map back to the stored text.

Alef and hamza seats become bare alef, alef maqsura becomes ya, ta marbuta becomes ha; diacritics
and tatweel are dropped. Dropping changes lengths, so `Folded` keeps, for every folded character,
its position in the stored text: a regex runs on `folded.text`, `folded.span(m)` gives offsets
into the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pyarabic import araby

_DROP = frozenset(araby.TASHKEEL) | {araby.TATWEEL, "\u0670"}  # dagger alef reads as a diacritic
_SAME = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "٬": ",", "،": ","})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # origin[i] = index in the stored text of folded character i; one past the end last

    def start(self, pos: int) -> int:
        return self.origin[pos]

    def end(self, pos: int) -> int:
        """Stored offset of the end of a folded span: diacritics after its last letter stay inside."""
        return self.origin[pos]

    def at(self, stored: int) -> int:
        """Folded position of a stored offset (the next kept character when it was dropped)."""
        return bisect_left(self.origin, stored)

    def span(self, m: re.Match[str], group: int | str = 0) -> tuple[int, int]:
        return self.start(m.start(group)), self.end(m.end(group))


@lru_cache(maxsize=256)
def fold_text(text: str) -> Folded:
    chars, origin = [], []
    for i, c in enumerate(text):
        if c in _DROP:
            continue
        chars.append(c)
        origin.append(i)
    origin.append(len(text))
    return Folded("".join(chars).translate(_SAME).translate(_DIGITS), tuple(origin))


@lru_cache(maxsize=1 << 14)
def fold_word(word: str) -> str:
    """A table entry folded like the text it is matched against."""
    return fold_text(word).text
