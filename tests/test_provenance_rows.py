"""Provenance row by row, read column by column: missing offsets, missing evidence offsets, numpy and
pandas integers are read as the row dicts read them."""

from __future__ import annotations

import pandas as pd

from pipeline.checks.provenance import provenance_failures
from tests.conftest import sample_tables


def _statements():
    tables = sample_tables()
    row = tables["statements"].iloc[0].to_dict()
    rows = [row, {**row, "statement_id": "a2", "char_start": pd.NA},
            {**row, "statement_id": "a3", "evidence_start": pd.NA, "evidence_end": pd.NA, "evidence": "nowhere"},
            {**row, "statement_id": "a4", "evidence_start": pd.NA}]
    return pd.DataFrame(rows).astype({"char_start": "Int64", "evidence_start": "Int64"}), tables["articles"]


def test_missing_offsets_read_nothing_and_both_missing_evidence_offsets_are_not_checked():
    statements, articles = _statements()
    found = provenance_failures(statements, articles, "quote", "statement_id")
    assert [(f["row"], f["problem"], f["found"]) for f in found] == [
        ("a2", "text[char_start:char_end] != quote", None),
        ("a4", "text[evidence_start:evidence_end] != evidence", None)]


def test_plain_numpy_offsets_are_read_like_nullable_ones():
    statements, articles = _statements()
    plain = statements.iloc[[0]].astype({"char_start": "int64", "char_end": "int64", "evidence_start": "int64"})
    assert provenance_failures(plain, articles, "quote", "statement_id") == []
