"""Words a regex's every match contains, read from the pattern as Python's own parser reads it.

"(?P<name>...)\\s+(?:newspaper|news agency|daily)\\b" matches only where "newspaper", "news agency" or
"daily" stands in the text: where none does, the pattern (slow where it tries every capitalised word)
need not run. The answer is None whenever it is not certain: case ignored (outside a part that minds
it), a literal only inside an optional part, a class or category where a word would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parser's own opcodes (Python 3.11)
from re import _parser


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains as written, or None."""
    parsed = _parser.parse(pattern, flags)
    return _required(parsed, bool(parsed.state.flags & re.IGNORECASE))


def may_match(required: tuple[str, ...] | None, text: str) -> bool:
    """False only when the pattern `required` was read from cannot match anywhere in `text`. A few
    substring searches (each a fast scan in C) answer it quicker than one alternation of the words."""
    return required is None or any(word in text for word in required)


def _required(items: Iterable, ignorecase: bool) -> tuple[str, ...] | None:
    """The best (longest shortest word) of the sets of words the items in sequence each require. Runs of
    items that match fixed words ("S", then "ept|eptember") are one set of words ("Sept", "September");
    a literal counts only where case matters ("(?-i:May)" inside a pattern that ignores it does)."""
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a last item closes the last run
        words = _words(op, av, ignorecase)
        if words is not None and len(run or [""]) * len(words) <= _MOST:
            run = [a + b for a in (run or [""]) for b in words]
            continue
        best = _better(best, tuple(run))
        run = list(words or [])
        found: tuple[str, ...] | None = None
        if op is sre.BRANCH and words is None:
            alternatives = [_required(alternative, ignorecase) for alternative in av[1]]
            if all(a is not None for a in alternatives):
                found = tuple(word for a in alternatives for word in a)
        elif op is sre.SUBPATTERN and words is None:  # (group, add_flags, del_flags, items)
            found = _required(av[3], _ignoring(ignorecase, av))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2], ignorecase)
        best = _better(best, found)
    return best


_MOST = 64  # words a run may stand for


def _words(op, av, ignorecase: bool) -> tuple[str, ...] | None:
    """The fixed words one item matches, or None."""
    if op is sre.LITERAL:
        return None if ignorecase else (chr(av),)
    if op is sre.BRANCH:
        found = [_sequence(alternative, ignorecase) for alternative in av[1]]
        return None if any(f is None for f in found) else tuple(w for f in found for w in f)
    if op is sre.SUBPATTERN:
        return _sequence(av[3], _ignoring(ignorecase, av))
    return None


def _sequence(items, ignorecase: bool) -> tuple[str, ...] | None:
    out = [""]
    for op, av in items:
        words = _words(op, av, ignorecase)
        if words is None or len(out) * len(words) > _MOST:
            return None
        out = [a + b for a in out for b in words]
    return tuple(out)


def _ignoring(ignorecase: bool, subpattern) -> bool:
    _group, add, remove, _items = subpattern
    return bool((ignorecase or add & re.IGNORECASE) and not remove & re.IGNORECASE)


def _better(best: tuple[str, ...] | None, found: tuple[str, ...] | None) -> tuple[str, ...] | None:
    if not found or "" in found:  # a part that may match nothing requires nothing
        return best
    if best is None or min(map(len, found)) > min(map(len, best)):
        return found
    return best
