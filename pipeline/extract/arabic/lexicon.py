"""Pack tables folded and compiled once per rule set, as the Arabic finders match them."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.arabic.folded import fold_word
from pipeline.text.rules import RuleSet

LETTER = "\u0621-\u064a"
# A word is not glued to letters on either side; a proclitic (و، ف، ب، ل، ك) may precede it.
BEFORE = rf"(?<![{LETTER}])(?:[وف]?[بلك]?)"
AFTER = rf"(?![{LETTER}])"
# An object pronoun glued to a verb or verbal noun ("تسليمهم", handing them over), before the word's end.
ENCLITIC = "(?:هما|هم|هن|ها|ه|كم|نا)?"


def alt(words) -> str:
    """Alternation of folded phrases, longest first; spaces match any run of white space."""
    folded = {fold_word(w) for w in words}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(folded, key=lambda w: (-len(w), w)))


def word_re(words, proclitic: bool = True) -> re.Pattern[str]:
    """Any of `words` as a whole word (group `w`), optionally after a proclitic."""
    lead = BEFORE if proclitic else rf"(?<![{LETTER}])"
    return re.compile(rf"{lead}(?P<w>{alt(words)}){AFTER}")


@cache
def table(rules: RuleSet, name: str, key: str, value: str) -> dict[str, str]:
    """Folded `key` -> `value` of a pack table (first row wins)."""
    out: dict[str, str] = {}
    for row in rules.rows(name):
        out.setdefault(" ".join(fold_word(row[key]).split()), row[value])
    return out


def key(phrase: str) -> str:
    """A matched phrase as a table key: folded, single spaces."""
    return " ".join(fold_word(phrase).split())
