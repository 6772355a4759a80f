"""Charts are drawn once per distinct data: equal tables reuse the stored PNGs, a changed table redraws."""

from __future__ import annotations

from pipeline.publish.chart_cache import cached_charts


def test_equal_tables_are_not_drawn_again(tmp_path, tables):
    drawn: list[int] = []

    def render(frames):
        drawn.append(len(frames))
        return {"timeline.png": b"\x89PNG-" + str(len(frames["articles"])).encode()}

    subset = {name: tables[name] for name in ("personnel_counts", "estimates", "articles", "locations")}
    first = cached_charts(subset, tmp_path, render)
    assert cached_charts({k: v.copy() for k, v in subset.items()}, tmp_path, render) == first
    assert len(drawn) == 1
    changed = {**subset, "articles": subset["articles"].assign(title="Another title")}
    cached_charts(changed, tmp_path, render)
    assert len(drawn) == 2
