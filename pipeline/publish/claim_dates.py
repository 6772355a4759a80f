"""Where a figure stands on a chart's time axis: its period's midpoint, else its article's publication date."""

from __future__ import annotations

import pandas as pd


def _dates(series: pd.Series) -> pd.Series:
    # Publication dates may be partial ("2025-02"): to_datetime reads them as the 1st, we centre below.
    return pd.to_datetime(series.astype("string"), errors="coerce", format="mixed")


def claim_dates(counts: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """x of each claim: the period's midpoint, else the article's publication date (mid-month/-year if partial)."""
    start, end = _dates(counts["period_start"]), _dates(counts["period_end"])
    start, end = start.fillna(end), end.fillna(start)
    midpoint = start + (end - start) / 2
    pub = articles.set_index("article_id")
    published = _dates(counts["article_id"].map(pub["published_date"]))
    precision = counts["article_id"].map(pub.get("published_date_precision", pd.Series(dtype=str)))
    offset = precision.map({"month": pd.Timedelta(days=14), "year": pd.Timedelta(days=182)}).fillna(pd.Timedelta(0))
    return midpoint.fillna(published + offset)
