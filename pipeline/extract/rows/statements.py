"""Findings that need the corpus-wide entity index before they become rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from pipeline.extract.rows.tables import EntityMentionRow, StatementRow


class EntityIndex(Protocol):
    def entity_id(self, entity_type: str, name: str) -> str | None: ...

    def canonical_name(self, entity_id: str) -> str: ...


@dataclass(frozen=True)
class NameMention:
    """A person or body named in an article, before it is resolved to an entity."""

    mention_id: str
    article_id: str
    start: int
    end: int
    surface: str
    entity_type: str
    name: str
    role: str | None
    affiliation: str | None

    def to_row(self, index: EntityIndex) -> EntityMentionRow:
        return EntityMentionRow(self.mention_id, self.article_id, index.entity_id(self.entity_type, self.name),
                                self.start, self.end, self.surface)


@dataclass(frozen=True)
class StatementFinding:
    statement_id: str
    article_id: str
    char_start: int
    char_end: int
    quote: str
    evidence: str
    evidence_start: int
    evidence_end: int
    is_direct: bool
    verb: str
    speaker_text: str
    speaker_kind: str
    speaker_name: str | None  # as the article names the person or body (None for anonymous sources)
    speaker_role: str | None
    speaker_org: str | None
    statement_date: date | None

    def attribution(self) -> str:
        """Who a figure is attributed to, as a reader would name them ("a security source", not "he")."""
        if self.speaker_kind == "anonymous":
            return self.speaker_role or self.speaker_text
        person = self.speaker_name if self.speaker_kind == "named_person" else None
        return person or self.speaker_org or self.speaker_text

    def to_row(self, index: EntityIndex) -> StatementRow:
        etype = "person" if self.speaker_kind == "named_person" else "organization"
        eid = index.entity_id(etype, self.speaker_name) if self.speaker_name else None
        person = index.canonical_name(eid) if eid and self.speaker_kind == "named_person" else None
        return StatementRow(self.statement_id, self.article_id, self.char_start, self.char_end, self.quote,
                            self.evidence, self.evidence_start, self.evidence_end, self.is_direct, self.verb,
                            self.speaker_text, person, self.speaker_kind, eid, self.speaker_role,
                            self.speaker_org, self.statement_date)
