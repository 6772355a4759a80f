"""Schemas of figures: a claim as extraction reads it, and the published personnel count, which is that
claim with the independent source behind it and the estimate it answers (pipeline/reconcile/)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.fields import (
    HEX_PATTERN,
    count_field,
    date_field,
    id_field,
    le_or_missing,
    lt_or_missing,
    offset_field,
    text_field,
    vocab_field,
)
from schemas.vocab import PERIOD_RULES, POPULATIONS, PRECISION_CODES, QUALIFIERS, STATUSES


class ClaimSchema(pa.DataFrameModel):
    """A personnel figure as extraction reads it (internal `claims` table, published as personnel_counts)."""

    count_id: Series[str] = id_field("Stable id of the count row.")
    article_id: Series[str] = id_field("Article the figure comes from (articles.article_id).", pattern=HEX_PATTERN)
    char_start: Series[pd.Int64Dtype] = offset_field("Start offset of count_text in articles.text.")
    char_end: Series[pd.Int64Dtype] = offset_field("End offset (exclusive) of count_text in articles.text.")
    count_text: Series[str] = text_field("The figure as written, e.g. '2,493' or 'thousands'.", max_len=200, nullable=False)
    evidence: Series[str] = text_field("Sentence or clause supporting the reading.", max_len=5_000)
    evidence_start: Series[pd.Int64Dtype] = offset_field("Start offset of evidence in articles.text.", nullable=True)
    evidence_end: Series[pd.Int64Dtype] = offset_field("End offset (exclusive) of evidence in articles.text.", nullable=True)
    value_best: Series[pd.Int64Dtype] = count_field("Best single value; null for vague figures.")
    value_low: Series[pd.Int64Dtype] = count_field("Lower bound implied by the wording; null when open.")
    value_high: Series[pd.Int64Dtype] = count_field("Upper bound implied by the wording; null when open.")
    qualifier: Series[str] = vocab_field("How the wording qualifies the figure.", QUALIFIERS)
    population: Series[str] = vocab_field("Who is counted.", POPULATIONS)
    status: Series[str] = vocab_field("What the figure says about them (entered, returned, ...).", STATUSES)
    location_id: Series[str] = id_field("Place the figure refers to (locations.location_id).", nullable=True)
    location_text: Series[str] = text_field("Place as written in the article.", max_len=300)
    location_precision: Series[pd.Int64Dtype] = pa.Field(
        description=("How precisely location_id pins where the figure's event happened (locations.precision codes: "
                     "1 a site, 2 a populated place, 3 a district, 4 a province or region, 6 a country); "
                     "null without a place."), isin=list(PRECISION_CODES), nullable=True)
    period_start: Series[pa.DateTime] = date_field("First day of the period the figure refers to.")
    period_end: Series[pa.DateTime] = date_field("Last day of the period the figure refers to.")
    period_text: Series[str] = text_field(
        "The words the period was read from: the time expression or named event as written; for a wave, the "
        "event's name from the topic calendar; for the present and open rules, the publication date they stand on.",
        max_len=300)
    period_rule: Series[str] = vocab_field(
        "Which rule dated the figure (codebook §6.4): own, described, carried, event, wave, stated, present, open.",
        PERIOD_RULES)
    statement_id: Series[str] = id_field("Statement carrying the figure (statements.statement_id).", nullable=True)
    attributed_to: Series[str] = text_field("Who the article attributes the figure to, as written.", max_len=500)

    @pa.dataframe_check(description=(
        "value_low <= value_best <= value_high where present; 'more than N' has value_low = N+1 "
        "and 'fewer than N' has value_high = N-1 (codebook), so those two exempt their own side"))
    def bounds_ordered(cls, df: pd.DataFrame) -> pd.Series:
        low, best, high, q = df["value_low"], df["value_best"], df["value_high"], df["qualifier"]
        return ((le_or_missing(low, best) | (q == "more_than"))
                & (le_or_missing(best, high) | (q == "fewer_than"))
                & le_or_missing(low, high))

    @pa.dataframe_check(description="char_start < char_end and evidence_start < evidence_end")
    def spans_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return lt_or_missing(df["char_start"], df["char_end"]) & lt_or_missing(df["evidence_start"], df["evidence_end"])

    @pa.dataframe_check(description="period_start <= period_end")
    def period_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return le_or_missing(df["period_start"], df["period_end"])

    class Config:
        strict = True
        ordered = True
        unique = ["count_id"]


class PersonnelCountSchema(ClaimSchema):
    """A personnel figure as reported, with its qualifier, bounds, who and where, traced to the text, the
    independent source behind it and the estimate it answers."""

    origin: Series[str] = id_field(
        "Independent source behind the figure (codebook §7.2): the speaker's entity ('per:…', 'org:…'), "
        "'speaker:<name>' for a named speaker left unresolved, 'anonymous:<story_id>' for unnamed sources, "
        "'agency:<name>' for a news agency credited in the text, else 'story:<story_id>'.")
    origin_name: Series[str] = text_field("The origin as a reader names it, e.g. 'Turki Mohammed', "
                                          "'Kurdistan 24', 'unnamed: Iraqi security officials'.",
                                          max_len=500, nullable=False)
    estimate_id: Series[str] = id_field("Estimate the figure is a claim of (estimates.estimate_id).",
                                        pattern=HEX_PATTERN)

    class Config:
        strict = True
        ordered = True
        unique = ["count_id"]
