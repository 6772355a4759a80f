"""Remove characters that show nothing but split words and figures ("2,4<ZWSP>93").

Copied web text carries zero-width spaces, soft hyphens, word joiners and bidi
controls. Left in the stored text they make "2,4\u200b93" read as 93, so they are
removed before anything else looks at the text; `articles.text` is what every
offset points into, so offsets stay true to the stored text. The table of
characters is `data/invisible_chars.csv`; any other format (Cf) character is
removed too, because a new invisible character must not slip through a list.
ZWNJ/ZWJ and variation selectors shape Persian, Indic and emoji text: they are
kept between two letters (or a letter and a symbol), never next to a digit.
A no-break or thin space used as a thousands separator ("2 493") is written as
a comma, for the same reason.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache

from pipeline.paths import INGEST_DATA_DIR

REMOVE = "remove"
# A no-break, narrow, thin, figure or hair space between digit groups is a thousands separator
# ("2 493" in French or SI style); left alone it becomes a plain space and the figure reads as 493.
_GROUP_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009\u2007\u200a](?=\d{3}(?!\d))")
KEEP_BETWEEN_LETTERS = "remove_unless_letters"


@cache
def invisible_actions() -> dict[str, str]:
    with (INGEST_DATA_DIR / "invisible_chars.csv").open(encoding="utf-8", newline="") as fh:
        return {chr(int(row["codepoint"], 16)): row["action"].strip() for row in csv.DictReader(fh)}


@cache  # a character's action never changes: decided once per process, not once per occurrence
def _action(ch: str) -> str | None:
    action = invisible_actions().get(ch)
    if action is None and unicodedata.category(ch) == "Cf":
        return REMOVE
    return action


def _shapes_letters(before: str, after: str) -> bool:
    """True when both neighbours are letters or symbols (emoji), neither a digit nor punctuation."""
    return bool(before and after) and all(unicodedata.category(c)[0] in "LMS" for c in (before, after))


def strip_invisible(text: str) -> tuple[str, int]:
    """Return (text without hiding characters, how many were removed)."""
    # Most texts hold none: deciding that once per distinct character spares a Python call per character.
    if text.isascii() or all(_action(ch) is None for ch in set(text)):
        return text, 0
    out: list[str] = []
    removed = 0
    for pos, ch in enumerate(text):
        action = _action(ch)
        if action is None:
            out.append(ch)
            continue
        if action == KEEP_BETWEEN_LETTERS:
            after = next((c for c in text[pos + 1:pos + 8] if _action(c) is None), "")
            if _shapes_letters(out[-1] if out else "", after):
                out.append(ch)
                continue
        removed += 1
    return "".join(out), removed


def join_digit_groups(text: str) -> tuple[str, int]:
    """Return (text with grouping spaces inside figures written as commas, how many were)."""
    return _GROUP_SPACE.subn(",", text)
