"""An organisation mention: where, as written, and the body it names."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.spans import Span


@dataclass(frozen=True)
class OrgMention(Span):
    surface: str
    name: str
    kind: str
    affiliation: str | None = None
