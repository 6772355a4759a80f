"""The `finditer` of several patterns over one text, from one scan of the lower-cased text.

Each pattern run alone scans the whole text. Here one case-sensitive alternation of their lower-cased
copies (`lowered_pattern.py`) finds every place where any of them may match; at each, every pattern
whose last match has ended is tried there with the pattern itself, and a match moves that pattern on to
where it ended, as its own `finditer` would (the places are found by `start_finder.py`, which lets the
engine skip ahead to the characters any copy opens with). The same matches, in one scan instead of one
per pattern.
Patterns that may match nothing, or texts a lower-cased scan would misread (`caseless.lowered_text`),
are run one by one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text.caseless import lowered_text
from pipeline.text.lowered_pattern import lowered_alternation, may_match_nothing


class CaselessSet:
    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        nothing = any(may_match_nothing(p) for p in self.patterns)
        self._any = None if nothing else lowered_alternation(list(self.patterns))

    def finditer_each(self, text: str) -> list[list[re.Match[str]]]:
        """Each pattern's matches over the whole text, as its `finditer` gives them."""
        low = lowered_text(text) if self._any is not None else None
        if low is None:
            return [list(p.finditer(text)) for p in self.patterns]
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        cursors = [0] * len(self.patterns)
        next_start = self._any.scanner(low, len(low))
        start = next_start(0)
        while start is not None:
            for index, pattern in enumerate(self.patterns):
                if cursors[index] <= start and (got := pattern.match(text, start)) is not None:
                    found[index].append(got)
                    cursors[index] = got.end()  # never `start`: no pattern here may match nothing
            start = next_start(start + 1)
        return found
