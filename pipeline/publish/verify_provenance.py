"""Provenance of a published release, with or without the article text.

With `text` (a release built with --include-text): every span is checked
against the article text, exactly as the blocking checks do. Without it (the
public profile): a row's surface must occur inside its own `evidence` at
offset char_start - evidence_start, which the evidence span itself was checked
against before publishing. Mention tables carry no evidence, so only their
article ids can be checked then.
"""

from __future__ import annotations

import pandas as pd

from pipeline.checks.provenance import SURFACE_COLUMNS, provenance_failures
from schemas import PRIMARY_KEYS


def _evidence_failures(df: pd.DataFrame, surface: str, key: str) -> list[dict]:
    failures = []
    for row in df.to_dict("records"):
        evidence, e0 = row.get("evidence"), row.get("evidence_start")
        if not isinstance(evidence, str) or pd.isna(e0):
            continue
        start = int(row["char_start"]) - int(e0)
        found = evidence[start:start + (int(row["char_end"]) - int(row["char_start"]))] if start >= 0 else None
        if found != row[surface]:
            failures.append({"row": row[key], "problem": f"{surface} not at char_start-evidence_start in evidence",
                             "expected": row[surface], "found": found})
    return failures


def release_provenance(tables: dict[str, pd.DataFrame]) -> dict[str, list[dict]]:
    """Failures per table name (only tables with failures)."""
    articles = tables["articles"]
    with_text = "text" in articles.columns
    known = set(articles["article_id"])
    out = {}
    for name, surface in SURFACE_COLUMNS.items():
        if name not in tables:  # a stage table (claims) is not published
            continue
        df, key = tables[name], PRIMARY_KEYS[name][0]
        if with_text:
            failures = provenance_failures(df, articles, surface, key)
        else:
            failures = [{"row": r, "problem": "unknown article_id"} for r in df.loc[~df["article_id"].isin(known), key]]
            if "evidence" in df.columns:
                failures += _evidence_failures(df, surface, key)
        if failures:
            out[name] = failures
    return out
