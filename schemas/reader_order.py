"""The order in which a reader wants a table's columns in the UI (previews, column schemas).

Only what the UI shows is reordered: Parquet files, DuckDB tables and datapackage.json keep the
schema order, which is a public contract. Per table: the columns a reader looks at first (for a
count: the figure, its qualifier and bounds, who is counted, status, place, period, who said
it, the sentence); then any other column in schema order; identifiers and offsets last.
"""

from __future__ import annotations

from schemas import ALL_SCHEMAS

LEAD: dict[str, tuple[str, ...]] = {
    "articles": ("title", "outlet", "published_date", "published_date_precision", "language", "url"),
    "rejected_inputs": ("file", "reason", "detail"),
    "personnel_counts": ("count_text", "qualifier", "value_best", "value_low", "value_high", "population",
                         "status", "location_text", "location_precision", "period_start", "period_end", "period_text",
                         "attributed_to", "origin_name", "evidence"),
    "claims": ("count_text", "qualifier", "value_best", "value_low", "value_high", "population",
               "status", "location_text", "location_precision", "period_start", "period_end", "period_text",
               "attributed_to", "evidence"),
    "estimates": ("status", "population", "period_start", "period_end", "value_best", "value_low", "value_high",
                  "agreement", "n_sources", "n_claims", "n_outlets", "first_reported", "last_reported"),
    "statements": ("quote", "speaker_name", "speaker_text", "speaker_kind", "speaker_role", "speaker_org",
                   "is_direct", "verb", "statement_date", "evidence"),
    "locations": ("name", "feature_type", "admin1", "country_code", "lat", "lon", "aliases"),
    "location_mentions": ("surface",),
    "entities": ("name", "entity_type", "role", "affiliation", "aliases"),
    "entity_mentions": ("surface",),
    "rejected_rows": ("table", "check", "column", "value", "row_key"),
}
OFFSET_COLUMNS = ("char_start", "char_end", "evidence_start", "evidence_end")
HASH_COLUMNS = ("raw_sha256",)


def _is_key(column: str) -> bool:
    return column.endswith("_id") or column in OFFSET_COLUMNS or column in HASH_COLUMNS


def reader_columns(name: str) -> list[str]:
    """Every column of `name` exactly once, in reading order."""
    schema_order = list(ALL_SCHEMAS[name].to_schema().columns)
    lead = [c for c in LEAD.get(name, ()) if c in schema_order]
    rest = [c for c in schema_order if c not in lead and not _is_key(c)]
    keys = [c for c in schema_order if c not in lead and _is_key(c)]
    return lead + rest + keys
