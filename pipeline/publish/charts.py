"""Two pictures of the dataset as deterministic PNG bytes: the figures over time, and where they were reported.

Same tables in, same bytes out: the Agg backend, matplotlib's default style (a user's
matplotlibrc cannot leak in), a fixed size and dpi, sorted inputs and no PNG
"Software"/date text chunks. The release stores these bytes, so they must not drift.
"""

from __future__ import annotations

from collections.abc import Collection

import matplotlib.style
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from pipeline.publish.chart_layout import fit_margins
from pipeline.publish.chart_names import TIMELINE_STATUSES
from pipeline.publish.chart_style import DPI, FIGSIZE, MARKERS, STATUS_COLOURS, empty_chart, png
from pipeline.publish.claim_dates import claim_dates
from pipeline.publish.estimate_charts import render_estimate_charts


def timeline_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One plotted point per claim: date, y, error bar bounds, status, outlet."""
    counts, articles = tables["personnel_counts"], tables["articles"]
    df = counts[counts["status"].isin(TIMELINE_STATUSES)].copy()
    df["date"] = claim_dates(df, articles)
    low, high, best = (pd.to_numeric(df[c], errors="coerce").astype(float)
                       for c in ("value_low", "value_high", "value_best"))
    # Vague figures have only bounds: place them at the geometric mean (the y axis is logarithmic).
    df["y"] = best.fillna(np.sqrt(low * high)).fillna(low).fillna(high)
    df["low"], df["high"] = low.fillna(df["y"]).clip(upper=df["y"]), high.fillna(df["y"]).clip(lower=df["y"])
    outlets = articles.set_index("article_id")["outlet"].fillna("unknown outlet")
    df["outlet"] = df["article_id"].map(outlets).fillna("unknown outlet")
    df = df.dropna(subset=["date", "y"])
    return df.sort_values(["date", "status", "outlet", "y", "count_id"]).reset_index(drop=True)


def render_timeline(tables: dict[str, pd.DataFrame]) -> bytes:
    return png(timeline_figure(tables))


def timeline_figure(tables: dict[str, pd.DataFrame]) -> Figure:
    df = timeline_frame(tables)
    fig = Figure(figsize=FIGSIZE, dpi=DPI)
    ax = fig.add_subplot()
    fig.suptitle("Reported personnel figures by status (one point per claim)")
    if df.empty:
        empty_chart(ax, "No dated figures for entered / returned / remaining")
        fit_margins(fig)
        return fig
    markers = {o: MARKERS[i % len(MARKERS)] for i, o in enumerate(sorted(df["outlet"].unique()))}
    for (status, outlet), part in df.groupby(["status", "outlet"], sort=True):
        style = {"color": STATUS_COLOURS[status], "alpha": 0.8, "markersize": 7, "linestyle": "none"}
        # Bars only where the bounds differ from the point: most claims are exact, and a zero-length bar per
        # claim was most of this chart's drawing time at 10,000 articles (each segment transformed alone).
        ranged = part[(part["low"] < part["y"]) | (part["high"] > part["y"])]
        if len(ranged):
            yerr = np.vstack([ranged["y"] - ranged["low"], ranged["high"] - ranged["y"]])
            ax.errorbar(ranged["date"], ranged["y"], yerr=yerr, fmt=markers[outlet], ecolor=STATUS_COLOURS[status],
                        capsize=3, **style)
        exact = part.drop(ranged.index)
        ax.plot(exact["date"], exact["y"], markers[outlet], **style)
    ax.set_yscale("log")
    ax.set_ylabel("personnel (value_best; bars = low..high bounds)")
    ax.set_xlabel("period midpoint, else publication date")
    ax.grid(True, which="major", alpha=0.3)
    status_handles = [ax.plot([], [], "o", color=STATUS_COLOURS[s], label=s)[0] for s in TIMELINE_STATUSES]
    outlet_handles = [ax.plot([], [], m, color="black", label=o)[0] for o, m in markers.items()]
    # Legends outside the axes so they never hide a point.
    first = ax.legend(handles=status_handles, title="status", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    ax.add_artist(first)
    second = ax.legend(handles=outlet_handles, title="outlet", loc="lower left", bbox_to_anchor=(1.01, 0), fontsize=8)
    fig.autofmt_xdate()
    fit_margins(fig, beside=(first, second), dates=True)
    return fig


def places_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Number of figures per place (rows, by name) and status (columns)."""
    counts, locations = tables["personnel_counts"], tables["locations"]
    names = locations.set_index("location_id")["name"]
    place = counts["location_id"].map(names).fillna(counts["location_text"]).fillna("(no place)")
    table = pd.crosstab(place.rename("place"), counts["status"].rename("status"))
    table = table.reindex(columns=[s for s in STATUS_COLOURS if s in table.columns])
    order = sorted(table.index, key=lambda name: (-int(table.loc[name].sum()), str(name)))
    return table.loc[order]


def render_places(tables: dict[str, pd.DataFrame]) -> bytes:
    return png(places_figure(tables))


def places_figure(tables: dict[str, pd.DataFrame]) -> Figure:
    table = places_frame(tables)
    fig = Figure(figsize=FIGSIZE, dpi=DPI)
    ax = fig.add_subplot()
    fig.suptitle("Where personnel figures were reported (number of figures by place and status)")
    if table.empty:
        empty_chart(ax, "No personnel figures")
        fit_margins(fig)
        return fig
    rows = np.arange(len(table))
    left = np.zeros(len(table))
    for status in table.columns:
        values = table[status].to_numpy(dtype=float)
        ax.barh(rows, values, left=left, color=STATUS_COLOURS[status], label=status)
        left += values
    ax.set_yticks(rows, labels=[str(n) for n in table.index])
    ax.invert_yaxis()  # most-reported place on top
    ax.set_xlabel("number of reported figures")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="status", loc="lower right", fontsize=8)
    fit_margins(fig)
    return fig


def render_charts(tables: dict[str, pd.DataFrame], only: Collection[str] | None = None) -> dict[str, bytes]:
    """{"timeline.png": ..., "places.png": ..., "estimates_<status>.png": ...} (or the charts named in `only`);
    needs personnel_counts, estimates, articles and locations."""
    drawn = {"timeline.png": render_timeline, "places.png": render_places}
    with matplotlib.style.context("default"):
        return {**{name: draw(tables) for name, draw in drawn.items() if only is None or name in only},
                **render_estimate_charts(tables, only)}
