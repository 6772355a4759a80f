"""The estimate charts draw the origins past the named twelve as one grey collection: the same pixels as
one collection per origin (what the charts drew before), so the release's PNG bytes did not change."""

import pandas as pd

from pipeline.publish import estimate_charts
from pipeline.publish.estimate_charts import OTHER_ORIGINS, origin_colours, render_status
from schemas.conform import conform
from tests.conftest import sample_tables


def _many_origins(n: int = 20) -> dict[str, pd.DataFrame]:
    tables = sample_tables()
    row = tables["personnel_counts"].iloc[0].to_dict()
    rows = [{**row, "count_id": f"c{i:07d}", "origin": f"org:o{i % n}", "origin_name": f"Origin {i % n:02d}",
             "value_best": 100 + 37 * i, "value_low": 100 + 37 * i, "value_high": 100 + 37 * i,
             "period_start": f"2024-12-{1 + i % 28:02d}", "period_end": f"2024-12-{1 + i % 28:02d}"}
            for i in range(3 * n)]
    return {**tables, "personnel_counts": conform("personnel_counts", pd.DataFrame(rows))}


def _one_collection_per_origin(ax, points):
    colours = origin_colours(points)
    for origin, part in points.groupby("origin_name", sort=True):
        label = origin[:40] if colours[origin] != OTHER_ORIGINS else None
        ax.scatter(part["date"], part["y"], color=colours[origin], label=label, s=36, zorder=3)


def test_grey_origins_as_one_collection_draw_the_same_png(monkeypatch):
    tables = _many_origins()
    points = estimate_charts.claim_points(tables["personnel_counts"], tables["articles"])
    assert OTHER_ORIGINS in origin_colours(points).values()  # more origins than named colours
    merged = render_status("entered", tables)
    monkeypatch.setattr(estimate_charts, "_claims", _one_collection_per_origin)
    assert render_status("entered", tables) == merged
