"""Ingest stage assets: the cleaned `articles` and the `rejected_inputs` set aside."""

from dagster import AssetOut, Output, multi_asset

from pipeline.ingest.load import load_articles
from pipeline.resources import ArticlesSource
from schemas import table_description
from schemas.conform import conform
from schemas.metadata import column_schema, table_metadata

INGEST_TABLES = ("articles", "rejected_inputs")


@multi_asset(
    name="ingest",
    group_name="ingest",
    outs={
        name: AssetOut(
            description=table_description(name),
            kinds={"pandas", "python"},
            metadata={"dagster/column_schema": column_schema(name)},
        )
        for name in INGEST_TABLES
    },
)
def ingest(article_source: ArticlesSource):
    """Read, clean and identify the input articles; set aside what cannot be used."""
    articles, rejected = load_articles(article_source.articles_path(), article_source.sources_path())
    for name, df in zip(INGEST_TABLES, (articles, rejected)):
        df = conform(name, df)
        yield Output(df, output_name=name, metadata=table_metadata(name, df))
