"""Load the ingest rule tables from `pipeline/ingest/data/` once per process.

The rules are data so that a new site's captions or furniture can be handled by
adding a row, not by editing code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.paths import INGEST_DATA_DIR
from pipeline.text.rules import read_rows, read_words
from pipeline.topics import DEFAULT_TOPIC, topic_folder

AGENCY_PLACEHOLDER = "{agency}"


@dataclass(frozen=True)
class LineRule:
    kind: str
    regex: re.Pattern[str]
    note: str


def _read_lexicon(name: str) -> tuple[str, ...]:
    return read_words(INGEST_DATA_DIR / name)


def read_pairs(name: str, key: str, value: str) -> dict[str, str]:
    """A two-column table of ingest's own, extended by the default topic pack's table of that name."""
    paths = [INGEST_DATA_DIR / name, topic_folder(DEFAULT_TOPIC) / name]
    return {row[key]: row[value] for path in paths if path.is_file() for row in read_rows(path) if row[key]}


@cache
def agency_alternation() -> str:
    # Longest first so "Getty Images" wins over "Getty" inside one alternation.
    names = sorted(_read_lexicon("credit_agencies.txt"), key=lambda s: (-len(s), s))
    return "|".join(re.escape(n) for n in names)


@cache
def line_rules() -> tuple[LineRule, ...]:
    return tuple(LineRule(row["kind"], re.compile(row["pattern"].replace(AGENCY_PLACEHOLDER, agency_alternation())),
                          row.get("note", "")) for row in read_rows(INGEST_DATA_DIR / "cleaning_rules.csv"))


@cache
def rules_of(kind: str) -> tuple[re.Pattern[str], ...]:
    return tuple(r.regex for r in line_rules() if r.kind == kind)


_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
_OWN_GROUPS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # a backreference or a conditional: numbering matters


def one_pattern(patterns: list[str]) -> re.Pattern[str] | None:
    """The patterns as one alternation that fully matches a line when one of them does (the regex engine tries
    every alternative before giving up), each keeping its flags: "(?i)" opening a rule scopes its group. None
    when they cannot be joined: a rule that refers to its own groups, or groups whose names collide."""
    if any(_OWN_GROUPS.search(p) for p in patterns):
        return None
    parts = []
    for pattern in patterns:
        flags = _GLOBAL_FLAGS.match(pattern)
        parts.append(f"(?{flags[1]}:{pattern[flags.end():]})" if flags else f"(?:{pattern})")
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


@cache
def line_matcher(kind: str) -> Callable[[str], bool]:
    """Whether a line fully matches a rule of `kind`: one scan of the line for all of them where they join."""
    joined = one_pattern([rx.pattern for rx in rules_of(kind)])
    if joined is not None:
        return lambda line: joined.fullmatch(line) is not None
    return lambda line: any(rx.fullmatch(line) for rx in rules_of(kind))


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

