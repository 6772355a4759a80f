"""A case-sensitive copy of a regex for lower-cased text, read and rebuilt with Python's own parser.

Every letter of the copy is lower-case and no part of it ignores case. Where the pattern minds case the
copy is wider ("(?-i:May)" becomes "may", a class "[A-Z]" also takes "a-z"): the copy matches the
lower-cased text wherever the pattern matches the text, and `caseless.py` tries the pattern itself at
each place the copy finds. Inside a negative lookaround a wider copy would refuse more, so there every
letter must be one whose case is ignored. None when a copy cannot be made for certain.
"""

from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as sre  # the parser's own opcodes (Python 3.11)

from pipeline.text.start_finder import StartFinder

_UNSURE = (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE, sre.GROUPREF_LOC_IGNORE,
           sre.GROUPREF_UNI_IGNORE)


class _NoCopy(Exception):
    pass


def lowered_pattern(pattern: re.Pattern[str], exact: bool = False) -> re.Pattern[str] | None:
    """The case-sensitive copy of `pattern` for lower-cased text, or None. With `exact`, only a copy that
    matches the lower-cased text exactly where the pattern matches the text (no part minds case)."""
    tree = _lowered_tree(pattern, exact)
    return None if tree is None else _compiler.compile(tree, pattern.flags & ~re.IGNORECASE)


def lowered_starts(pattern: re.Pattern[str]) -> StartFinder | None:
    """Where the wider copy of `pattern` matches the lower-cased text (`start_finder.py`), or None."""
    tree = _lowered_tree(pattern, exact=False)
    return None if tree is None else StartFinder(tree)


def lowered_alternation(patterns: list[re.Pattern[str]]) -> StartFinder | None:
    """Where any of `patterns` may match, found on the lower-cased text: their wider copies side by side
    (their groups, which no copy refers back to, say nothing), or None."""
    trees = [_lowered_tree(p, exact=False) for p in patterns]
    if not trees or None in trees or len({t.state.flags for t in trees}) > 1:
        return None  # flags such as MULTILINE or UNICODE shape the compiled code: all must agree
    state = _parser.State()
    state.flags = trees[0].state.flags
    state.groupwidths = [None] * max(t.state.groups for t in trees)
    boundary = (sre.AT, sre.AT_BOUNDARY)
    lead = [boundary] if all(t.data[:1] == [boundary] for t in trees) else []
    if lead:  # one test of the word boundary at each place, not one per pattern
        trees = [_parser.SubPattern(t.state, t.data[1:]) for t in trees]
    return StartFinder(_parser.SubPattern(state, [*lead, (sre.BRANCH, (None, trees))]))


def _lowered_tree(pattern: re.Pattern[str], exact: bool) -> _parser.SubPattern | None:
    """The copy's parsed items. A wider copy may stop before the first of the pattern's items in sequence
    that cannot be copied: where the whole pattern matches, its leading items match (a copy that may
    match nothing is none)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.ASCII):
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    ignorecase, copied = bool(parsed.state.flags & re.IGNORECASE), []
    for op, av in parsed.data:
        try:
            copied.append(_item(op, av, ignorecase, exact))
        except _NoCopy:
            if exact:
                return None
            break
    parsed.data = copied
    if not exact and parsed.getwidth()[0] == 0:
        return None
    parsed.state.flags &= ~re.IGNORECASE
    return parsed


def may_match_nothing(pattern: re.Pattern[str]) -> bool:
    return _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0


def _items(items, ignorecase: bool, exact: bool) -> list:
    return [_item(op, av, ignorecase, exact) for op, av in items]


def _item(op, av, ignorecase: bool, exact: bool):
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        return op, _letter(av, ignorecase, exact, op is sre.NOT_LITERAL)
    if op is sre.IN:
        return op, _class(av, ignorecase, exact)
    if op is sre.SUBPATTERN:  # (group, add_flags, del_flags, items)
        group, add, remove, sub = av
        inner = bool((ignorecase or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        return op, (group, add & ~re.IGNORECASE, remove & ~re.IGNORECASE, _sub(sub, inner, exact))
    if op is sre.BRANCH:
        return op, (av[0], [_sub(branch, ignorecase, exact) for branch in av[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return op, (av[0], av[1], _sub(av[2], ignorecase, exact))
    if op is sre.ASSERT:  # (direction, items)
        return op, (av[0], _sub(av[1], ignorecase, exact))
    if op is sre.ATOMIC_GROUP:
        return op, _sub(av, ignorecase, exact)
    if op is sre.ASSERT_NOT:  # a wider copy would refuse more: it must be exact
        return op, (av[0], _sub(av[1], ignorecase, exact=True))
    if op in _UNSURE:
        raise _NoCopy
    return op, av  # AT, ANY, CATEGORY: the same on lower-cased text


def _sub(sub: _parser.SubPattern, ignorecase: bool, exact: bool) -> _parser.SubPattern:
    return _parser.SubPattern(sub.state, _items(sub.data, ignorecase, exact))


def _letter(code: int, ignorecase: bool, exact: bool, negated: bool) -> int:
    char = chr(code)
    if char.lower() == char.upper():
        return code  # no case
    if not char.isascii() and ignorecase:
        raise _NoCopy  # its case partners are not all known here
    if not ignorecase and (exact or negated):
        raise _NoCopy  # minding case, where a wider copy would refuse more
    return ord(char.lower())


def _class(items, ignorecase: bool, exact: bool) -> list:
    negated = any(op is sre.NEGATE for op, _ in items)
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append((op, _letter(av, ignorecase, exact, negated)))
        elif op is sre.RANGE:
            out += _range(av, ignorecase, exact or negated)
        else:
            out.append((op, av))  # NEGATE, CATEGORY
    return out


def _range(bounds: tuple[int, int], ignorecase: bool, strict: bool) -> list:
    low, high = bounds
    cased = [c for c in range(low, high + 1) if chr(c).lower() != chr(c).upper()]
    if not cased:
        return [(sre.RANGE, bounds)]
    if any(c > 0x7f for c in cased) or (strict and not ignorecase):
        raise _NoCopy
    lowered = sorted({ord(chr(c).lower()) for c in cased})
    return [(sre.RANGE, bounds)] + [(sre.LITERAL, c) for c in lowered]
