"""Extract stage assets: the six tables read out of the articles, traced to char offsets (the figures as
`claims`, which the reconcile stage publishes as `personnel_counts`), plus `rejected_rows`: the rows that
failed validation, set aside instead of published."""

import pandas as pd
from dagster import Output, multi_asset

from pipeline.checks.passed import PassedChecks
from pipeline.checks.set_aside import set_aside
from pipeline.extract.cache.fingerprint import fingerprint
from pipeline.extract.cache.store import ArticleCache
from pipeline.extract.engines import engine_name
from pipeline.extract.rows.corpus import extract_tables
from pipeline.extract.rows.tables import ROW_TYPES, check_rows_follow_schemas
from pipeline.progress import REPORTER
from pipeline.resources import OutputStore, TopicPack
from schemas.conform import conform
from schemas.metadata import table_metadata, table_outs

# Here, not where the rows are defined (the pools' workers import that module): a row class that drifted from
# its model stops the build as it loads.
check_rows_follow_schemas()
EXTRACT_TABLES = tuple(ROW_TYPES)
OUTPUTS = (*EXTRACT_TABLES, "rejected_rows")


@multi_asset(
    name="extract",
    group_name="extract",
    outs=table_outs(OUTPUTS),
)
def extract(articles: pd.DataFrame, topic_pack: TopicPack, output_store: OutputStore):
    """Extract counts, statements, places and entities from every article; set aside invalid rows."""
    yield from extracted(articles, topic_pack.topic, output_store)


def article_cache(output_store: OutputStore, topic: str) -> ArticleCache:
    return ArticleCache(output_store.cache_dir("articles"), fingerprint(topic))


def extracted(articles: pd.DataFrame, topic: str, output_store: OutputStore, parts: dict | None = None,
              passed: PassedChecks | None = None):
    """The stage's outputs; `parts`, when given, receives each article's parts (`rows/parts.py`), `passed`
    the tables the quarantine passed whole (`checks/passed.py`)."""
    progress = REPORTER.start_stage("extract", len(articles), announce=True)
    # Unchanged articles come from the per-article cache; the rest go to a pool or a Dask cluster.
    tables = extract_tables(articles, topic, on_article=progress.advance, cache=article_cache(output_store, topic),
                            parts=parts)
    missing = [name for name in EXTRACT_TABLES if name not in tables]
    if missing:
        raise ValueError(f"extract_tables returned no table for: {', '.join(missing)}")
    # A structural failure (missing column, wrong type) raises here and fails the run by name.
    valid, rejected = set_aside({name: conform(name, tables[name]) for name in EXTRACT_TABLES}, articles, passed)
    yield from stage_outputs(valid, rejected)


def stage_outputs(valid: dict[str, pd.DataFrame], rejected: pd.DataFrame):
    for name in OUTPUTS:
        df = conform(name, rejected if name == "rejected_rows" else valid[name])
        meta = table_metadata(name, df)
        if name == "rejected_rows":
            meta["rows_set_aside"] = len(df)
            meta["extraction_engine"] = engine_name()
        yield Output(df, output_name=name, metadata=meta)
