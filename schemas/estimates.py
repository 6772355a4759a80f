"""Schema of estimates: one row per question several claims answer (pipeline/reconcile/, codebook §7)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.fields import (
    HEX_PATTERN,
    PUBLISHED_DATE,
    count_field,
    date_field,
    id_field,
    le_or_missing,
    pattern_field,
    text_field,
    vocab_field,
)
from schemas.vocab import AGREEMENTS, BEST_METHODS, PERIOD_KINDS, POPULATIONS, STATUSES, STOCK_FLOW

PUBLISHED = PUBLISHED_DATE


def _tally(description: str):
    return pa.Field(description=description, nullable=False, ge=0, le=10_000_000)


class EstimateSchema(pa.DataFrameModel):
    """One question several claims answer (same status, a period that belongs together, places on one path),
    with the best, lowest and highest figure its independent sources commit to."""

    estimate_id: Series[str] = id_field("Stable id of the estimate (hash of status, population, kind, place, period).",
                                        pattern=HEX_PATTERN)
    status: Series[str] = vocab_field("Status every claim of the estimate has.", STATUSES)
    population: Series[str] = vocab_field(
        "Who is counted: the claims' population, or military_personnel when they mix soldiers and personnel "
        "(officers are estimated apart from the whole contingent).", POPULATIONS)
    location_id: Series[str] = id_field("Most precise place on the claims' common path (locations.location_id); "
                                        "null when no claim names a place.", nullable=True)
    period_kind: Series[str] = vocab_field("'wave': a flow in one wave of events; 'as_of': a stock, or a "
                                           "running total, as of one date at the coarser precision.", PERIOD_KINDS)
    period_start: Series[pa.DateTime] = date_field("First day of the period most of the claims state.")
    period_end: Series[pa.DateTime] = date_field("Last day of the period most of the claims state.")
    value_best: Series[pd.Int64Dtype] = count_field("Lower median of the best figures of the attributed sources "
                                                    "(else of all sources); null when no source gives a number.")
    value_low: Series[pd.Int64Dtype] = count_field("Lowest figure any source commits to.")
    value_high: Series[pd.Int64Dtype] = count_field("Highest figure any source commits to.")
    n_claims: Series[pd.Int64Dtype] = _tally("Number of figures (personnel_counts rows) of the estimate.")
    n_sources: Series[pd.Int64Dtype] = _tally("Number of independent sources (distinct personnel_counts.origin).")
    n_outlets: Series[pd.Int64Dtype] = _tally("Number of distinct outlets that published a claim.")
    agreement: Series[str] = vocab_field("'single': one source; 'consistent': every two sources' figures "
                                         "overlap within 5%; 'disputed': some do not.", AGREEMENTS)
    first_reported: Series[str] = pattern_field("Earliest publication date of a claim (as in articles).", PUBLISHED)
    last_reported: Series[str] = pattern_field("Latest publication date of a claim (as in articles).", PUBLISHED)
    method: Series[str] = vocab_field("How value_best was chosen: median of the attributed sources' figures, "
                                      "of all sources' figures, or no number (vague figures only).", BEST_METHODS)
    stock_flow: Series[str] = vocab_field(
        "Whether the caseload's entries, returns and what remains by the same date can all be true; "
        "'not_checked' where they do not meet.", STOCK_FLOW)
    stock_flow_note: Series[str] = text_field("Why the estimates cannot all be true; null otherwise.", max_len=1_000)

    @pa.dataframe_check(description="value_low <= value_best <= value_high where present")
    def values_ordered(cls, df: pd.DataFrame) -> pd.Series:
        low, best, high = df["value_low"], df["value_best"], df["value_high"]
        return le_or_missing(low, best) & le_or_missing(best, high) & le_or_missing(low, high)

    @pa.dataframe_check(description="period_start <= period_end")
    def period_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return le_or_missing(df["period_start"], df["period_end"])

    @pa.dataframe_check(description="1 <= n_sources <= n_claims and 1 <= n_outlets <= n_claims")
    def tallies_ordered(cls, df: pd.DataFrame) -> pd.Series:
        claims = df["n_claims"]
        return (df["n_sources"] >= 1) & (df["n_sources"] <= claims) & (df["n_outlets"] >= 1) & (df["n_outlets"] <= claims)

    class Config:
        strict = True
        ordered = True
        unique = ["estimate_id"]
