"""Load the ingest rule tables from `pipeline/ingest/data/` once per process.

The rules are data so that a new site's captions or furniture can be handled by
adding a row, not by editing code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.paths import INGEST_DATA_DIR

AGENCY_PLACEHOLDER = "{agency}"


@dataclass(frozen=True)
class LineRule:
    kind: str
    regex: re.Pattern[str]
    note: str


def _read_lexicon(name: str, data_dir: Path = INGEST_DATA_DIR) -> tuple[str, ...]:
    """One entry per line; blank lines and `#` comments are ignored."""
    lines = (data_dir / name).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))


def read_pairs(name: str, key: str, value: str) -> dict[str, str]:
    with (INGEST_DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return {row[key].strip(): row[value].strip() for row in csv.DictReader(fh) if row[key].strip()}


@cache
def agency_alternation() -> str:
    # Longest first so "Getty Images" wins over "Getty" inside one alternation.
    names = sorted(_read_lexicon("credit_agencies.txt"), key=lambda s: (-len(s), s))
    return "|".join(re.escape(n) for n in names)


@cache
def line_rules() -> tuple[LineRule, ...]:
    rules = []
    with (INGEST_DATA_DIR / "cleaning_rules.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pattern = row["pattern"].replace(AGENCY_PLACEHOLDER, agency_alternation())
            rules.append(LineRule(row["kind"].strip(), re.compile(pattern), row.get("note", "")))
    return tuple(rules)


@cache
def rules_of(kind: str) -> tuple[re.Pattern[str], ...]:
    return tuple(r.regex for r in line_rules() if r.kind == kind)


@cache
def section_labels() -> frozenset[str]:
    return frozenset(s.casefold() for s in _read_lexicon("section_labels.txt"))


@cache
def english_stopwords() -> frozenset[str]:
    return frozenset(_read_lexicon("english_stopwords.txt"))


@cache
def mojibake_targets() -> tuple[str, ...]:
    return _read_lexicon("mojibake_targets.txt")


@cache
def outlet_domains() -> dict[str, str]:
    return {k.lower(): v for k, v in read_pairs("outlet_domains.csv", "domain", "outlet").items()}


@cache
def outlet_aliases() -> dict[str, str]:
    return {k.casefold(): v for k, v in read_pairs("outlet_aliases.csv", "alias", "outlet").items()}


@cache
def rule_pack_languages() -> frozenset[str]:
    return frozenset(_read_lexicon("rule_pack_languages.txt"))
