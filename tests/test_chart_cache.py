"""Charts are drawn once per distinct data: equal tables reuse the stored PNGs, a changed table redraws
only the charts whose rows changed."""

from __future__ import annotations

from pipeline.publish.chart_cache import cached_charts
from pipeline.publish.chart_names import chart_name, chart_views


def _subset(tables):
    return {name: tables[name] for name in ("personnel_counts", "estimates", "articles", "locations")}


def _recorder():
    drawn: list[list[str]] = []

    def render(frames, only):
        drawn.append(sorted(only))
        return {name: b"\x89PNG-" + name.encode() + str(len(frames["articles"])).encode() for name in only}

    return drawn, render


def test_equal_tables_are_not_drawn_again(tmp_path, tables):
    drawn, render = _recorder()
    subset = _subset(tables)
    first = cached_charts(subset, tmp_path, render)
    assert list(first) == list(chart_views(subset)) and len(drawn) == 1
    assert cached_charts({k: v.copy() for k, v in subset.items()}, tmp_path, render) == first
    assert len(drawn) == 1
    changed = {**subset, "articles": subset["articles"].assign(title="Another title")}
    cached_charts(changed, tmp_path, render)
    status = subset["personnel_counts"]["status"].iloc[0]
    # The article's figures are in the timeline and their status's chart; places show no article.
    assert drawn[1] == sorted({"timeline.png", chart_name(status)})


def test_article_text_is_not_part_of_any_chart(tmp_path, tables):
    drawn, render = _recorder()
    subset = _subset(tables)
    cached_charts(subset, tmp_path, render)
    cached_charts({**subset, "articles": subset["articles"].assign(text=subset["articles"]["text"] + " ")},
                  tmp_path, render)
    assert len(drawn) == 1
