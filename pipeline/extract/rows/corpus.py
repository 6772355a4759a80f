"""Corpus-level extraction: every article to findings, one entity index, then the six tables (the figures as
`claims`, which the reconcile stage publishes as `personnel_counts`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from pipeline.extract.doc import ArticleDoc
from pipeline.extract.names.resolve import resolve
from pipeline.extract.places.gazetteer import Gazetteer
from pipeline.extract.rows.article import ArticleFindings, extract_article
from pipeline.extract.rows.tables import LocationRow, frame
from pipeline.topics import DEFAULT_TOPIC


def docs_of(articles: pd.DataFrame, topic: str = DEFAULT_TOPIC) -> Iterable[ArticleDoc]:
    """One `ArticleDoc` per row of the `articles` table, in article_id order."""
    for a in articles.sort_values("article_id").itertuples(index=False):
        yield ArticleDoc(a.article_id, a.text, getattr(a, "language", None), a.published_date,
                         getattr(a, "published_date_precision", None), a.outlet, topic)


def extract_tables(articles: pd.DataFrame, topic: str = DEFAULT_TOPIC,
                   on_article: Callable[[ArticleDoc], None] | None = None) -> dict[str, pd.DataFrame]:
    """Turn the `articles` table into the six extraction tables (columns from the pandera models)."""
    findings: list[ArticleFindings] = []
    gazetteer: Gazetteer | None = None
    for doc in docs_of(articles, topic):
        findings.append(extract_article(doc))
        gazetteer = doc.gazetteer
        if on_article:
            on_article(doc)
    index = resolve([n for f in findings for n in f.names])
    counts = [c for f in findings for c in f.counts]
    loc_mentions = [m for f in findings for m in f.location_mentions]
    used = sorted({m.location_id for m in loc_mentions} | {c.location_id for c in counts if c.location_id})
    described = {p.location_id: p for f in findings for p in f.places}
    return {
        "claims": frame("claims", counts),
        "statements": frame("statements", [s.to_row(index) for f in findings for s in f.statements]),
        "locations": frame("locations", [_location_row(described.get(lid) or gazetteer.get(lid)) for lid in used]
                           if gazetteer else []),
        "location_mentions": frame("location_mentions", loc_mentions),
        "entities": frame("entities", index.rows),
        "entity_mentions": frame("entity_mentions", [n.to_row(index) for f in findings for n in f.names]),
    }


def _location_row(p) -> LocationRow:
    return LocationRow(p.location_id, p.name, sorted(p.aliases), p.feature_type, p.precision, p.admin1,
                       p.country_code, p.lat, p.lon, p.source)
