"""Checks of the reconcile stage, run by its step with its tables' schema, provenance, references and
duplicates (checks/stage.py):
every figure belongs to exactly one estimate, estimates' figures are ordered (both blocking); the
disputes and the stock-and-flow contradictions as warnings."""

from __future__ import annotations

import pandas as pd
from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, MetadataValue

from pipeline.checks.schema import SAMPLE_SIZE, failure_result, named
from pipeline.reconcile.disputes import disputes_frame, disputes_markdown


def membership_failures(counts: pd.DataFrame, estimates: pd.DataFrame) -> list[dict]:
    """Figures in no known estimate, and estimates whose n_claims is not the number of figures linked to them."""
    known = set(estimates["estimate_id"])
    failures = [{"count_id": k, "estimate_id": e, "problem": "in no estimate"}
                for k, e in zip(counts["count_id"], counts["estimate_id"]) if e not in known]
    linked = counts["estimate_id"].value_counts()
    failures += [{"estimate_id": e, "n_claims": int(n), "linked": int(linked.get(e, 0)), "problem": "n_claims"}
                 for e, n in zip(estimates["estimate_id"], estimates["n_claims"]) if int(linked.get(e, 0)) != int(n)]
    return failures


def bounds_failures(estimates: pd.DataFrame) -> list[dict]:
    """Estimates where value_low <= value_best <= value_high does not hold."""
    values = estimates[["value_low", "value_best", "value_high"]].astype("Float64")
    low, best, high = (values[c] for c in values.columns)
    bad = ((low > best) | (best > high) | (low > high)).fillna(False)
    return [{"estimate_id": e, "value_low": _int(lo), "value_best": _int(b), "value_high": _int(h)}
            for e, lo, b, h in estimates.loc[bad, ["estimate_id", "value_low", "value_best", "value_high"]].itertuples(index=False)]


def _int(value):
    return None if pd.isna(value) else int(value)


SPECS = [
    AssetCheckSpec("one_estimate_per_figure", asset="personnel_counts", blocking=True,
                   additional_deps=["estimates"],
                   description="Every figure belongs to exactly one estimate (its estimate_id exists), and each "
                               "estimate's n_claims is the number of figures linked to it."),
    AssetCheckSpec("values_ordered", asset="estimates", blocking=True,
                   description="value_low <= value_best <= value_high for every estimate."),
    AssetCheckSpec("figures_agree", asset="estimates", blocking=False, additional_deps=["articles", "locations"],
                   description="A warning, not an error: the disputed estimates, built from the `disputes` view, "
                               "each with its claims' figure, outlet, place, period and origin."),
    AssetCheckSpec("stock_flow", asset="estimates", blocking=False,
                   description="A warning, not an error: estimates of entries, returns and what remains that "
                               "cannot all be true (stock_flow = 'impossible'), with why."),
]


def reconcile_results(tables: dict[str, pd.DataFrame]):
    """The results of `SPECS` on the stage's tables (and the articles and locations they name)."""
    counts, estimates = tables["personnel_counts"], tables["estimates"]
    yield named(failure_result(membership_failures(counts, estimates)), "personnel_counts", "one_estimate_per_figure")
    yield named(failure_result(bounds_failures(estimates)), "estimates", "values_ordered")
    disputes = disputes_frame(tables)
    n_disputed = disputes["estimate_id"].nunique()
    yield AssetCheckResult(
        passed=n_disputed == 0, asset_key="estimates", check_name="figures_agree", severity=AssetCheckSeverity.WARN,
        description=f"Warning: the sources of {n_disputed} estimate(s) disagree (see `disputes`)." if n_disputed
        else "Every estimate's sources agree.",
        metadata={"failure_count": MetadataValue.int(n_disputed),
                  "disputes": MetadataValue.md(disputes_markdown(disputes)),
                  "failure_sample": MetadataValue.json(
                      disputes.head(SAMPLE_SIZE)[["estimate_id", "count_id", "count_text", "outlet", "origin"]]
                      .to_dict("records"))})
    impossible = estimates[estimates["stock_flow"] == "impossible"]
    yield AssetCheckResult(
        passed=impossible.empty, asset_key="estimates", check_name="stock_flow", severity=AssetCheckSeverity.WARN,
        description=f"{len(impossible)} estimate(s) cannot all be true" if len(impossible) else None,
        metadata={"failure_count": MetadataValue.int(len(impossible)),
                  "failure_sample": MetadataValue.json(
                      impossible.head(SAMPLE_SIZE)[["estimate_id", "status", "stock_flow_note"]].to_dict("records"))})
