"""Blocking provenance checks: every offset must point at exactly the text the row quotes."""

import pandas as pd
from dagster import AssetCheckResult, AssetChecksDefinition, AssetIn, AssetKey, asset_check

from pipeline.checks.schema import failure_result
from pipeline.memo import remembered
from pipeline.resources import OutputStore
from schemas import PRIMARY_KEYS

# table -> column that must equal text[char_start:char_end]
SURFACE_COLUMNS: dict[str, str] = {
    "claims": "count_text",
    "personnel_counts": "count_text",
    "statements": "quote",
    "location_mentions": "surface",
    "entity_mentions": "surface",
}


def _span(text: str, start, end) -> str | None:
    if pd.isna(start) or pd.isna(end):
        return None
    return text[int(start):int(end)]


def provenance_failures(table: pd.DataFrame, articles: pd.DataFrame, surface_col: str, key_col: str) -> list[dict]:
    """Rows whose spans do not reproduce their surface (and evidence, where present)."""
    texts = dict(zip(articles["article_id"], articles["text"]))
    has_evidence = {"evidence", "evidence_start", "evidence_end"} <= set(table.columns)
    failures: list[dict] = []
    # Only the columns read, as records: `to_dict("records")` of every column cost seconds on large tables.
    wanted = [c for c in (key_col, "article_id", "char_start", "char_end", surface_col, "evidence", "evidence_start",
                          "evidence_end") if c in table.columns]
    for row in table[list(dict.fromkeys(wanted))].to_dict("records"):
        key, text = row[key_col], texts.get(row["article_id"])
        if text is None:
            failures.append({"row": key, "problem": "unknown article_id", "article_id": row["article_id"]})
            continue
        got = _span(text, row["char_start"], row["char_end"])
        if got != row[surface_col]:
            failures.append({"row": key, "problem": f"text[char_start:char_end] != {surface_col}",
                             "expected": row[surface_col], "found": got})
        evidence = row.get("evidence") if has_evidence else None
        if isinstance(evidence, str) and not (pd.isna(row["evidence_start"]) and pd.isna(row["evidence_end"])):
            found = _span(text, row["evidence_start"], row["evidence_end"])
            if found != evidence:
                failures.append({"row": key, "problem": "text[evidence_start:evidence_end] != evidence",
                                 "expected": evidence, "found": found})
    return failures


def build_provenance_check(name: str) -> AssetChecksDefinition:
    surface_col, key_col = SURFACE_COLUMNS[name], PRIMARY_KEYS[name][0]

    @asset_check(
        asset=AssetKey(name),
        name="provenance",
        blocking=True,
        additional_ins={"articles": AssetIn(key=AssetKey("articles"))},
        description=f"articles.text[char_start:char_end] == {surface_col}, and the evidence span matches evidence.",
    )
    def _check(table: pd.DataFrame, articles: pd.DataFrame, output_store: OutputStore) -> AssetCheckResult:
        return failure_result(remembered(f"{name}.provenance", {"table": table, "articles": articles}, output_store,
                                         lambda: provenance_failures(table, articles, surface_col, key_col)))

    return _check


PROVENANCE_CHECKS = [build_provenance_check(name) for name in SURFACE_COLUMNS]
