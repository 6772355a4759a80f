"""Extract stage assets: the six tables read out of the articles, traced to char offsets."""

import pandas as pd
from dagster import AssetOut, Output, multi_asset

from pipeline.extract.contract import TABLE_COLUMNS
from pipeline.extract.corpus import extract_tables
from schemas import table_description
from schemas.conform import conform
from schemas.metadata import column_schema, table_metadata

EXTRACT_TABLES = tuple(TABLE_COLUMNS)


@multi_asset(
    name="extract",
    group_name="extract",
    outs={
        name: AssetOut(
            description=table_description(name),
            kinds={"pandas", "python"},
            metadata={"dagster/column_schema": column_schema(name)},
        )
        for name in EXTRACT_TABLES
    },
)
def extract(articles: pd.DataFrame):
    """Extract counts, statements, places and entities from every article."""
    tables = extract_tables(articles)
    missing = [name for name in EXTRACT_TABLES if name not in tables]
    if missing:
        raise ValueError(f"extract_tables returned no table for: {', '.join(missing)}")
    for name in EXTRACT_TABLES:
        df = conform(name, tables[name])
        yield Output(df, output_name=name, metadata=table_metadata(name, df))
