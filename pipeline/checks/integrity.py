"""Integrity checks across tables: references resolve, no duplicates.

The pure functions take DataFrames and return failures as plain records (testable
without Dagster). One multi-asset check per stage wraps them, so `dagster dev` runs them
in one step per stage instead of spawning a process per check.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, AssetIn, multi_asset_check
from pandas.api.types import infer_dtype

from pipeline.checks.schema import failure_result
from pipeline.extract.assets import extract
from pipeline.ingest.assets import ingest
from pipeline.memo import remembered
from pipeline.resources import OutputStore
from schemas import ALL_SCHEMAS, FOREIGN_KEYS, PRIMARY_KEYS


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


def _specs(names: tuple[str, ...]) -> list[AssetCheckSpec]:
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


def _results(names: tuple[str, ...], tables: dict[str, pd.DataFrame], output_store: OutputStore):
    # The same tables as last build: the same findings (pipeline/memo.py), without looking again.
    for name in names:
        found = remembered(f"{name}.no_duplicates", {name: tables[name]}, output_store,
                           lambda name=name: duplicate_failures(name, tables[name]))
        yield _named(failure_result(found), name, "no_duplicates")
    for name in names:
        if FOREIGN_KEYS[name]:
            read = {name: tables[name], **{ref: tables[ref] for _, ref, _ in FOREIGN_KEYS[name]}}
            found = remembered(f"{name}.references", read, output_store,
                               lambda name=name: reference_failures(name, tables))
            yield _named(failure_result(found), name, "references")


def _named(result: AssetCheckResult, asset: str, check: str, severity=AssetCheckSeverity.ERROR) -> AssetCheckResult:
    return AssetCheckResult(passed=result.passed, asset_key=asset, check_name=check, severity=severity,
                            metadata=result.metadata, description=result.description)


__all__ = ["INTEGRITY_CHECKS", "build_integrity_check", "duplicate_failures", "reference_failures", "tables_of"]


def build_integrity_check(stage: str, names: tuple[str, ...], extra_specs=(), extra_results=None):
    """One step per stage: a check spanning stages would block its own inputs (a cycle). A stage may add
    its own checks (`extra_specs`, and `extra_results(tables)` yielding their results) to the same step."""
    referenced = {ref for name in names for _, ref, _ in FOREIGN_KEYS[name]}
    ins = {name: AssetIn(key=name) for name in sorted(set(names) | referenced)}

    @multi_asset_check(specs=[*_specs(names), *extra_specs], name=f"{stage}_integrity", ins=ins,
                       description=f"Integrity of the {stage} tables: references, duplicates"
                                   + (", and the stage's own checks." if extra_specs else "."))
    def _check(output_store: OutputStore, **tables: pd.DataFrame):
        yield from _results(names, tables, output_store)
        if extra_results:
            yield from extra_results(tables)

    return _check


def tables_of(stage) -> tuple[str, ...]:
    """The tables a stage's multi-asset produces (published or handed to the next stage), in schema order."""
    produced = {key.to_user_string() for key in stage.keys}
    return tuple(name for name in ALL_SCHEMAS if name in produced)


INTEGRITY_CHECKS = [build_integrity_check("ingest", tables_of(ingest)),
                    build_integrity_check("extract", tables_of(extract))]
