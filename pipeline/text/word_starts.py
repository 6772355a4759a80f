"""Unfolded alternatives (`unfolded_head.py`) that can match only where a word starts, searched from the character
before the word.

Python's quick scan stops at every character a match can open with: for a table of words that is nearly every
letter, and at each letter inside a word the engine enters the pattern only to learn from a look-behind that no
word starts there (~120 ns a character for the date table). An alternative that opens on a word character and
whose look-behinds want no word character before it ("\\b", "(?<![^\\n])", "(?<=\\bthe\\s)", "(?<=^)") is
searched instead as a character that is no word's followed by the alternative: the quick scan then stops at
spaces and punctuation only. Its start is one past that character; at the text's start, where no character
stands before it, the alternative is tried as it is (`start_finder.py`).
"""

from __future__ import annotations

from re import _constants as sre  # the parser's own opcodes (Python 3.11)

NON_WORD = (sre.IN, [(sre.NEGATE, None), (sre.CATEGORY, sre.CATEGORY_WORD)])
_WORD = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])
_BEFORE_A_WORD = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BEGINNING_LINE, sre.AT_BOUNDARY)
_NON_WORD_CLASSES = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK)


def at_word_start(alternative: list) -> bool:
    """Whether `alternative` (its first character, then the look-behinds moved after it) matches only at the
    text's start or after a character that is no word's."""
    first = alternative[0]
    if not _word_only(first):
        return False
    for op, av in alternative[1:]:
        if op not in (sre.ASSERT, sre.ASSERT_NOT) or av[0] != -1:
            return False  # past the look-behinds: the rest says nothing of the character before
        items = list(av[1].data)
        if len(items) < 2 or items[-1] != first:
            continue  # a look-behind that was written after the first character
        if op is sre.ASSERT_NOT and len(items) == 2 and _takes_every_word_char(items[0]):
            return True  # "(?<!\w)", "(?<![^\n])": nothing before, or no word character
        if op is sre.ASSERT and (_takes_no_word_char(items[-2]) or (
                items[-2][0] is sre.AT and items[-2][1] in _BEFORE_A_WORD)):
            return True  # "(?<=\bthe\s)", "(?<=^)": a space, a line's start, a boundary before a word character
    return False


def without_word_test(alternative: list) -> list:
    """`alternative` for the place after a character that is no word's: its look-behind "no word character
    before me" (a `\\b` moved after the first character) always holds there, and is left out."""
    first, behind = alternative[0], 1
    while behind < len(alternative) and alternative[behind][0] in (sre.ASSERT, sre.ASSERT_NOT) and \
            alternative[behind][1][0] == -1:
        behind += 1  # the look-behinds right after the first character: those moved there, not later ones
    return [first, *(item for item in alternative[1:behind] if item[0] is not sre.ASSERT_NOT
                     or list(item[1][1].data) != [_WORD, first]), *alternative[behind:]]


def _is_word_char(code: int) -> bool:
    return chr(code).isalnum() or code == ord("_")  # the engine's Unicode `\w`


def _word_only(item) -> bool:
    op, av = item
    if op is sre.LITERAL:
        return _is_word_char(av)
    return op is sre.IN and all(
        (kind is sre.LITERAL and _is_word_char(value))
        or (kind is sre.RANGE and all(_is_word_char(c) for c in range(value[0], value[1] + 1)))
        or (kind is sre.CATEGORY and value in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)) for kind, value in av)


def _takes_no_word_char(item) -> bool:
    op, av = item
    if op is sre.LITERAL:
        return not _is_word_char(av)
    return op is sre.IN and all(
        (kind is sre.LITERAL and not _is_word_char(value))
        or (kind is sre.RANGE and not any(_is_word_char(c) for c in range(value[0], value[1] + 1)))
        or (kind is sre.CATEGORY and value in _NON_WORD_CLASSES) for kind, value in av)


def _takes_every_word_char(item) -> bool:
    op, av = item
    if op is sre.NOT_LITERAL:
        return not _is_word_char(av)
    if op is not sre.IN:
        return False
    if av[:1] == [(sre.NEGATE, None)]:
        return _takes_no_word_char((sre.IN, av[1:]))
    return (sre.CATEGORY, sre.CATEGORY_WORD) in av
