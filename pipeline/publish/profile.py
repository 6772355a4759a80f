"""The public profile of a release: which columns a published table carries.

Full article text stays in the warehouse; a release carries url, title, outlet
and the evidence sentences, but not `text`/`raw_text` unless --include-text
(redistributing whole articles is the publishers' call, not ours).
"""

from __future__ import annotations

from schemas import TABLE_SCHEMAS

TEXT_COLUMNS: dict[str, tuple[str, ...]] = {"articles": ("text", "raw_text")}


def dropped_columns(name: str, include_text: bool) -> tuple[str, ...]:
    return () if include_text else TEXT_COLUMNS.get(name, ())


def release_columns(name: str, include_text: bool) -> list[str]:
    drop = dropped_columns(name, include_text)
    return [c for c in TABLE_SCHEMAS[name].to_schema().columns if c not in drop]
