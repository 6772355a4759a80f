"""The charts: valid PNGs, byte-identical for the same data, and honest about what they plot."""

from functools import partial

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.legend import Legend

from pipeline.publish.chart_asset import chart_metadata, personnel_counts_charted
from pipeline.publish.charts import places_figure, places_frame, render_charts, timeline_figure, timeline_frame
from pipeline.publish.estimate_charts import claim_points, status_figure
from schemas.vocab import STATUSES

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHARTS = {"timeline", "places", *(f"estimates_{status}" for status in STATUSES)}


def test_render_gives_deterministic_pngs_one_per_status_for_the_estimates(tables):
    first, second = render_charts(tables), render_charts({k: v.copy() for k, v in tables.items()})
    assert set(first) == {f"{name}.png" for name in CHARTS}
    assert all(data.startswith(PNG_SIGNATURE) for data in first.values())
    assert first == second  # same data, same bytes: the release checksums depend on it
    assert b"Software" not in first["timeline.png"] and b"matplotlib" not in first["timeline.png"]


def test_timeline_places_each_claim_at_its_period_with_its_bounds(tables):
    frame = timeline_frame(tables)
    row = frame.iloc[0]
    assert row["date"] == pd.Timestamp("2024-12-08") and row["status"] == "entered"
    assert (row["low"], row["y"], row["high"]) == (2000.0, 2000.0, 2000.0)  # "more than 2,000": open top
    assert row["outlet"] == "The New Arab"


def test_vague_figure_without_period_uses_publication_date_and_bounds(tables):
    counts = tables["personnel_counts"].copy()
    counts.loc[0, ["value_best", "value_low", "value_high", "qualifier"]] = [pd.NA, 200, 999, "vague"]
    counts.loc[0, ["period_start", "period_end"]] = pd.NaT
    row = timeline_frame({**tables, "personnel_counts": counts}).iloc[0]
    assert row["date"] == pd.Timestamp("2024-12-12")
    assert row["low"] == 200 and row["high"] == 999 and 200 < row["y"] < 999


def test_timeline_draws_a_bar_for_each_claim_with_bounds_and_a_point_for_every_claim(tables):
    counts = tables["personnel_counts"].copy()
    counts.loc[0, ["value_best", "value_low", "value_high", "qualifier"]] = [pd.NA, 200, 999, "vague"]
    with_range = {**tables, "personnel_counts": counts}
    frame, axes = timeline_frame(with_range), timeline_figure(with_range).axes[0]
    bars = [segment for collection in axes.collections if isinstance(collection, LineCollection)
            for segment in collection.get_segments()]
    ranged = frame[(frame["low"] < frame["y"]) | (frame["high"] > frame["y"])]
    assert len(ranged) == 1 and len(bars) == 1  # exact figures get no zero-length bar
    assert sorted(bars[0][:, 1]) == [200, 999]
    caps = {"_", "|"}  # the bars' ends are markers too
    points = sum(len(line.get_xdata()) for line in axes.get_lines() if line.get_marker() not in caps)
    assert points == len(frame)


def test_estimate_charts_plot_each_claim_with_its_origin(tables):
    points = claim_points(tables["personnel_counts"], tables["articles"])
    assert points.iloc[0]["origin_name"] == "Iraqi government" and points.iloc[0]["y"] == 2000.0


def test_places_counts_figures_by_place_name_and_status(tables):
    frame = places_frame(tables)
    assert frame.loc["Al Qa'im", "entered"] == 1


def test_empty_tables_still_render(tables):
    empty = {name: df.iloc[0:0] for name, df in tables.items()}
    assert all(data.startswith(PNG_SIGNATURE) for data in render_charts(empty).values())


def test_markdown_inlines_each_png_as_a_data_uri_with_its_caption(tables):
    metadata = chart_metadata(render_charts(tables))
    assert set(metadata) == CHARTS
    for entry in metadata.values():
        assert entry.value.count("](data:image/png;base64,") == 1 and " — " in entry.value


def test_charted_check_shows_the_charts_and_fails_when_one_is_missing(tables, tmp_path):
    from pipeline.resources import OutputStore

    pngs = render_charts(tables)
    (tmp_path / "charts").mkdir()
    for name, data in pngs.items():
        (tmp_path / "charts" / name).write_bytes(data)
    store = OutputStore(output_dir=str(tmp_path))
    ok = personnel_counts_charted(output_store=store)
    assert ok.passed and "timeline" in ok.metadata and "places" in ok.metadata
    (tmp_path / "charts" / "places.png").write_bytes(b"GIF89a")
    broken = personnel_counts_charted(output_store=store)
    assert not broken.passed and broken.metadata["missing_or_broken"].value == ["places.png"]


def _with_long_names(tables):
    """Outlet and place names as long as real ones get: the margins must make room for them."""
    articles, locations = tables["articles"].copy(), tables["locations"].copy()
    articles["outlet"] = [f"Regional Broadcasting Corporation of the Northern Governorates {i}"
                          for i in range(len(articles))]
    locations["name"] = [f"Temporary reception camp beside the old customs post {i}" for i in range(len(locations))]
    return {**tables, "articles": articles, "locations": locations}


@pytest.mark.parametrize("draw", [timeline_figure, places_figure,
                                  *(partial(status_figure, status) for status in STATUSES)],
                         ids=["timeline", "places", *STATUSES])
def test_every_title_label_and_legend_fits_inside_the_chart(tables, draw):
    fig = draw(_with_long_names(tables))
    renderer = FigureCanvasAgg(fig).get_renderer()
    drawn = fig.get_tightbbox(renderer)  # in inches, every artist included
    assert drawn.x0 >= 0 and drawn.y0 >= 0
    assert drawn.x1 <= fig.get_figwidth() and drawn.y1 <= fig.get_figheight()
    axes = fig.axes[0]
    frame = axes.get_window_extent(renderer)
    for legend in axes.findobj(Legend):
        box = legend.get_window_extent(renderer)
        # A legend beside the axes starts right of them; one inside (places) stays inside.
        assert box.x0 >= frame.x1 or (box.x0 >= frame.x0 and box.x1 <= frame.x1)
