"""Loading of the rule tables in `data/`: CSV with `#` comment lines, read once per process."""

from __future__ import annotations

import csv
import io
import re
from functools import cache

from pipeline.paths import EXTRACT_DATA_DIR


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of `data/<name>`, comment lines skipped, values stripped."""
    lines = (EXTRACT_DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    body = "\n".join(line for line in lines if line.strip() and not line.lstrip().startswith("#"))
    out = []
    for n, row in enumerate(csv.DictReader(io.StringIO(body)), start=2):
        if None in row or None in row.values():  # a stray comma or quote shifts every later column
            raise ValueError(f"data/{name}: row {n} does not have the header's columns: {row}")
        out.append({k: v.strip() for k, v in row.items()})
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """A one-item-per-line list (`.txt`), comments skipped."""
    lines = (EXTRACT_DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def column(name: str, key: str) -> frozenset[str]:
    return frozenset(r[key].lower() for r in rows(name))


def alternation(phrases: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation, longest first so that "prime minister" wins over "minister"."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))
