"""Field builders shared by every table schema, so bounds are uniform across tables."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from pipeline.date_bounds import FIRST_DATE, LAST_DATE

# Ids are either content hashes (hex) or namespaced keys such as "iso3166:IQ",
# "geonames:99135" or "curated:camp-taji".
ID_PATTERN = r"^(?:[0-9a-f]{8,64}|[a-z][a-z0-9_-]{0,31}:[A-Za-z0-9][A-Za-z0-9_.:-]{0,127})$"
HEX_PATTERN = r"^[0-9a-f]{8,64}$"
MAX_OFFSET = 10_000_000  # far above any news article; catches garbage offsets
MAX_COUNT = 10_000_000  # no personnel figure in this story comes near it
# The dates every table accepts (why 1800: `pipeline/date_bounds.py`).
MIN_DATE = pd.Timestamp(FIRST_DATE)
MAX_DATE = pd.Timestamp(LAST_DATE)
# a publication date truncated to its precision, in the years above: YYYY, YYYY-MM or YYYY-MM-DD
PUBLISHED_DATE = r"^(18|19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def _string_lists(series: pd.Series, max_items: int) -> pd.Series:
    """Each cell is a list (or array) of non-empty strings with at most `max_items` items."""
    def ok(v) -> bool:
        if v is None or isinstance(v, str):
            return False
        try:
            items = list(v)
        except TypeError:
            return False
        return len(items) <= max_items and all(isinstance(i, str) and i for i in items)
    return series.map(ok)


def list_check(column: str, *, max_items: int = 200):
    """The `string_list` check of a `list_field` column, for its model's body (`aliases_are_lists =
    list_check("aliases")`). A model's check, named and worded as the registered Check method it replaces
    (rejections and check results read the same): registering a method imports pandera's data-generation
    strategies and hypothesis with them, ~0.13 s of every build's start."""
    def string_list(cls, series: pd.Series) -> pd.Series:
        return _string_lists(series, max_items)
    return pa.check(column, name="string_list", error=f"string_list(max_items={max_items})",
                    statistics={"max_items": max_items})(string_list)


def id_field(description: str, *, nullable: bool = False, pattern: str = ID_PATTERN, unique: bool = False):
    return pa.Field(description=description, nullable=nullable, str_matches=pattern, unique=unique)


def text_field(description: str, *, max_len: int = 2_000, nullable: bool = True, min_len: int = 1):
    return pa.Field(description=description, nullable=nullable, str_length=(min_len, max_len))


def pattern_field(description: str, pattern: str, *, nullable: bool = True):
    return pa.Field(description=description, nullable=nullable, str_matches=pattern)


def vocab_field(description: str, values: tuple[str, ...], *, nullable: bool = False):
    return pa.Field(description=description, nullable=nullable, isin=list(values))


def offset_field(description: str, *, nullable: bool = False):
    return pa.Field(description=description, nullable=nullable, ge=0, le=MAX_OFFSET)


def count_field(description: str):
    return pa.Field(description=description, nullable=True, ge=0, le=MAX_COUNT)


def date_field(description: str):
    return pa.Field(description=description, nullable=True, ge=MIN_DATE, le=MAX_DATE)


def list_field(description: str):
    """A column of lists of strings: its model adds `list_check` of it."""
    return pa.Field(description=description, nullable=False)


def bool_field(description: str):
    return pa.Field(description=description, nullable=False, isin=[True, False])


def le_or_missing(a: pd.Series, b: pd.Series) -> pd.Series:
    """a <= b row-wise, true where either side is missing (bounds are optional)."""
    # NaT compares False (not NA), so missing values are handled explicitly.
    return a.isna() | b.isna() | (a <= b).astype("boolean").fillna(False).astype(bool)


def lt_or_missing(a: pd.Series, b: pd.Series) -> pd.Series:
    return a.isna() | b.isna() | (a < b).astype("boolean").fillna(False).astype(bool)
