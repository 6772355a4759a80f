"""A regex alternation of phrases, longest first, factored on shared leading letters.

"prime minister|ministry|minister" is tried as "prime\\s+minister|minist(?:er|ry)": the regex engine
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
    return "|".join(_branches(sorted(phrases, key=lambda p: (-len(p), p))))


def _escaped(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


def _splits(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _branches(phrases: list[str]) -> list[str]:
    """`phrases` in order as the branches of an alternation; phrases opening with the same letter share it."""
    if len(phrases) < 2 or not all(p == "" or _splits(p[0]) for p in phrases):
        return [_escaped(p) for p in phrases]
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[:1].lower(), []).append(p)
    out = []
    for key, group in groups.items():
        if key == "" or len({p[0] for p in group}) > 1:  # "" ends a phrase; "Al"/"al" differ in case
            out += [_escaped(p) for p in group]
            continue
        rest = _branches([p[1:] for p in group])
        out.append(_escaped(group[0][0]) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0]))
    return out
