"""The written shape of a person's name: capitalised tokens, with diacritics, joined articles ("al-Fahdawi")
and middle initials, never across a line break. One pattern serves every reader of names, so a name found as a
full name and again as a short form is cut at the same letters."""

from __future__ import annotations

import re
from functools import lru_cache

# Latin letters with diacritics too: "Léon Pignon", "Józef Beck", "Śniatyn" are written so in English news
_LETTER = "a-zA-Zà-öø-ÿĀ-ž"
_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘĐŐŰ"
_REST = rf"[{_LETTER}]*(?:['’][{_LETTER}]+)?(?:-[{_LETTER}][{_LETTER}'’]*)*"
NAME_PREFIX = r"(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]in)-"  # "al-Fahdawi", "Abu-Bakr": a lower-case article joined to a name
TOKEN = rf"(?:{NAME_PREFIX})?[{_UPPER}]{_REST}"
# `(?<![\w’'-]){TOKEN}` with its first letter first: the look back, then which prefix (if any) that letter
# opens, read after it, so the engine tries the pattern only at those letters, not at every character.
FREE_TOKEN = rf"[{_UPPER}abe](?<![\w’'-].)(?:(?<=[Aa])(?:l|bu)-[A-Z]|(?<=[Ee])l-[A-Z]|(?<=[Bb])in-[A-Z]|(?<=[{_UPPER}])){_REST}"
# Names never run across a line break: a headline followed by a paragraph is not one name. A middle initial
# stays inside the name ("Mr. Henry L. Whitcombe").
NAME_RE = re.compile(rf"{FREE_TOKEN}(?:[ \t]+(?:(?:bin|ibn|al|el|abu|de)[ \t]+|[A-Z]\.[ \t]+)?{TOKEN})*")
# Initials open a name ("Mr. K. P. Sen Gupta", "J. R. Okello said"); a lone initial is no name of its own
INITIALS_BEFORE = re.compile(r"(?<![\w.’'-])(?:[A-Z]\.[ \t]+)+$")
INITIAL = re.compile(r"[A-Z]\.")
POSSESSIVE_RE = re.compile(r"['’‘]s?$")


@lru_cache(maxsize=1 << 14)  # the same capitalised words recur in every article
def without_possessive(token: str) -> str:
    return POSSESSIVE_RE.sub("", token)
