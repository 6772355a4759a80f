"""The column contract of every table the extraction produces.

`schemas/` validates these tables and `../shared/acceptance/score.py` reads them,
so the names here are public. Order matters: it is the column order on disk.
"""

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "personnel_counts": (
        "count_id", "article_id", "char_start", "char_end", "count_text",
        "evidence", "evidence_start", "evidence_end",
        "value_best", "value_low", "value_high", "qualifier",
        "population", "status", "location_id", "location_text",
        "period_start", "period_end", "period_text",
        "statement_id", "attributed_to",
    ),
    "statements": (
        "statement_id", "article_id", "char_start", "char_end", "quote",
        "evidence", "evidence_start", "evidence_end",
        "is_direct", "verb", "speaker_text", "speaker_name", "speaker_kind",
        "speaker_entity_id", "speaker_role", "speaker_org", "statement_date",
    ),
    "locations": (
        "location_id", "name", "aliases", "feature_type", "admin1",
        "country_code", "lat", "lon", "source",
    ),
    "location_mentions": (
        "mention_id", "article_id", "location_id", "char_start", "char_end", "surface",
    ),
    "entities": (
        "entity_id", "entity_type", "name", "aliases", "role", "affiliation",
    ),
    "entity_mentions": (
        "mention_id", "article_id", "entity_id", "char_start", "char_end", "surface",
    ),
}

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "source_file", "outlet", "title", "url", "published_date",
    "published_date_precision", "language", "text", "raw_text", "raw_sha256", "quality_flags",
)

REJECTED_INPUT_COLUMNS: tuple[str, ...] = ("file", "reason", "detail")
