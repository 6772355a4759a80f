"""Quarantine a stage's tables: schema, provenance and foreign keys, row by row.

Runs inside the ingest/extract assets, before the blocking checks: what is left
passes them, and what was taken out is in `rejected_rows` with the reason.
"""

from __future__ import annotations

import pandas as pd

from pipeline.checks.passed import PassedChecks
from pipeline.checks.provenance import SURFACE_COLUMNS, provenance_failures
from pipeline.checks.quarantine import empty_rejections, rejection, row_key, split_valid
from schemas import ALL_SCHEMAS, FOREIGN_KEYS, PRIMARY_KEYS


def _drop_keys(table: str, df: pd.DataFrame, keys: set[str]) -> pd.DataFrame:
    key_col = PRIMARY_KEYS[table][0]
    return df[~df[key_col].isin(keys)].reset_index(drop=True)


def _provenance(table: str, df: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    surface, key_col = SURFACE_COLUMNS[table], PRIMARY_KEYS[table][0]
    failures = provenance_failures(df, articles, surface, key_col)
    if not failures:
        return df, []
    records = [rejection(table, str(f["row"]), "provenance", surface if "char_start" in f["problem"] else "evidence",
                         f.get("found", f.get("article_id"))) for f in failures]
    return _drop_keys(table, df, {f["row"] for f in failures}), records


def _dangling(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Rows pointing at a row that is not there (often: one that was just set aside)."""
    records = []
    for table, refs in FOREIGN_KEYS.items():
        if table not in tables:
            continue
        df = tables[table]
        for col, ref_table, ref_col in refs:
            if ref_table not in tables:
                continue
            known = set(tables[ref_table][ref_col])
            missing = df[df[col].notna() & ~df[col].isin(known)]
            for index, row in missing.iterrows():
                records.append(rejection(table, row_key(row, PRIMARY_KEYS[table], index),
                                         f"foreign_key:{ref_table}", col, row[col]))
    return records


# A stage table set aside under the name users know it by: a rejected claim was meant for personnel_counts.
PUBLISHED_AS = {"claims": "personnel_counts"}


def set_aside(tables: dict[str, pd.DataFrame], articles: pd.DataFrame,
              passed: PassedChecks | None = None) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """(tables with only valid rows, rejected_rows). Raises StructuralError on a structural failure.
    `passed`, when given, records the tables that passed the schema or provenance whole (`passed.py`)."""
    valid, records = {}, []
    for name, df in tables.items():
        df, rejected = split_valid(name, df, ALL_SCHEMAS[name], PRIMARY_KEYS[name])
        records.extend(rejected.to_dict("records"))
        if passed is not None and rejected.empty:
            passed.record(name, "schema", df)
        if name in SURFACE_COLUMNS:
            df, found = _provenance(name, df, articles)
            records.extend(found)
            if passed is not None and not found:
                passed.record(name, "provenance", df, articles)
        valid[name] = df
    # Removing a row can orphan rows that refer to it; repeat until nothing more is orphaned.
    everything = {**valid, "articles": articles}
    while dangling := _dangling(everything):
        records.extend(dangling)
        before = sum(len(df) for df in valid.values())
        for name in valid:
            keys = {r["row_key"] for r in dangling if r["table"] == name}
            if keys:
                valid[name] = everything[name] = _drop_keys(name, valid[name], keys)
        if sum(len(df) for df in valid.values()) == before:
            break  # nothing removable (cannot happen with non-null keys; guards the loop anyway)
    rejected = pd.DataFrame(records) if records else empty_rejections()
    rejected["table"] = rejected["table"].replace(PUBLISHED_AS)
    return valid, rejected.drop_duplicates("rejection_id").reset_index(drop=True)
