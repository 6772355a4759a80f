"""The word right before a place in the text, read backwards from it.

`re.compile(r"([\\w’'-]+)\\s+$").search(text, pos - reach, pos)` gives the same word, but tries every
start in the window, each running forward to the place: speaker nouns ask it for every modifier before
them. Reading back over the white space, then over the word, costs a few steps. `\\w` is what `re` means by
it (a letter, digit or "_"; `str.isalnum` or "_"), `\\s` is `str.isspace`; a word longer than the window
is cut at its start, as the regex's window cuts it.
"""

from __future__ import annotations

_JOINERS = "_’'-"


def word_before(text: str, pos: int, reach: int = 40) -> tuple[int, str] | None:
    """(start, word) of the word ([\\w’'-]+) that white space alone parts from `pos`, within `reach`
    characters before it, or None."""
    lo = max(0, pos - reach)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end == pos:
        return None
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in _JOINERS):
        start -= 1
    return (start, text[start:end]) if start < end else None
