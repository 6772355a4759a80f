"""The head of a parsed pattern unfolded into alternatives that each open on one character (`start_finder.py`).

Groups are opened, alternations distributed, and optional and repeated parts written out once and left out once,
until every alternative opens on a literal or a class; a `\\b` or look-behind before that character is moved after
it as a look-behind of one more character. The alternatives match what the head matched, no more and no less.
A head that cannot be unfolded so (a look-ahead or `^` before the first character, a possessive part, a negated
class first, more than `MAX_ALTERNATIVES`) gives None, and its pattern is searched as it is.
"""

from __future__ import annotations

from re import _constants as sre  # the parser's own opcodes (Python 3.11)
from re import _parser

MAX_ALTERNATIVES = 600  # a head that unfolds into more stays as it is: the compiled code grows with each
_WORD = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])


class _Stop(Exception):
    pass


def unfold_head(tree: _parser.SubPattern) -> list[list] | None:
    """`tree`'s alternatives, each a list of items opening on one character (LITERAL or IN), or None."""
    try:
        return _unfold(list(tree.data), ())
    except _Stop:
        return None


def _unfold(items: list, before: tuple) -> list[list]:
    """Alternatives, each a list of items opening on one character (LITERAL or IN), the same language as
    `items` preceded by the zero-width tests `before`."""
    if not items:
        raise _Stop  # an alternative that may match nothing opens on no character
    (op, av), rest = items[0], items[1:]
    if op in (sre.LITERAL, sre.IN):
        if op is sre.IN and any(kind is sre.NEGATE for kind, _ in av):
            raise _Stop  # a negated class also takes characters the look-behinds below would not see as one
        return [[items[0], *(_after(test, items[0]) for test in before), *rest]]
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        if add or remove:
            raise _Stop  # flags other than case (removed from a copy) shape the compiled code
        return _unfold([*sub.data, *rest], before)
    if op is sre.BRANCH:
        out = [alt for branch in av[1] for alt in _unfold([*branch.data, *rest], before)]
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        again = [] if high == 1 else [(op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, sub))]
        out = _unfold([*sub.data, *again, *rest], before) + (_unfold(rest, before) if low == 0 else [])
    elif (op is sre.AT and av is sre.AT_BOUNDARY) or (op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == -1):
        return _unfold(rest, (*before, items[0]))
    else:
        raise _Stop
    if len(out) > MAX_ALTERNATIVES:
        raise _Stop
    return out


def _after(test, first):
    """`test`, made before the first character, as a look-behind made after it."""
    op, av = test
    if op is sre.AT:  # \b before a word character: none before it; before any other: a word character
        word_first = first[0] is sre.LITERAL and (chr(first[1]).isalnum() or first[1] == ord("_"))
        if first[0] is sre.IN and not all(_is_word(item) for item in first[1]):
            raise _Stop  # a class of both kinds: which test applies depends on the character
        return (sre.ASSERT_NOT if word_first or first[0] is sre.IN else sre.ASSERT), (-1, sub_pattern([_WORD, first]))
    direction, sub = av
    width = sub.getwidth()
    if width[0] != width[1]:
        raise _Stop
    return op, (direction, sub_pattern([*sub.data, first]))


def _is_word(item) -> bool:
    kind, value = item
    if kind is sre.LITERAL:
        return chr(value).isalnum() or value == ord("_")
    if kind is sre.RANGE:
        return all(chr(c).isalnum() or c == ord("_") for c in range(value[0], value[1] + 1))
    return kind is sre.CATEGORY and value in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)


def sub_pattern(items: list) -> _parser.SubPattern:
    sub = _parser.SubPattern(_parser.State(), items)
    return sub
