"""Blocking provenance checks: every offset must point at exactly the text the row quotes (run by the step
that makes the table, `pipeline/checks/stage.py`)."""

import pandas as pd
from dagster import AssetCheckResult, AssetCheckSpec

from pipeline.checks.schema import failure_result, named
from schemas import PRIMARY_KEYS

# table -> column that must equal text[char_start:char_end]
SURFACE_COLUMNS: dict[str, str] = {
    "claims": "count_text",
    "personnel_counts": "count_text",
    "statements": "quote",
    "location_mentions": "surface",
    "entity_mentions": "surface",
}


def _missing(value) -> bool:
    return type(value) is not int and bool(pd.isna(value))  # offsets are ints: pd.isna only for the rest


def _span(text: str, start, end) -> str | None:
    if _missing(start) or _missing(end):
        return None
    return text[int(start):int(end)]


def provenance_failures(table: pd.DataFrame, articles: pd.DataFrame, surface_col: str, key_col: str) -> list[dict]:
    """Rows whose spans do not reproduce their surface (and evidence, where present)."""
    texts = dict(zip(articles["article_id"], articles["text"]))
    has_evidence = {"evidence", "evidence_start", "evidence_end"} <= set(table.columns)
    failures: list[dict] = []
    # Only the columns read, each as one Python list (the values `to_dict("records")` gave, without a dict
    # and a boxing call per cell: seconds on the large tables).
    wanted = (key_col, "article_id", "char_start", "char_end", surface_col,
              *(("evidence", "evidence_start", "evidence_end") if has_evidence else ()))
    columns = [table[c].tolist() for c in wanted]
    for key, article, start, end, surface, *evidence_span in zip(*columns):
        text = texts.get(article)
        if text is None:
            failures.append({"row": key, "problem": "unknown article_id", "article_id": article})
            continue
        got = _span(text, start, end)
        if got != surface:
            failures.append({"row": key, "problem": f"text[char_start:char_end] != {surface_col}",
                             "expected": surface, "found": got})
        evidence, ev_start, ev_end = evidence_span or (None, None, None)
        if isinstance(evidence, str) and not (_missing(ev_start) and _missing(ev_end)):
            found = _span(text, ev_start, ev_end)
            if found != evidence:
                failures.append({"row": key, "problem": "text[evidence_start:evidence_end] != evidence",
                                 "expected": evidence, "found": found})
    return failures


def provenance_spec(name: str) -> AssetCheckSpec:
    return AssetCheckSpec("provenance", asset=name, blocking=True, additional_deps=["articles"],
                          description=f"articles.text[char_start:char_end] == {SURFACE_COLUMNS[name]}, "
                                      "and the evidence span matches evidence.")


def provenance_result(name: str, table: pd.DataFrame, articles: pd.DataFrame,
                      known_to_pass: bool = False) -> AssetCheckResult:
    """`known_to_pass`: this very table passed against these articles a moment ago (`passed.py`)."""
    failures = [] if known_to_pass else provenance_failures(table, articles, SURFACE_COLUMNS[name],
                                                              PRIMARY_KEYS[name][0])
    return named(failure_result(failures), name, "provenance")
