"""The `charts` asset: the two PNGs on disk and in the asset's metadata, and a check that shows them
on the `personnel_counts` page too, so the pictures are one click ([Show Markdown]) from the table."""

from __future__ import annotations

import base64
from collections.abc import Collection

import pandas as pd
from dagster import AssetCheckResult, AssetCheckSeverity, AssetIn, MetadataValue, Output, asset, asset_check

from pipeline.publish.chart_cache import cached_charts
from pipeline.publish.chart_names import chart_name
from pipeline.resources import OutputStore
from schemas.vocab import STATUSES

CHART_TABLES = ("personnel_counts", "estimates", "articles", "locations")
CAPTIONS = {
    "timeline.png": "Reported figures over time: one point per claim at its period's midpoint (else the "
                    "publication date); colour = status, marker = outlet, bars = low..high bounds; log scale.",
    "places.png": "Where figures were reported: number of figures per place, stacked by status.",
    **{chart_name(status): f"Estimates of '{status}' over time: each a band from its lowest to its highest "
                           "figure over its period, a line at its best figure; claims as points coloured by "
                           "their independent source (origin); log scale." for status in STATUSES},
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HOW_TO_OPEN = "Click [Show Markdown] next to `timeline` or `places` under Metadata to see a chart."


def render_charts(tables: dict[str, pd.DataFrame], only: Collection[str] | None = None) -> dict[str, bytes]:
    """Draw the charts (those named in `only`); matplotlib is imported only when a chart is not in the cache."""
    from pipeline.publish.charts import render_charts as draw

    return draw(tables, only)


def chart_markdown(name: str, data: bytes) -> str:
    """A caption and the PNG as a base64 data URI: the UI renders it without serving files."""
    uri = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    return f"**{name}** — {CAPTIONS.get(name, '')}\n\n![{name}]({uri})"


def chart_metadata(pngs: dict[str, bytes]) -> dict:
    return {name.removesuffix(".png"): MetadataValue.md(chart_markdown(name, data)) for name, data in pngs.items()}


@asset(group_name="publish", kinds={"png"}, ins={name: AssetIn(key=name) for name in CHART_TABLES},
       description="Pictures of the data for a quick look: the reported figures over time by status, the places "
                   "they were reported for, and per status the estimates as bands with their claims coloured by "
                   f"origin. Written as PNG files under OUT/charts/. {HOW_TO_OPEN}")
def charts(output_store: OutputStore, **tables: pd.DataFrame) -> Output[dict[str, bytes]]:
    """Pictures of the data: figures over time, where they were reported, and each status's estimates."""
    pngs = cached_charts(tables, output_store.cache_dir("charts"), render_charts)  # drawn once per distinct data
    folder = output_store.root() / "charts"
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in pngs.items():
        (folder / name).write_bytes(data)
    # The release copies these bytes rather than drawing them again.
    return Output(pngs, metadata={
        **chart_metadata(pngs),
        **{f"path_{name.removesuffix('.png')}": MetadataValue.path(str(folder / name)) for name in pngs},
    })


@asset_check(asset="personnel_counts", name="charted", additional_deps=["charts"],
             description="The figures of this table as pictures (the `charts` asset), shown here so they are one "
                         f"click away. {HOW_TO_OPEN} Fails when a chart is missing or not a PNG.")
def personnel_counts_charted(output_store: OutputStore) -> AssetCheckResult:
    # Read from OUT/charts/ rather than taking `charts` as an input: a run that leaves `charts` out then
    # shows the last pictures (or says they are missing) instead of failing to load an input.
    folder = output_store.root() / "charts"
    pngs = {name: (folder / name).read_bytes() for name in CAPTIONS if (folder / name).is_file()}
    broken = sorted(name for name in CAPTIONS if not pngs.get(name, b"").startswith(PNG_SIGNATURE))
    # WARN: a missing picture makes the UI poorer, the data no less valid.
    return AssetCheckResult(passed=not broken, severity=AssetCheckSeverity.WARN,
                            metadata={**chart_metadata(pngs), "missing_or_broken": MetadataValue.json(broken)},
                            description="missing or not a PNG: " + ", ".join(broken) if broken else None)
