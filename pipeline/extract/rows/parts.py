"""What the corpus-wide tables need of one article beyond its own rows: the names resolved across articles
(`entities`, and the entity ids of statements and name mentions) and the places its rows point at
(`locations`). Kept per article so a later build can extend the tables without the articles' findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from pipeline.extract.places.place import Place
from pipeline.extract.rows.job import ArticleOutcome
from pipeline.extract.rows.statements import NameMention
from pipeline.extract.rows.tables import LocationRow, frame


@dataclass(frozen=True)
class ArticleParts:
    names: tuple[NameMention, ...]
    speakers: tuple[tuple[str, str], ...]  # (entity type, name) each statement looks its speaker up by
    described: tuple[Place, ...]  # places the text describes (findings.places)
    known: dict[str, Place]  # gazetteer places its rows point at (outcome.places)

    def lookups(self) -> set[tuple[str, str]]:
        """Every (entity type, name) this article's rows ask the entity index for."""
        return {(n.entity_type, n.name) for n in self.names} | set(self.speakers)


def parts_of(outcome: ArticleOutcome) -> ArticleParts:
    findings = outcome.findings
    speakers = tuple(("person" if s.speaker_kind == "named_person" else "organization", s.speaker_name)
                     for s in findings.statements if s.speaker_name)  # as StatementFinding.to_row asks
    return ArticleParts(tuple(findings.names), speakers, tuple(findings.places), outcome.places)


def locations_frame(parts: Iterable[ArticleParts], used: set[str]) -> pd.DataFrame:
    """The `locations` rows of the places `used`, from the parts in article order (a place described by two
    articles is the later one's description, as it always was)."""
    described, known = {}, {}
    for part in parts:
        described.update((p.location_id, p) for p in part.described)
        known.update(part.known)
    return frame("locations", [_location_row(described.get(lid) or known[lid]) for lid in sorted(used)])


def _location_row(p) -> LocationRow:
    return LocationRow(p.location_id, p.name, sorted(p.aliases), p.feature_type, p.precision, p.admin1,
                       p.country_code, p.lat, p.lon, p.source)
