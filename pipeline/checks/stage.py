"""A stage's blocking checks, run in the step that makes its tables (Dagster's checks inside an asset).

Why not a step per check: at 10,000 articles each of the 19 check steps loaded its tables back from disk
(`articles` alone six times) and hashed them, and Dagster stored every step's ~15 events through a new
SQLite engine each: ~4-5 s of every build that changed anything. In the producing step the tables are
already in memory. Each check keeps its name, asset, description and blocking flag, and the UI shows it
and its result as before; a failed blocking check fails the step after its tables are stored, so nothing
downstream runs (and the build names the check). The step memo (`pipeline/memo.py`) keeps the results with
the tables, so a step skipped as unchanged reports the findings of the tables it hands on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pandas as pd
from dagster import AssetCheckResult, AssetCheckSpec, Output

from pipeline.checks.integrity import integrity_results, integrity_specs
from pipeline.checks.passed import PassedChecks
from pipeline.checks.provenance import SURFACE_COLUMNS, provenance_result, provenance_spec
from pipeline.checks.schema import schema_result, schema_spec
from schemas import ALL_SCHEMAS

ExtraResults = Callable[[dict[str, pd.DataFrame]], Iterable[AssetCheckResult]]


def in_schema_order(names: Iterable[str]) -> tuple[str, ...]:
    wanted = set(names)
    return tuple(name for name in ALL_SCHEMAS if name in wanted)


def stage_check_specs(names: Iterable[str], extra: Iterable[AssetCheckSpec] = ()) -> list[AssetCheckSpec]:
    """The schema, provenance, duplicate and reference checks of the tables `names`, and a stage's own."""
    names = in_schema_order(names)
    return [*(schema_spec(name) for name in names),
            *(provenance_spec(name) for name in names if name in SURFACE_COLUMNS),
            *integrity_specs(names), *extra]


def checked(outputs: Iterable[Output], inputs: dict[str, pd.DataFrame], extra: ExtraResults | None = None,
            passed: PassedChecks | None = None) -> Iterator[Output | AssetCheckResult]:
    """The step's `outputs`, then the results of `stage_check_specs` on them (with `inputs`, the tables
    they refer to); `passed`: what the step's quarantine found passing, filled in as `outputs` are made."""
    made: dict[str, pd.DataFrame] = {}
    for output in outputs:
        made[output.output_name] = output.value
        yield output
    names, tables, passed = in_schema_order(made), {**inputs, **made}, passed or PassedChecks()
    for name in names:
        yield schema_result(name, tables[name], passed.holds(name, "schema", tables[name]))
    for name in names:
        if name in SURFACE_COLUMNS:
            articles = tables["articles"]
            yield provenance_result(name, tables[name], articles,
                                    passed.holds(name, "provenance", tables[name], articles))
    yield from integrity_results(names, tables)
    if extra:
        yield from extra(tables)
