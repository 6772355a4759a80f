"""Schema of rows set aside by validation: kept, with the reason, instead of silently dropped."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.fields import HEX_PATTERN, id_field, pattern_field, text_field

# A free-standing list (not derived from TABLE_SCHEMAS) avoids an import cycle.
QUARANTINABLE_TABLES: tuple[str, ...] = (
    "articles", "personnel_counts", "statements", "locations",
    "location_mentions", "entities", "entity_mentions",
)


class RejectedRowSchema(pa.DataFrameModel):
    """One row per (row, failed check) set aside before publishing; the row is not in its table."""

    rejection_id: Series[str] = id_field("Stable id: hash of table, row_key, check and column.", pattern=HEX_PATTERN)
    table: Series[str] = pa.Field(description="Table the row was meant for.", nullable=False,
                                  isin=list(QUARANTINABLE_TABLES))
    row_key: Series[str] = text_field("Primary key of the row (parts joined by '|'), or 'index:N' when it has none.",
                                      max_len=500, nullable=False)
    check: Series[str] = text_field("The failed check, e.g. 'bounds_ordered', 'isin([...])', 'provenance', "
                                    "'foreign_key:locations'.", max_len=1_000, nullable=False)
    column: Series[str] = pattern_field("Column the check failed on; null for checks across columns.",
                                        r"^[a-z][a-z0-9_]{0,63}$")
    value: Series[str] = text_field("Offending value as text (for row checks: the row's short fields as JSON).",
                                    max_len=2_000)

    class Config:
        strict = True
        ordered = True
        unique = ["rejection_id"]
