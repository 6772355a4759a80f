"""Schemas of the ingest stage: cleaned articles and the inputs set aside."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.fields import (
    HEX_PATTERN,
    PUBLISHED_DATE,
    id_field,
    list_check,
    list_field,
    pattern_field,
    text_field,
    vocab_field,
)
from schemas.vocab import DATE_PRECISIONS


class ArticleSchema(pa.DataFrameModel):
    """One row per ingested news article; `text` is what every offset in the dataset points into."""

    article_id: Series[str] = id_field("Stable article id: hex digest of the raw file.", pattern=HEX_PATTERN)
    source_file: Series[str] = text_field("File name of the article in the input folder.", max_len=255, nullable=False)
    outlet: Series[str] = text_field("Publishing outlet, e.g. 'The New Arab'; null when unknown.", max_len=200)
    title: Series[str] = text_field("Headline; null when unknown.", max_len=500)
    url: Series[str] = pattern_field("Canonical URL of the article; null when unknown.", r"^https?://\S{1,2000}$")
    published_date: Series[str] = pattern_field(
        "Publication date as ISO 8601 truncated to its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
        PUBLISHED_DATE)
    published_date_precision: Series[str] = vocab_field("How precise published_date is.", DATE_PRECISIONS)
    language: Series[str] = pattern_field("ISO 639-1/3 language code of the text.", r"^[a-z]{2,3}$", nullable=False)
    text: Series[str] = text_field("Cleaned article text; all char offsets index into it.", max_len=1_000_000, nullable=False, min_len=0)
    raw_text: Series[str] = text_field("Text as read from the file, before cleaning; null when identical to `text`.", max_len=5_000_000, min_len=0)
    raw_sha256: Series[str] = pattern_field("SHA-256 of the raw input file bytes.", r"^[0-9a-f]{64}$", nullable=False)
    quality_flags: Series[object] = list_field("Issues found while cleaning (e.g. repaired encoding); empty when none.")
    quality_flags_are_lists = list_check("quality_flags")
    story_id: Series[str] = id_field(
        "Story the article belongs to: near-duplicate articles (a wire story and its reposts, one report "
        "republished under another outlet) share it; the smallest article_id of the story.", pattern=HEX_PATTERN)

    class Config:
        strict = True
        ordered = True
        unique = ["article_id"]


class RejectedInputSchema(pa.DataFrameModel):
    """One row per input file set aside by ingest, with the reason, so nothing disappears silently."""

    file: Series[str] = text_field("Name of the input file set aside.", max_len=255, nullable=False)
    reason: Series[str] = pattern_field("Machine-readable reason (snake_case), e.g. 'empty', 'duplicate'.", r"^[a-z][a-z0-9_]{0,63}$", nullable=False)
    detail: Series[str] = text_field("Human-readable detail; null when the reason says it all.", max_len=2_000)

    class Config:
        strict = True
        ordered = True
        unique = ["file", "reason"]


