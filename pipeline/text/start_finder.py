"""Where a match of a lower-cased copy (`lowered_pattern.py`) may start, found with Python's quick scan.

Python's engine scans ahead to the next character a match can open with only when the pattern opens on a
literal, a class, or an alternation of literals (its "charset prefix"). A pattern that opens on `\\b`, a
look-behind, a group, an optional word or an alternation of words is instead entered at every position of
the text: ~20 ns a character for one pattern, and several times that for a long phrase table
("(?:the\\s+)?(?:next|following)\\s+day|two\\s+days\\s+later|…").

Here the copy's head is unfolded (`unfolded_head.py`: groups opened, alternations distributed, optional and
repeated parts written out once and left out once) until every alternative opens on one character: a literal,
or a class.
A `\\b` or look-behind before that character is moved after it as a look-behind of one more character, as
`letter_first.py` does for word lists. Alternatives that open on a literal make one pattern (its literals are
the prefix); those that open on a class make another, the class consumed first and each alternative checking
its own with a look-behind; alternatives that can match only where a word starts make a third, searched from the
character before the word (`word_starts.py`). Each start they find is a start of the copy, and the other way round: the
copy's language is unchanged, only its groups are dropped (callers use where a copy matches, never what).
A copy whose head cannot be unfolded (a look-ahead or `^` before the first character, a possessive part,
more than `MAX_ALTERNATIVES`) is searched as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _compiler, _parser
from re import _constants as sre  # the parser's own opcodes (Python 3.11)

from pipeline.text.unfolded_head import sub_pattern, unfold_head
from pipeline.text.word_starts import NON_WORD, at_word_start, without_word_test


class StartFinder:
    """`next_start(low, pos, end)`: the first position from `pos` where the copy matches `low`, or None."""

    def __init__(self, tree: _parser.SubPattern) -> None:
        alternatives = unfold_head(tree)
        self.unfolded = alternatives is not None
        flags = tree.state.flags
        self._at_text_start = None  # the word-start alternatives tried as they are at position 0
        if alternatives is None:
            finders = [(_compiler.compile(tree, flags), 0)]
        else:
            # (`word_starts.py`) found from the character before them, a start one past each match
            words = [a for a in alternatives if at_word_start(a)] if not flags & (re.ASCII | re.LOCALE) else []
            rest = [a for a in alternatives if not (words and at_word_start(a))]
            literal = [a for a in rest if a[0][0] is sre.LITERAL]
            classed = [a for a in rest if a[0][0] is not sre.LITERAL]
            finders = [(_compiler.compile(t, flags), 0) for t in (
                _literal_tree(tree.state, literal), _class_tree(tree.state, classed)) if t is not None]
            if words:
                self._at_text_start = _compiler.compile(_literal_tree(tree.state, words), flags)
                shifted = [without_word_test(a) for a in words]
                after = _parser.SubPattern(tree.state, [NON_WORD, *_literal_tree(tree.state, shifted).data])
                finders.insert(0, (_compiler.compile(after, flags), 1))
        self._finders = tuple(finders)

    def next_start(self, low: str, pos: int, end: int) -> int | None:
        if pos == 0 and self._at_text_start is not None and self._at_text_start.match(low, 0, end):
            return 0
        if len(self._finders) == 1:  # most copies: asked once per place a match may start, kept short
            finder, shift = self._finders[0]
            found = finder.search(low, max(pos - shift, 0), end)
            return None if found is None else found.start() + shift
        starts = [m.start() + shift for finder, shift in self._finders
                  if (m := finder.search(low, max(pos - shift, 0), end)) is not None]
        return min(starts) if starts else None

    def scanner(self, low: str, end: int) -> Callable[[int], int | None]:
        """`next_start` over one text, for positions asked in increasing order. With two finders, each keeps
        the start it found last until the position passes it: the finder whose next start lies far ahead is
        not searched again over the same stretch each time the other one finds a start."""
        if len(self._finders) == 1:
            return lambda pos: self.next_start(low, pos, end)
        searches = [(finder.search, shift) for finder, shift in self._finders]
        ahead = [-1] * len(searches)  # each finder's next start from the last position asked, end + 1 for none
        at_text_start = self._at_text_start

        def next_start(pos: int) -> int | None:
            if pos == 0 and at_text_start is not None and at_text_start.match(low, 0, end):
                return 0
            for index, (search, shift) in enumerate(searches):
                if ahead[index] < pos:
                    found = search(low, max(pos - shift, 0), end)
                    ahead[index] = end + 1 if found is None else found.start() + shift
            first = min(ahead)
            return None if first > end else first
        return next_start


def _grouped(state, alternatives: list[list]) -> list[_parser.SubPattern]:
    """Alternatives with the same opening character and tests behind it as one: the engine then compares each
    opening once at a position, not once per alternative."""
    groups: dict[str, tuple[list, list]] = {}
    for alt in alternatives:
        behind = 1
        while behind < len(alt) and alt[behind][0] in (sre.ASSERT, sre.ASSERT_NOT) and alt[behind][1][0] == -1:
            behind += 1
        head = alt[:behind]
        groups.setdefault(repr(head), (head, []))[1].append(_parser.SubPattern(state, alt[len(head):]))
    return [_parser.SubPattern(state, [*head, (sre.BRANCH, (None, rests))] if len(rests) > 1 else [*head, *rests[0]])
            for head, rests in groups.values()]


def _literal_tree(state, alternatives: list[list]) -> _parser.SubPattern | None:
    if not alternatives:
        return None
    return _parser.SubPattern(state, [(sre.BRANCH, (None, _grouped(state, alternatives)))])


def _class_tree(state, alternatives: list[list]) -> _parser.SubPattern | None:
    """The classes' union consumed first, each alternative checking its own class behind it."""
    if not alternatives:
        return None
    union = [item for a in alternatives for item in a[0][1]]
    checked = [[(sre.ASSERT, (-1, sub_pattern([a[0]]))), *a[1:]] for a in alternatives]
    return _parser.SubPattern(state, [(sre.IN, union), (sre.BRANCH, (None, _grouped(state, checked)))])
