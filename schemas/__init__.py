"""Pandera schemas of every published table, with their keys.

`TABLE_SCHEMAS` is the single list of published tables: assets, checks, the warehouse, the
Parquet release and the datapackage all iterate over it in this order. `STAGE_SCHEMAS` adds the
tables a stage hands to the next without publishing them (`claims`: extraction's figures, which the
reconcile stage publishes as `personnel_counts`); `ALL_SCHEMAS` is both.
"""

from __future__ import annotations

import pandera.pandas as pa

import schemas.without_dask  # noqa: F401  (before any model builds its schema)
from schemas.articles import ArticleSchema, RejectedInputSchema
from schemas.counts import ClaimSchema, PersonnelCountSchema
from schemas.entities import EntityMentionSchema, EntitySchema
from schemas.estimates import EstimateSchema
from schemas.locations import LocationMentionSchema, LocationSchema
from schemas.rejected import RejectedRowSchema
from schemas.statements import StatementSchema

TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "articles": ArticleSchema,
    "rejected_inputs": RejectedInputSchema,
    "personnel_counts": PersonnelCountSchema,
    "estimates": EstimateSchema,
    "statements": StatementSchema,
    "locations": LocationSchema,
    "location_mentions": LocationMentionSchema,
    "entities": EntitySchema,
    "entity_mentions": EntityMentionSchema,
    "rejected_rows": RejectedRowSchema,
}

STAGE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {"claims": ClaimSchema}
ALL_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {**TABLE_SCHEMAS, **STAGE_SCHEMAS}

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    name: tuple(model.Config.unique) for name, model in ALL_SCHEMAS.items()
}

# (column, referenced table, referenced column); nullable columns may be null.
FOREIGN_KEYS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "articles": (),
    "rejected_inputs": (),
    "personnel_counts": (
        ("article_id", "articles", "article_id"),
        ("location_id", "locations", "location_id"),
        ("statement_id", "statements", "statement_id"),
        ("estimate_id", "estimates", "estimate_id"),
    ),
    "estimates": (("location_id", "locations", "location_id"),),
    "claims": (
        ("article_id", "articles", "article_id"),
        ("location_id", "locations", "location_id"),
        ("statement_id", "statements", "statement_id"),
    ),
    "statements": (
        ("article_id", "articles", "article_id"),
        ("speaker_entity_id", "entities", "entity_id"),
    ),
    "locations": (),
    "location_mentions": (
        ("article_id", "articles", "article_id"),
        ("location_id", "locations", "location_id"),
    ),
    "entities": (),
    "entity_mentions": (
        ("article_id", "articles", "article_id"),
        ("entity_id", "entities", "entity_id"),
    ),
    "rejected_rows": (),
}


def table_description(name: str) -> str:
    """The model's docstring, which doubles as the table's codebook description."""
    return " ".join((ALL_SCHEMAS[name].__doc__ or name).split())


__all__ = ["ALL_SCHEMAS", "FOREIGN_KEYS", "PRIMARY_KEYS", "STAGE_SCHEMAS", "TABLE_SCHEMAS", "table_description"]
