"""Words a regex's every match contains, read from the pattern as Python's own parser reads it.

"(?P<name>...)\\s+(?:newspaper|news agency|daily)\\b" matches only where "newspaper", "news agency" or
"daily" stands in the text: where none does, the pattern (slow where it tries every capitalised word)
need not run. The answer is None whenever it is not certain: case ignored, a literal only inside an
optional or repeated part, a class or category where a word would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parser's own opcodes (Python 3.11)
from re import _parser


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains as written, or None."""
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _required(parsed)


def may_match(required: tuple[str, ...] | None, text: str) -> bool:
    """False only when the pattern `required` was read from cannot match anywhere in `text`."""
    return required is None or any(word in text for word in required)


def _required(items: Iterable) -> tuple[str, ...] | None:
    """The best (longest shortest word) of the sets of words the items in sequence each require."""
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a last item closes the last run of literals
        found: tuple[str, ...] | None = None
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, ("".join(run),))
            run = []
        if op is sre.BRANCH:
            alternatives = [_required(alternative) for alternative in av[1]]
            if all(a is not None for a in alternatives):
                found = tuple(word for a in alternatives for word in a)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # (group, add_flags, del_flags, items)
            found = _required(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        best = _better(best, found)
    return best


def _better(best: tuple[str, ...] | None, found: tuple[str, ...] | None) -> tuple[str, ...] | None:
    if not found:
        return best
    if best is None or min(map(len, found)) > min(map(len, best)):
        return found
    return best
