"""A word list's regex compiled so that the engine tries it only where one of its words can start.

"(?<![\\w-])(?:Afghan|Iraqi|…)" and "\\b(?P<nation>Afghan|Iraqi|…)\\s+…" open on a test of the character
before: Python's engine then enters the pattern at every position of the text. Moved after each word's
first letter ("A(?<![\\w-]A)fghan|I(?<![\\w-]I)raqi|…"), the same test is made at the same place, the
alternatives stay in their order, and the pattern opens on a letter of a known set, which the engine
finds with a quick scan of the text. Patterns of any other shape are compiled as they are.
"""

from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as sre  # the parser's own opcodes (Python 3.11)

_WORD_CLASS = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])


def letter_first(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a leading look back or word boundary moved into each word."""
    parsed = _parser.parse(pattern, flags)
    items = parsed.data
    if len(items) < 2 or (before := _before(items[0])) is None:
        return re.compile(pattern, flags)
    op, av = items[1]
    group = None
    if op is sre.SUBPATTERN and not av[1] and not av[2] and len(av[3].data) == 1:
        group, (op, av) = av[0], av[3].data[0]
    if op is not sre.BRANCH or not all(_opens_on(branch, before) for branch in av[1]):
        return re.compile(pattern, flags)
    branches = [_parser.SubPattern(b.state, [b.data[0], _look_back(b, before), *b.data[1:]]) for b in av[1]]
    moved = (sre.BRANCH, (None, branches))
    if group is not None:
        moved = (sre.SUBPATTERN, (group, 0, 0, _parser.SubPattern(parsed.state, [moved])))
    parsed.data = [moved, *items[2:]]
    return _compiler.compile(parsed, flags)


def _before(item) -> list | None:
    """What the character before must not be (one character's items), or None."""
    op, av = item
    if op is sre.AT and av is sre.AT_BOUNDARY:
        return [_WORD_CLASS]  # before a word character, a boundary is no word character before it
    if op is sre.ASSERT_NOT and av[0] == -1 and av[1].getwidth() == (1, 1):
        return list(av[1].data)
    return None


def _opens_on(branch: _parser.SubPattern, before: list) -> bool:
    """Every word opens on a letter; after a word boundary, on a word character."""
    if not branch.data or branch.data[0][0] is not sre.LITERAL:
        return False
    char = chr(branch.data[0][1])
    return before != [_WORD_CLASS] or char.isalnum() or char == "_"


def _look_back(branch: _parser.SubPattern, before: list):
    """(?<!X c) after the letter c: the character before c is not X."""
    return sre.ASSERT_NOT, (-1, _parser.SubPattern(branch.state, [*before, branch.data[0]]))
