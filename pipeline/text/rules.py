"""The one loader for every rule table: CSV with `#` comment lines, or one item per line (`.txt`).

A `RuleSet` reads a stack of folders (a language pack, then a topic pack): a table present in
several folders is their concatenation, so a topic pack adds rows to a generic table without
repeating it. Tables are read once per process; a row that does not fit its header fails loudly.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from pathlib import Path

from pipeline.text.alternation import alternation as alternation  # the rule tables' phrases as one regex


@cache
def read_rows(path: Path) -> tuple[dict[str, str], ...]:
    """The rows of one CSV table, comment lines skipped, values stripped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    body = "\n".join(line for line in lines if line.strip() and not line.lstrip().startswith("#"))
    out = []
    for number, row in enumerate(csv.DictReader(io.StringIO(body)), start=2):
        if None in row or None in row.values():  # a stray comma or quote shifts every later column
            raise ValueError(f"{path}: row {number} does not have the header's columns: {row}")
        out.append({k: v.strip() for k, v in row.items()})
    return tuple(out)


@cache
def read_words(path: Path) -> tuple[str, ...]:
    """One item per line, comments and blank lines skipped, order kept."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#"))


class RuleSet:
    """Rule tables from an ordered stack of folders; hashable, so compiled rules can be cached on it."""

    def __init__(self, *folders: Path) -> None:
        self.folders = tuple(Path(f) for f in folders)
        self._hash = hash(self.folders)  # rule sets key every compiled-rule cache: hash once
        # Finders ask for the same tables for every article: thousands of `stat` calls and set builds per
        # second otherwise. Tables are read once per process anyway (`read_rows`), so nothing goes stale.
        self._found: dict[str, tuple[Path, ...]] = {}
        self._words: dict[str, frozenset[str]] = {}
        # finders ask for named patterns ~200 times an article: a look-up here, not a cache call hashing the set
        self._named: dict[str, re.Pattern[str]] | None = None

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleSet) and other.folders == self.folders

    def __repr__(self) -> str:
        return f"RuleSet({', '.join(f.name for f in self.folders)})"

    def _present(self, name: str) -> tuple[Path, ...]:
        if name not in self._found:
            self._found[name] = tuple(f / name for f in self.folders if (f / name).is_file())
        return self._found[name]

    def _paths(self, name: str) -> tuple[Path, ...]:
        found = self._present(name)
        if not found:
            raise FileNotFoundError(f"no rule table {name} in {', '.join(map(str, self.folders))}")
        return found

    def has(self, name: str) -> bool:
        return bool(self._present(name))

    def rows(self, name: str) -> tuple[dict[str, str], ...]:
        return tuple(r for p in self._paths(name) for r in read_rows(p))

    def words(self, name: str) -> frozenset[str]:
        if name not in self._words:
            self._words[name] = frozenset(w for p in self._paths(name) for w in read_words(p))
        return self._words[name]

    def column(self, name: str, key: str) -> frozenset[str]:
        return frozenset(r[key].lower() for r in self.rows(name))

    def pattern(self, name: str) -> re.Pattern[str]:
        """A named regular expression of `patterns.csv` (flags: `i` ignores case)."""
        return self._patterns()[name]

    def has_pattern(self, name: str) -> bool:
        """Whether the language's `patterns.csv` names this pattern (another language may not need it)."""
        return name in self._patterns()

    def _patterns(self) -> dict[str, re.Pattern[str]]:
        if self._named is None:
            self._named = _patterns(self)
        return self._named


@cache
def _patterns(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    out = {}
    for row in rules.rows("patterns.csv"):
        flags = re.IGNORECASE if "i" in row["flags"] else 0
        out.setdefault(row["name"], re.compile(row["pattern"], flags))
    return out
