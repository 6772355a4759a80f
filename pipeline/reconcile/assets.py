"""Reconcile stage asset: the published `personnel_counts` (claims with origin and estimate) and `estimates`."""

import pandas as pd
from dagster import AssetIn, Output, multi_asset

from pipeline.checks.stage import checked, stage_check_specs
from pipeline.memo import memoized
from pipeline.reconcile.checks import SPECS, reconcile_results
from pipeline.reconcile.tables import reconcile_tables
from pipeline.resources import OutputStore, TopicPack
from schemas.conform import conform
from schemas.metadata import table_metadata, table_outs

RECONCILE_TABLES = ("personnel_counts", "estimates")
INPUTS = ("claims", "articles", "statements", "entities", "locations")


@multi_asset(
    name="reconcile",
    group_name="reconcile",
    ins={name: AssetIn(key=name) for name in INPUTS},
    outs=table_outs(RECONCILE_TABLES),
    check_specs=stage_check_specs(RECONCILE_TABLES, SPECS),
)
def reconcile(topic_pack: TopicPack, output_store: OutputStore, **tables: pd.DataFrame):
    """Trace each figure to its independent source and group the figures into estimates with agreement."""
    # Whole-corpus work: skipped when its five input tables are those of the last build (pipeline/memo.py).
    # The tables' checks run here, on the tables in memory (pipeline/checks/stage.py).
    yield from memoized("reconcile", tables, (topic_pack.topic,), output_store,
                        lambda: checked(_reconciled(tables, topic_pack.topic), tables, reconcile_results))


def _reconciled(tables: dict[str, pd.DataFrame], topic: str):
    reconciled = reconcile_tables(tables, topic)
    for name in RECONCILE_TABLES:
        df = conform(name, reconciled[name])
        yield Output(df, output_name=name, metadata=table_metadata(name, df))
