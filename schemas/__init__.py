"""Pandera schemas of every published table, with their keys.

`TABLE_SCHEMAS` is the single list of tables: assets, checks, the warehouse, the
Parquet release and the datapackage all iterate over it in this order.
"""

from __future__ import annotations

import pandera.pandas as pa

from schemas.articles import ArticleSchema, RejectedInputSchema
from schemas.counts import PersonnelCountSchema
from schemas.entities import EntityMentionSchema, EntitySchema
from schemas.locations import LocationMentionSchema, LocationSchema
from schemas.rejected import RejectedRowSchema
from schemas.statements import StatementSchema

TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "articles": ArticleSchema,
    "rejected_inputs": RejectedInputSchema,
    "personnel_counts": PersonnelCountSchema,
    "statements": StatementSchema,
    "locations": LocationSchema,
    "location_mentions": LocationMentionSchema,
    "entities": EntitySchema,
    "entity_mentions": EntityMentionSchema,
    "rejected_rows": RejectedRowSchema,
}

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    name: tuple(model.Config.unique) for name, model in TABLE_SCHEMAS.items()
}

# (column, referenced table, referenced column); nullable columns may be null.
FOREIGN_KEYS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "articles": (),
    "rejected_inputs": (),
    "personnel_counts": (
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
    return " ".join((TABLE_SCHEMAS[name].__doc__ or name).split())


__all__ = ["FOREIGN_KEYS", "PRIMARY_KEYS", "TABLE_SCHEMAS", "table_description"]
