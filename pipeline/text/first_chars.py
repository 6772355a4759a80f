"""The characters a regex's match can start with, read from the pattern as Python's own parser reads it.

Where a pattern can only match at a letter among a few, a cheap scan for those letters finds the only
places worth trying it. The answer is None whenever it is not certain: a class of any character, a
category (`\\w`, `\\s`), a negated class, a scoped flag, a back reference, a pattern that may match
nothing. Under `re.IGNORECASE` each letter stands with every character Python matches it with: its
other case and, for ASCII letters, the four the `re` documentation names (İ ı ſ and the Kelvin sign).
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's own opcodes (Python 3.11)
from re import _parser

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # they read the text but consume none of it
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SPECIAL = {"i": "İı", "s": "ſ", "k": "\u212a"}  # non-ASCII letters re.IGNORECASE matches with ASCII ones


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that cannot be told."""
    chars, nullable = _firsts(_parser.parse(pattern, flags).data)
    if chars is None or nullable:
        return None
    return _with_cases(chars) if flags & re.IGNORECASE else frozenset(chars)


def opens_on_boundary(pattern: str, flags: int = 0) -> bool:
    """True when the pattern's first item is `\\b`: it matches only at a word boundary."""
    data = _parser.parse(pattern, flags).data
    return bool(data) and data[0] == (sre.AT, sre.AT_BOUNDARY)


def _firsts(items) -> tuple[set[str] | None, bool]:
    """(characters a match of `items` starts with, or None; whether `items` can match nothing)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            got = _in_class(av)
            return (None if got is None else chars | got), False
        if op is sre.BRANCH:
            found = [_firsts(alternative) for alternative in av[1]]
            sub = None if any(f is None for f, _ in found) else set().union(*(f for f, _ in found))
            nullable = any(n for _, n in found)
        elif op in _REPEATS:
            sub, nullable = _firsts(av[2])
            nullable = nullable or av[0] == 0
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # (group, add_flags, del_flags, items)
            sub, nullable = _firsts(av[3])
        else:
            return None, False
        if sub is None:
            return None, False
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def _in_class(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 256:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    return out


def _with_cases(chars: set[str]) -> frozenset[str] | None:
    out: set[str] = set()
    for c in chars:
        if not c.isascii() and c.lower() != c.upper():
            return None  # a cased letter outside ASCII: its case partners are not listed here
        out.update((c, c.lower(), c.upper(), *_SPECIAL.get(c.lower(), "")))
    return frozenset(out)
