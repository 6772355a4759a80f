"""Schema of statements: who said what, quoted or reported, traced to the text."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.fields import (
    HEX_PATTERN,
    bool_field,
    date_field,
    id_field,
    lt_or_missing,
    offset_field,
    text_field,
    vocab_field,
)
from schemas.vocab import SPEAKER_KINDS


class StatementSchema(pa.DataFrameModel):
    """A statement in an article: the quote or reported claim, its speaker and the speaker's role."""

    statement_id: Series[str] = id_field("Stable id of the statement.")
    article_id: Series[str] = id_field("Article the statement appears in (articles.article_id).", pattern=HEX_PATTERN)
    char_start: Series[pd.Int64Dtype] = offset_field("Start offset of quote in articles.text.")
    char_end: Series[pd.Int64Dtype] = offset_field("End offset (exclusive) of quote in articles.text.")
    quote: Series[str] = text_field("The quoted words, or the reported claim.", max_len=5_000, nullable=False)
    evidence: Series[str] = text_field("Sentence(s) holding the statement and its attribution.", max_len=10_000)
    evidence_start: Series[pd.Int64Dtype] = offset_field("Start offset of evidence in articles.text.", nullable=True)
    evidence_end: Series[pd.Int64Dtype] = offset_field("End offset (exclusive) of evidence in articles.text.", nullable=True)
    is_direct: Series[pd.BooleanDtype] = bool_field("True for a direct quotation (or reported speech told mostly in quoted words), false for reported speech.")
    verb: Series[str] = text_field("Reporting verb, e.g. 'said', 'told'.", max_len=50)
    speaker_text: Series[str] = text_field("Speaker as written in the article.", max_len=500)
    speaker_name: Series[str] = text_field("Person's name; null when the speaker is unnamed.", max_len=200)
    speaker_kind: Series[str] = vocab_field("named_person, anonymous or organization.", SPEAKER_KINDS)
    speaker_entity_id: Series[str] = id_field("Speaker in entities.entity_id; null when unresolved.", nullable=True)
    speaker_role: Series[str] = text_field("Speaker's role or title, e.g. 'foreign minister'.", max_len=300)
    speaker_org: Series[str] = text_field("Organisation the speaker speaks for.", max_len=300)
    statement_date: Series[pa.DateTime] = date_field("Date the statement was made, when the article says.")

    @pa.dataframe_check(description="char_start < char_end and evidence_start < evidence_end")
    def spans_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return lt_or_missing(df["char_start"], df["char_end"]) & lt_or_missing(df["evidence_start"], df["evidence_end"])

    class Config:
        strict = True
        ordered = True
        unique = ["statement_id"]
