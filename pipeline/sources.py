"""The articles folder as an external asset at the top of the lineage, upstream of `ingest`.

Dagster does not materialise it: it is the user's folder. Shown so the graph starts
where the data does, next to the sensor that watches it.
"""

from __future__ import annotations

from dagster import AssetsDefinition, AssetSpec

from pipeline.ingest.assets import ingest

articles_folder = AssetSpec(
    "articles_folder", group_name="ingest", kinds={"folder"},
    description="The input articles (*.txt, *.html) and their sources.csv: PIPELINE_ARTICLES_DIR, default "
                "seeds/ (or `--articles` on the command line). The sensor `articles_changed` watches it.",
    metadata={"files": "*.txt, *.html, sources.csv"},
)


def reading_the_folder(stage: AssetsDefinition) -> AssetsDefinition:
    """`stage` with the articles folder as an upstream dependency of each of its tables."""
    return stage.map_asset_specs(lambda spec: spec.merge_attributes(deps=[articles_folder]))


ingest_from_folder = reading_the_folder(ingest)
