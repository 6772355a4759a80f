"""A regex alternation of phrases, longest first, factored on shared leading letters.

"prime minister|minister|ministry" is tried as "prime\\s+minister|minist(?:ry|er)": the regex engine
tests each alternative in turn at every position, so a flat list of a hundred speech verbs costs a
hundred tests per word, a factored one a few. The language matched, and which alternative wins where
several could, are those of the flat list: branches are split only on ASCII letters and digits (told
apart ignoring case, so the split holds under `re.IGNORECASE` too), whose branches can never match
at the same place, and each branch keeps the order of the flat list, in which a phrase comes after
every longer phrase it begins.
"""

from __future__ import annotations

import re


def alternation(phrases) -> str:
    """A regex alternation, longest first so that "prime minister" wins over "minister"."""
    return _factored(sorted(phrases, key=lambda p: (-len(p), p)))


def _escaped(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


def _splits(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _factored(phrases: list[str]) -> str:
    """`phrases` in order; each group of phrases opening with the same letter shares that letter."""
    if len(phrases) < 2 or not all(p == "" or _splits(p[0]) for p in phrases):
        return "|".join(map(_escaped, phrases))
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[:1].lower(), []).append(p)
    out = []
    for key, group in groups.items():
        if key == "" or len({p[0] for p in group}) > 1:  # "" ends a phrase; "Al"/"al" differ in case
            out.append("|".join(map(_escaped, group)))
            continue
        rest = _factored([p[1:] for p in group])
        out.append(_escaped(group[0][0]) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(out)
