"""English number words to values: "three hundred and fifty" -> 350, "a dozen" -> 12."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.lexicon import rows


@cache
def number_words() -> dict[str, tuple[int, str]]:
    """word -> (value, kind); kind is unit (one..ninety), group (hundred) or scale (thousand, million)."""
    return {r["word"]: (int(r["value"]), r["kind"]) for r in rows("number_words.csv")}


def words_to_number(phrase: str) -> int | None:
    """Value of a run of English number words ("three hundred and fifty" -> 350); None if none."""
    total, group, seen = 0, 0, False
    for tok in re.findall(r"[a-z]+", phrase.lower()):
        if tok in ("a", "an", "and"):
            continue
        if tok not in number_words():
            return None
        value, kind = number_words()[tok]
        seen = True
        if kind == "unit":
            group += value
        elif kind == "group":
            group = max(group, 1) * value
        else:
            total += max(group, 1) * value
            group = 0
    return total + group if seen else None
