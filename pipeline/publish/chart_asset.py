"""The `charts` asset: the two PNGs on disk, and inlined in the asset's metadata so the UI shows them."""

from __future__ import annotations

import base64

import pandas as pd
from dagster import AssetIn, MetadataValue, Output, asset

from pipeline.publish.charts import render_charts
from pipeline.resources import OutputStore

CHART_TABLES = ("personnel_counts", "articles", "locations")
CAPTIONS = {
    "timeline.png": "Reported figures over time: colour = status, marker = outlet, bars = low..high bounds.",
    "places.png": "Where figures were reported: number of figures per place, by status.",
}


def charts_markdown(pngs: dict[str, bytes]) -> str:
    """Markdown with each PNG as a base64 data URI: the UI renders it without serving files."""
    blocks = []
    for name, data in pngs.items():
        uri = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
        blocks.append(f"**{name}** — {CAPTIONS.get(name, '')}\n\n![{name}]({uri})")
    return "\n\n".join(blocks)


@asset(group_name="publish", kinds={"png"}, ins={name: AssetIn(key=name) for name in CHART_TABLES})
def charts(output_store: OutputStore, **tables: pd.DataFrame) -> Output[dict[str, bytes]]:
    """Two pictures of the data for a quick look: the reported figures over time by status, and the
    places they were reported for. Written as PNG files under OUT/charts/; shown in this asset's metadata."""
    pngs = render_charts(tables)
    folder = output_store.root() / "charts"
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in pngs.items():
        (folder / name).write_bytes(data)
    # The release copies these bytes rather than drawing them again.
    return Output(pngs, metadata={
        "charts": MetadataValue.md(charts_markdown(pngs)),
        **{f"path_{name.removesuffix('.png')}": MetadataValue.path(str(folder / name)) for name in pngs},
    })
