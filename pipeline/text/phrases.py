"""Many phrases found in one pass over the text (an Aho-Corasick automaton, pyahocorasick).

Text and phrases are compared through a one-to-one character map (every apostrophe is "'", every
hyphen or white space is " "), so "Al-Araby" finds "Al Araby" and offsets stay those of the text.
A hit counts only on word boundaries: "Reuters" is not found inside "Reutersville".
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

# Each character alone, to one other: `str.replace` per character that occurs (a scan in C each) does the
# same as `str.translate`, which looks every character of the text up in a dict (~50 µs an article).
_SAME = tuple((char, "'") for char in "’‘ʼ`") + tuple((char, " ") for char in "-‐‑\t\n\r\u00a0")


@lru_cache(maxsize=8)  # an article's text is read by several matchers (countries, bodies)
def match_form(text: str) -> str:
    """The text as phrases are matched against it: same length, same offsets."""
    for char, same in _SAME:
        if char in text:
            text = text.replace(char, same)
    return text


class PhraseMatcher:
    """Phrase -> value; `find` gives every (start, end, value) on word boundaries, overlaps included."""

    def __init__(self, phrases: Iterable[tuple[str, object]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for phrase, value in phrases:
            key = match_form(phrase)
            if key and key not in self._automaton:
                self._automaton.add_word(key, (len(key), value))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, object]]:
        if self._empty or not text:
            return []
        out, final = [], len(text) - 1
        for last, (length, value) in self._automaton.iter(match_form(text)):
            start = last - length + 1
            # on word boundaries: no letter, digit, "-" or "_" right before or right after (tested inline:
            # asked for every hit of every phrase)
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            if last < final and (text[last + 1].isalnum() or text[last + 1] in "-_"):
                continue
            out.append((start, last + 1, value))
        return out
