"""Typed output rows, one class per table, whose fields are the pandera model's columns in order.

The pandera models in `schemas/` are the single source of column names and order: `columns()` reads
them, and the extraction step's module (`extract/assets.py`) fails loudly at import if a row class drifts from its
model. They are read when first needed, not on import: the pools' workers build rows, never frames, and
pandera is no import of theirs (`pipeline/date_bounds.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from operator import attrgetter

import pandas as pd


@dataclass(frozen=True)
class CountRow:
    count_id: str
    article_id: str
    char_start: int
    char_end: int
    count_text: str
    evidence: str
    evidence_start: int
    evidence_end: int
    value_best: int | None
    value_low: int | None
    value_high: int | None
    qualifier: str
    population: str
    status: str
    location_id: str | None
    location_text: str | None
    location_precision: int | None
    period_start: date | None
    period_end: date | None
    period_text: str | None
    period_rule: str
    statement_id: str | None
    attributed_to: str | None


@dataclass(frozen=True)
class StatementRow:
    statement_id: str
    article_id: str
    char_start: int
    char_end: int
    quote: str
    evidence: str
    evidence_start: int
    evidence_end: int
    is_direct: bool
    verb: str
    speaker_text: str
    speaker_name: str | None
    speaker_kind: str
    speaker_entity_id: str | None
    speaker_role: str | None
    speaker_org: str | None
    statement_date: date | None


@dataclass(frozen=True)
class LocationRow:
    location_id: str
    name: str
    aliases: list[str]
    feature_type: str
    precision: int
    admin1: str | None
    country_code: str
    lat: float | None
    lon: float | None
    source: str


@dataclass(frozen=True)
class LocationMentionRow:
    mention_id: str
    article_id: str
    location_id: str
    char_start: int
    char_end: int
    surface: str


@dataclass(frozen=True)
class EntityRow:
    entity_id: str
    entity_type: str
    name: str
    aliases: list[str]
    role: str | None
    affiliation: str | None


@dataclass(frozen=True)
class EntityMentionRow:
    mention_id: str
    article_id: str
    entity_id: str
    char_start: int
    char_end: int
    surface: str


ROW_TYPES: dict[str, type] = {
    "claims": CountRow, "statements": StatementRow, "locations": LocationRow,
    "location_mentions": LocationMentionRow, "entities": EntityRow, "entity_mentions": EntityMentionRow,
}
SORT_KEYS = {"claims": ["article_id", "char_start", "count_id"],
             "statements": ["article_id", "char_start", "statement_id"],
             "locations": ["location_id"], "location_mentions": ["article_id", "char_start", "mention_id"],
             "entities": ["entity_id"], "entity_mentions": ["article_id", "char_start", "mention_id"]}


@cache
def columns(table: str) -> tuple[str, ...]:
    """Column names in order, from the table's pandera model."""
    from schemas import ALL_SCHEMAS

    return tuple(ALL_SCHEMAS[table].to_schema().columns)


def check_rows_follow_schemas() -> None:
    for table, row_type in ROW_TYPES.items():
        names = tuple(f.name for f in fields(row_type))
        if names != columns(table):
            raise TypeError(f"{row_type.__name__} fields {names} differ from the {table} model {columns(table)}")


def frame(table: str, rows: list) -> pd.DataFrame:
    """A table's rows as a frame, columns in the model's order, sorted by its natural key."""
    names = columns(table)
    cells = attrgetter(*names)  # one C call per row (a generator of getattr per cell cost ~4x as much)
    data = pd.DataFrame([cells(r) for r in rows], columns=list(names))
    return data.sort_values(SORT_KEYS[table], kind="stable").reset_index(drop=True)

