"""Which charts there are and what part of the tables each pictures, apart from the drawing code (so that
naming a chart or deciding whether it must be drawn again does not import matplotlib).

`chart_views` gives, per chart, the rows its drawing reads (charts.py, estimate_charts.py): the chart cache
keys each picture by them, so a new article redraws the pictures of its figures' statuses, not all of them.
A view keeps every column of those rows except the article text, which no chart draws.
"""

from __future__ import annotations

import pandas as pd

from schemas.vocab import STATUSES

TIMELINE_STATUSES = ("entered", "returned", "remaining")
UNDRAWN_ARTICLE_COLUMNS = ("text", "raw_text")


def chart_name(status: str) -> str:
    """The picture of one status's estimates (`estimate_charts.py`)."""
    return f"estimates_{status}.png"


def _articles_of(counts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    kept = articles[articles["article_id"].isin(set(counts["article_id"]))]
    return kept.drop(columns=[c for c in UNDRAWN_ARTICLE_COLUMNS if c in kept.columns])


def chart_views(tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, pd.DataFrame]]:
    """{chart file name: {table: the rows it pictures}}, in the order the charts are drawn."""
    counts, estimates = tables["personnel_counts"], tables["estimates"]
    timeline = counts[counts["status"].isin(TIMELINE_STATUSES)]
    views = {"timeline.png": {"personnel_counts": timeline, "articles": _articles_of(timeline, tables["articles"])},
             "places.png": {"personnel_counts": counts, "locations": tables["locations"]}}
    for status in STATUSES:
        claims = counts[counts["status"] == status]
        views[chart_name(status)] = {"personnel_counts": claims, "articles": _articles_of(claims, tables["articles"]),
                                     "estimates": estimates[estimates["status"] == status]}
    return views
