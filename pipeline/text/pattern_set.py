"""Many regexes over one stretch of text, each found as its own `finditer` finds it, at the cost of a few.

Run one by one, fifty rule patterns cost fifty scans of every stretch asked about. Here the places where
any may match are found first: where every pattern can only start with one of a few characters
(`first_chars.py`), by a scan for those characters, else by one alternation of them all. At each such
place one probe (a lookahead per pattern, each capturing its own match) tells which match there and
where each match ends. Each pattern's `finditer` sequence then follows: its first match from the
window's start, the next from where that one ended. Lookarounds and word boundaries read the text
around a place the same way in either case. Patterns with groups of their own, or a match of nothing,
are run one by one instead. Where no pattern minds case, all of this reads the lower-cased text through
case-sensitive copies of the alternation and the probe (`lowered_pattern.py`): the same places, quicker;
and at each place only the patterns that can open on its character are tried, through an alternation and a
probe of theirs alone (built on first use of that character): a table of 170 status cues then costs a few of
its rows at each word, not all of them.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from pipeline.text.caseless import lowered_text
from pipeline.text.first_chars import first_chars, opens_on_boundary
from pipeline.text.lowered_pattern import lowered_pattern


class PatternSet:
    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        self.patterns = tuple(re.compile(p, flags) for p in patterns)
        self._grouped = any(p.groups for p in self.patterns)
        self._any = re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)
        self._each = re.compile("".join(f"(?=({p}))?" for p in patterns), flags)
        self._openers = _openers(patterns, flags)
        lowered = (lowered_pattern(self._any, exact=True), lowered_pattern(self._each, exact=True))
        self._lowered = lowered if None not in lowered and self._openers is not None else None
        self._flags = flags
        # each lower-case character a pattern can open on -> the indexes of the patterns that can
        self._openers_of = _by_first_char(patterns, flags) if self._lowered is not None else {}
        self._by_char: dict[str, tuple[re.Pattern[str], tuple[int, ...]] | None] = {}
        _MADE.add(self)

    def matches(self, text: str, pos: int, endpos: int, last_start: int) -> list[tuple[int, int, int]]:
        """(pattern index, start, end) of what each pattern's `finditer(text, pos, endpos)` yields up to
        a match starting at `last_start`: by pattern, then in text order."""
        if self._grouped:
            return self._one_by_one(text, pos, endpos, last_start)
        low = lowered_text(text) if self._lowered else None
        places: list[list[tuple[int, int]]] = [[] for _ in self.patterns]
        if low is not None:
            for start in self._openers.finditer(low, pos, last_start + 1):
                at = start.start()
                if (group := self._group(low[at])) is None or (probe := group[0].match(low, at, endpos)) is None:
                    continue
                for index, (found, end) in zip(group[1], probe.regs[1:]):
                    if found != -1:
                        if end == at:  # a match of nothing: `finditer` would try again at the same place
                            return self._one_by_one(text, pos, endpos, last_start)
                        places[index].append((at, end))
            return _in_finditer_order(places, pos)
        for start in self._places(text, pos, endpos, last_start):
            for index, (found, end) in enumerate(self._each.match(text, start, endpos).regs[1:]):
                if found != -1:
                    if end == start:
                        return self._one_by_one(text, pos, endpos, last_start)
                    places[index].append((start, end))
        return _in_finditer_order(places, pos)

    def prepare(self) -> None:
        """The probe of every character a pattern can open on built now, not on its first use."""
        for char in self._openers_of:
            self._group(char)

    def _group(self, char: str) -> tuple[re.Pattern[str], tuple[int, ...]] | None:
        """The lowered probe of the patterns that can open on `char` (no match where none of them matches),
        with their indexes; None when none can."""
        if char not in self._by_char:
            indexes = self._openers_of.get(char, ())
            chosen = [self.patterns[i].pattern for i in indexes]
            probe = lowered_pattern(re.compile("(?=" + "|".join(f"(?:{p})" for p in chosen) + ")" + "".join(
                f"(?=({p}))?" for p in chosen), self._flags), exact=True) if chosen else None
            if chosen and probe is None:  # (the whole table's copy was made, so this is not expected) all of them
                probe, indexes = self._lowered[1], tuple(range(len(self.patterns)))
            self._by_char[char] = (probe, indexes) if chosen else None
        return self._by_char[char]

    def _places(self, text: str, pos: int, endpos: int, last_start: int):
        """Every place where a pattern may match, in text order."""
        if self._openers is not None:  # the alternation tried only where a pattern can start
            yield from (m.start() for m in self._openers.finditer(text, pos, last_start + 1)
                        if self._any.match(text, m.start(), endpos))
            return
        at = self._any.search(text, pos, endpos)
        while at is not None and at.start() <= last_start:
            yield at.start()
            at = self._any.search(text, at.start() + 1, endpos)

    def _one_by_one(self, text: str, pos: int, endpos: int, last_start: int) -> list[tuple[int, int, int]]:
        return [(index, m.start(), m.end()) for index, rx in enumerate(self.patterns)
                for m in rx.finditer(text, pos, endpos) if m.start() <= last_start]


# Every set made in this process: the pools' server builds their probes before its workers fork (`prepare_all`).
_MADE: weakref.WeakSet[PatternSet] = weakref.WeakSet()


def prepare_all() -> None:
    """Every set's probes built now (`PatternSet.prepare`). Built on first use instead, a process's first
    articles compiled ~60 of them, ~0.5 s for the status cue tables alone: in the pools' server
    (`extract/warm_up.py`) that is done once, before the workers fork, not in each worker after."""
    for pattern_set in list(_MADE):
        pattern_set.prepare()


def _openers(patterns: Sequence[str], flags: int) -> re.Pattern[str] | None:
    chars = [first_chars(p, flags) for p in patterns]
    if not patterns or any(c is None for c in chars):
        return None
    boundary = r"\b" if all(opens_on_boundary(p, flags) for p in patterns) else ""
    return re.compile(f"{boundary}[{''.join(map(re.escape, sorted(set().union(*chars))))}]", flags & ~re.IGNORECASE)


def _in_finditer_order(places: list[list[tuple[int, int]]], pos: int) -> list[tuple[int, int, int]]:
    """Each pattern's matches as its `finditer` from `pos` yields them: a match starting inside the last is skipped."""
    out = []
    for index, spans in enumerate(places):
        cursor = pos
        for start, end in spans:
            if start >= cursor:
                out.append((index, start, end))
                cursor = end
    return out


def _by_first_char(patterns: Sequence[str], flags: int) -> dict[str, tuple[int, ...]]:
    by_char: dict[str, list[int]] = {}
    for index, pattern in enumerate(patterns):
        for char in {c.lower() for c in first_chars(pattern, flags) or ()}:
            by_char.setdefault(char, []).append(index)
    return {char: tuple(indexes) for char, indexes in by_char.items()}
