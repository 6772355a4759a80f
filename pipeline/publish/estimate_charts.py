"""One picture per status: each estimate as a band over its period (lowest to highest figure, a line at
the best), its claims as points coloured by their independent source. Deterministic like charts.py."""

from __future__ import annotations

from collections.abc import Collection

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from pipeline.publish.chart_layout import fit_margins
from pipeline.publish.chart_names import chart_name
from pipeline.publish.chart_style import DPI, FIGSIZE, STATUS_COLOURS, empty_chart, png
from pipeline.publish.claim_dates import claim_dates
from schemas.vocab import STATUSES

MAX_ORIGINS = 12  # named in the legend; the rest share one grey
ORIGIN_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                  "#bcbd22", "#393b79", "#637939", "#843c39")
OTHER_ORIGINS = "#9e9e9e"
HALF_DAY = pd.Timedelta(hours=36)  # a one-day band stays visible on a months-long axis


def claim_points(counts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """x (date), y (best, else the geometric mean of the bounds) and origin of each claim."""
    df = counts.assign(date=claim_dates(counts, articles))
    low, high, best = (pd.to_numeric(df[c], errors="coerce").astype(float)
                       for c in ("value_low", "value_high", "value_best"))
    df["y"] = best.fillna(np.sqrt(low * high)).fillna(low).fillna(high)
    return df.dropna(subset=["date", "y"]).sort_values(["date", "origin_name", "y", "count_id"])


def _bands(ax, estimates: pd.DataFrame, colour: str) -> None:
    for row in estimates.sort_values("estimate_id").itertuples():
        if pd.isna(row.period_end) or pd.isna(row.value_low) or pd.isna(row.value_high):
            continue
        start = mdates.date2num(pd.Timestamp(row.period_start if pd.notna(row.period_start) else row.period_end) - HALF_DAY)
        end = mdates.date2num(pd.Timestamp(row.period_end) + HALF_DAY)
        low, high = float(row.value_low), float(row.value_high)
        ax.add_patch(Rectangle((start, low * 0.97), end - start, high * 1.03 - low * 0.97, color=colour, alpha=0.18))
        if pd.notna(row.value_best):
            ax.plot([start, end], [row.value_best, row.value_best], color=colour, linewidth=2)


def origin_colours(points: pd.DataFrame) -> dict[str, str]:
    origins = sorted(points["origin_name"].unique())
    return {o: ORIGIN_COLOURS[i] if i < MAX_ORIGINS else OTHER_ORIGINS for i, o in enumerate(origins)}


def _claims(ax, points: pd.DataFrame) -> None:
    """The claims as points, one colour per named origin (in the legend), the rest in one grey."""
    colours = origin_colours(points)
    grey = points["origin_name"].map(colours) == OTHER_ORIGINS
    for origin, part in points[~grey].groupby("origin_name", sort=True):
        ax.scatter(part["date"], part["y"], color=colours[origin], label=origin[:40], s=36, zorder=3)
    # The unnamed origins share one grey and no legend entry: one collection of all their points, in the order
    # one collection per origin drew them (after the named ones), draws the same pixels as hundreds of
    # collections did, in a fraction of the time (seconds at 10,000 articles).
    if grey.any():
        rest = points[grey].sort_values("origin_name", kind="stable")
        ax.scatter(rest["date"], rest["y"], color=OTHER_ORIGINS, label=None, s=36, zorder=3)


def render_status(status: str, tables: dict[str, pd.DataFrame]) -> bytes:
    return png(status_figure(status, tables))


def status_figure(status: str, tables: dict[str, pd.DataFrame]) -> Figure:
    fig = Figure(figsize=FIGSIZE, dpi=DPI)
    ax = fig.add_subplot()
    fig.suptitle(f"Estimates of '{status}': bands = lowest..highest figure, line = best; points = claims")
    counts = tables["personnel_counts"]
    points = claim_points(counts[counts["status"] == status], tables["articles"])
    if points.empty:
        empty_chart(ax, f"No dated figures with status '{status}'")
        fit_margins(fig)
        return fig
    estimates = tables["estimates"]
    ax.xaxis_date()  # the bands are drawn in matplotlib's day numbers
    _bands(ax, estimates[estimates["status"] == status], STATUS_COLOURS[status])
    _claims(ax, points)
    ax.set_yscale("log")
    ax.set_ylabel("personnel")
    ax.set_xlabel("period (claims: period midpoint, else publication date)")
    ax.grid(True, which="major", alpha=0.3)
    legend = ax.legend(title="origin of the claim", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7)
    fig.autofmt_xdate()
    fit_margins(fig, beside=(legend,), dates=True)
    return fig


def render_estimate_charts(tables: dict[str, pd.DataFrame], only: Collection[str] | None = None) -> dict[str, bytes]:
    return {chart_name(status): render_status(status, tables) for status in STATUSES
            if only is None or chart_name(status) in only}
