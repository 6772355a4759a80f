"""Schemas of persons and organisations and their mentions in articles."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.fields import (
    HEX_PATTERN,
    id_field,
    list_check,
    list_field,
    lt_or_missing,
    offset_field,
    text_field,
    vocab_field,
)
from schemas.vocab import ENTITY_TYPES


class EntitySchema(pa.DataFrameModel):
    """A person or organisation, resolved across articles."""

    entity_id: Series[str] = id_field("Stable id of the entity.")
    entity_type: Series[str] = vocab_field("person or organization.", ENTITY_TYPES)
    name: Series[str] = text_field("Canonical name.", max_len=300, nullable=False)
    aliases: Series[object] = list_field("Other names and spellings seen (may be empty).")
    aliases_are_lists = list_check("aliases")
    role: Series[str] = text_field("Role or title, for persons.", max_len=300)
    affiliation: Series[str] = text_field("Organisation or government the entity belongs to.", max_len=300)

    class Config:
        strict = True
        ordered = True
        unique = ["entity_id"]


class EntityMentionSchema(pa.DataFrameModel):
    """A person or organisation name as it appears in an article, linked to its entity."""

    mention_id: Series[str] = id_field("Stable id of the mention.")
    article_id: Series[str] = id_field("Article of the mention (articles.article_id).", pattern=HEX_PATTERN)
    entity_id: Series[str] = id_field("Resolved entity (entities.entity_id).")
    char_start: Series[pd.Int64Dtype] = offset_field("Start offset of surface in articles.text.")
    char_end: Series[pd.Int64Dtype] = offset_field("End offset (exclusive) of surface in articles.text.")
    surface: Series[str] = text_field("The name exactly as written.", max_len=300, nullable=False)

    @pa.dataframe_check(description="char_start < char_end")
    def span_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return lt_or_missing(df["char_start"], df["char_end"])

    class Config:
        strict = True
        ordered = True
        unique = ["mention_id"]
