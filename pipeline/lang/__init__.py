"""Language packs: the rule tables of one language (`lang/<code>/`), read with the one loader.

A pack holds only how a language states figures, dates and speech (number words, qualifiers, speech
verbs, titles, month names, ...); knowledge of one caseload lives in a topic pack (`pipeline/topics`).
"""

from __future__ import annotations

from functools import cache

from pipeline.paths import LANGUAGE_PACKS_DIR
from pipeline.text.rules import read_rows

DEFAULT_LANGUAGE = "en"


@cache  # asked once per article by ingest: the packs of a process do not change (like its rule tables)
def packed_languages() -> tuple[str, ...]:
    """Language codes that have a rule pack."""
    return tuple(sorted(p.name for p in LANGUAGE_PACKS_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")))


def month_names() -> dict[str, int]:
    """Month names of every packed language ("december", "dec", ...) -> month number."""
    return {r["name"].casefold(): int(r["month"]) for code in packed_languages()
            for r in read_rows(LANGUAGE_PACKS_DIR / code / "time_months.csv")}
