"""The disputes, as the `disputes` view shows them, and the warning built from them.

The rows come from the view's own SQL (publish/views.py) run over the tables in memory, so the warning
in the Dagster UI and the view in DuckDB can never tell two stories.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from pipeline.publish.views import VIEWS

LISTED = 20  # disputed estimates written out in the UI; the count covers them all
NEEDED = {"estimates": None, "personnel_counts": None, "articles": ["article_id", "outlet", "published_date"],
          "locations": ["location_id", "name"]}


def disputes_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The `disputes` view's rows for these tables."""
    con = duckdb.connect()
    try:
        for name, columns in NEEDED.items():
            con.register(name, tables[name] if columns is None else tables[name][columns])
        return con.execute(VIEWS["disputes"]).df()
    finally:
        con.close()


def _day(value) -> str:
    return "…" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _number(value) -> str:
    return "?" if value is None or pd.isna(value) else f"{int(value):,}"


def _days(dates: pd.Series) -> list[str]:
    """`_day` of every date, formatted by pandas at once: boxing each of ~7,000 claims' dates as a Timestamp
    in Python took ~0.5 s of every reconcile step at 10,000 articles. Dates are years 1000-9999 (the
    schemas' bounds), where `%Y-%m-%d` is `isoformat`."""
    return dates.dt.strftime("%Y-%m-%d").where(dates.notna(), "…").tolist()


def _claim(row, start: str, end: str) -> str:
    period = start if start == end else f"{start}..{end}"
    return (f"  - **{row.count_text}** ({row.qualifier}) — {row.outlet or 'unknown outlet'} "
            f"({row.published_date or 'undated'}); origin: {row.origin}; place: {row.claim_place or 'not given'}; "
            f"period: {period}")


def disputes_markdown(disputes: pd.DataFrame, shown: int = LISTED) -> str:
    if disputes.empty:
        return "No estimate is disputed: every question's sources agree within 5%."
    estimates = list(dict.fromkeys(disputes["estimate_id"]))
    lines = [f"**Warning, not an error:** the sources of {len(estimates)} estimate(s) disagree. Every claim stays "
             "in the data; read them side by side (view `disputes`) before using one figure.", ""]
    for estimate_id in estimates[:shown]:
        claims = disputes[disputes["estimate_id"] == estimate_id]
        head = claims.iloc[0]
        lines.append(f"- **{head.status}, {head.place}, {_day(head.estimate_start)}..{_day(head.estimate_end)}**: "
                     f"{_number(head.estimate_low)}–{_number(head.estimate_high)} from {head.n_sources} sources "
                     f"(estimate {estimate_id})")
        texts = claims[["count_text", "qualifier", "outlet", "published_date", "origin", "claim_place"]]
        lines += [_claim(row, start, end) for row, start, end in
                  zip(texts.itertuples(), _days(claims["period_start"]), _days(claims["period_end"]))]
    if len(estimates) > shown:
        lines.append(f"- … and {len(estimates) - shown} more disputed estimate(s)")
    return "\n".join(lines)
