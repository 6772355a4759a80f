"""`ftfy.badness.is_bad`, searched only near the text's non-ASCII characters.

Why: ftfy's mojibake regex is 37 alternatives tried at every character of the text (~0.2 ms for a 1 KB
article, twice an article, a quarter of what cleaning cost); an English article holds a few curly quotes and
dashes among a thousand ASCII characters. Every alternative has an item that matches non-ASCII characters
only, at most `lead` characters into the match, and no match is longer than `width`; nothing outside a
match is looked at but the start of the text ("^"). So every match lies in a window from `lead` characters
before one of the text's non-ASCII characters to `width` after it, and a match found in a window is one in
the text. The numbers are read from the regex's own parse: with a regex they cannot be read from (another
ftfy), the whole text is searched as before.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from functools import cache

from ftfy.badness import BADNESS_RE

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ONE_CHARACTER = (sre_parse.LITERAL, sre_parse.NOT_LITERAL, sre_parse.IN, sre_parse.ANY)
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT)


def _non_ascii_only(op, value) -> bool:
    if op is sre_parse.LITERAL:
        return value > 0x7F
    if op is not sre_parse.IN:
        return False
    return all((kind is sre_parse.LITERAL and bound > 0x7F) or (kind is sre_parse.RANGE and bound[0] > 0x7F)
               for kind, bound in value)


def _plain(op, value) -> bool:
    """An item that looks at the characters it matches only: one character, a repeat of those, or "^"."""
    if op in _REPEATS:
        return all(inner in _ONE_CHARACTER for inner, _ in value[2].data)
    return op in _ONE_CHARACTER or (op is sre_parse.AT and value is sre_parse.AT_BEGINNING)


def _branch_bounds(branch: sre_parse.SubPattern) -> tuple[int, int] | None:
    """(how far into a match its first non-ASCII-only item can be, the longest match), or None."""
    items = list(branch.data)
    if not all(_plain(op, value) for op, value in items):
        return None
    for index, (op, value) in enumerate(items):
        if _non_ascii_only(op, value):
            lead = sre_parse.SubPattern(branch.state, items[:index]).getwidth()[1] if index else 0
            width = branch.getwidth()[1]
            return (lead, width) if max(lead, width) < sre_parse.MAXREPEAT else None
    return None


@cache
def _bounds() -> tuple[int, int] | None:
    if BADNESS_RE.flags & re.IGNORECASE:  # a non-ASCII letter could then match an ASCII one
        return None
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    if len(parsed.data) != 1 or parsed.data[0][0] is not sre_parse.BRANCH:
        return None
    bounds = [_branch_bounds(branch) for branch in parsed.data[0][1][1]]
    if any(bound is None for bound in bounds):
        return None
    return max(lead for lead, _ in bounds), max(width for _, width in bounds)


def is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`."""
    bounds = _bounds()
    if bounds is None:
        return BADNESS_RE.search(text) is not None
    lead, width = bounds
    start = end = -1
    for found in _NON_ASCII.finditer(text):
        at = found.start()
        if at - lead > end:  # a window apart from the last: search the last one
            if end >= 0 and BADNESS_RE.search(text, start, end):
                return True
            start = max(0, at - lead)
        end = at + width
    return end >= 0 and BADNESS_RE.search(text, start, end) is not None
