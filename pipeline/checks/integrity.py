"""Integrity checks across tables: references resolve, no duplicates.

The pure functions take DataFrames and return failures as plain records (testable
without Dagster); the step that makes a stage's tables runs them (`pipeline/checks/stage.py`).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
from dagster import AssetCheckResult, AssetCheckSpec
from pandas.api.types import infer_dtype

from pipeline.checks.schema import failure_result, named
from schemas import FOREIGN_KEYS, PRIMARY_KEYS


def reference_failures(name: str, tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Rows of `name` whose non-null foreign keys are missing from the referenced table."""
    table, key_col = tables[name], PRIMARY_KEYS[name][0]
    failures = []
    for col, ref_table, ref_col in FOREIGN_KEYS[name]:
        values = table[col]
        bad = table[values.notna() & ~values.isin(set(tables[ref_table][ref_col].dropna()))]
        failures += [{"row": key, "column": col, "value": value, "missing_from": f"{ref_table}.{ref_col}"}
                     for key, value in zip(bad[key_col], bad[col])]
    return failures


def _hashable(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return tuple(_hashable(v) for v in value)
    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value


def _hashable_column(column: pd.Series) -> pd.Series:
    """`_hashable` of every cell; a text column (most of them) without a Python call per cell."""
    if column.dtype != object:
        return column
    if infer_dtype(column, skipna=True) in ("string", "empty"):
        return column.where(column.notna(), None)  # text stays, every missing value is None
    return column.map(_hashable)


def _any_repeated(content: pd.DataFrame) -> bool:
    """Whether any row repeats an earlier one: pandas compares hashable cells (lists made tuples)."""
    cells = {name: _hashable_column(content[name]) for name in content.columns}
    return bool(pd.DataFrame(cells, index=content.index).duplicated().any()) if len(content.columns) else len(content) > 1


def duplicate_failures(name: str, df: pd.DataFrame) -> list[dict]:
    """Repeated primary keys, and rows whose every other column repeats an earlier row's."""
    keys = list(PRIMARY_KEYS[name])
    failures = [{"problem": "duplicate primary key", "key": dict(zip(keys, map(_hashable, k)))}
                for k in df.loc[df.duplicated(keys), keys].itertuples(index=False)]
    seen: dict[tuple, object] = {}
    # Only surrogate ids are left out of "content": a natural key (rejected_inputs' file and reason)
    # is what tells two rows apart, so two empty files are two rows, not one repeated.
    content = df.drop(columns=[k for k in keys if k.endswith("_id")])
    if not _any_repeated(content):
        return failures  # the usual case, decided by pandas; the loop below names the repeats
    for key, record in zip(df[keys[0]], content.itertuples(index=False)):
        row = tuple(_hashable(v) for v in record)
        if row in seen:
            failures.append({"problem": "same content as another row", "row": key, "same_as": seen[row]})
        else:
            seen[row] = key
    return failures


def integrity_specs(names: tuple[str, ...]) -> list[AssetCheckSpec]:
    specs = [AssetCheckSpec("no_duplicates", asset=name, blocking=True,
                            description=f"No two `{name}` rows share a primary key ({', '.join(PRIMARY_KEYS[name])}) "
                                        "or repeat each other in every other column.")
             for name in names]
    specs += [AssetCheckSpec("references", asset=name, blocking=True,
                             additional_deps=sorted({ref for _, ref, _ in FOREIGN_KEYS[name]} - {name}),
                             description="Every " + ", ".join(f"`{c}`" for c, _, _ in FOREIGN_KEYS[name])
                             + " exists in its table (" + ", ".join(f"{t}.{rc}" for _, t, rc in FOREIGN_KEYS[name]) + ").")
              for name in names if FOREIGN_KEYS[name]]
    return specs


def integrity_results(names: tuple[str, ...], tables: dict[str, pd.DataFrame]) -> Iterator[AssetCheckResult]:
    """`tables` holds `names` and every table they refer to."""
    for name in names:
        yield named(failure_result(duplicate_failures(name, tables[name])), name, "no_duplicates")
    for name in names:
        if FOREIGN_KEYS[name]:
            yield named(failure_result(reference_failures(name, tables)), name, "references")
