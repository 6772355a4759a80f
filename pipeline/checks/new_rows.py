"""A stage's checks when its tables were extended rather than built (`pipeline/extract/extend.py`): the
results `stage.checked` gives on the whole tables, computed from the rows added.

The kept rows are the rows of the last build's tables, which passed these checks with the same code and
schemas, and are unchanged: their articles' text is the same (their hashes), the entities and places they
point at are still there with the same ids and names, and no added row repeats a kept row's id. Every check
looks at each row alone or at rows of one article (a row's content includes its article_id, so a repeated
row is a repeat within one article), except unique keys (kept apart by `extend`) and references (the added
rows are checked against the whole tables). So the added rows pass exactly when the whole tables do; the
results say so with the whole tables' row counts. The tables that belong to no article are checked whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from dagster import AssetCheckResult, MetadataValue

from pipeline.checks.integrity import duplicate_failures, reference_failures
from pipeline.checks.passed import PassedChecks
from pipeline.checks.provenance import SURFACE_COLUMNS, provenance_failures
from pipeline.checks.schema import failure_result, named, schema_failures
from pipeline.checks.stage import in_schema_order
from schemas import FOREIGN_KEYS, PRIMARY_KEYS


def new_rows_results(whole: dict[str, pd.DataFrame], rows: dict[str, pd.DataFrame],
                     inputs: dict[str, pd.DataFrame], passed: PassedChecks | None = None) -> Iterator[AssetCheckResult]:
    """`stage.checked`'s results, in its order, for the tables `whole` (with `inputs`, the tables they refer
    to), each checked on `rows[name]`: its added rows, or the whole table. `passed`: what the quarantine of
    those rows found passing (~0.15 s of pandera's fixed cost per table, not paid twice)."""
    names, tables, passed = in_schema_order(whole), {**inputs, **whole}, passed or PassedChecks()
    for name in names:
        failures = [] if passed.holds(name, "schema", rows[name]) else schema_failures(name, rows[name])
        yield named(failure_result(failures, rows=MetadataValue.int(len(whole[name]))), name, "schema")
    for name in names:
        if name in SURFACE_COLUMNS:
            articles = tables["articles"]
            failures = [] if passed.holds(name, "provenance", rows[name], articles) else provenance_failures(
                rows[name], articles, SURFACE_COLUMNS[name], PRIMARY_KEYS[name][0])
            yield named(failure_result(failures), name, "provenance")
    for name in names:
        yield named(failure_result(duplicate_failures(name, rows[name])), name, "no_duplicates")
    for name in names:
        if FOREIGN_KEYS[name]:
            yield named(failure_result(reference_failures(name, {**tables, name: rows[name]})), name, "references")
