"""Corpus-level extraction: every article to findings, one entity index, then the six tables (the figures as
`claims`, which the reconcile stage publishes as `personnel_counts`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from pipeline.extract.cache.store import ArticleCache
from pipeline.extract.engines import extract_all
from pipeline.extract.names.resolve import resolve
from pipeline.extract.rows.job import ArticleJob, ArticleOutcome
from pipeline.extract.rows.tables import LocationRow, frame
from pipeline.topics import DEFAULT_TOPIC


def jobs_of(articles: pd.DataFrame, topic: str = DEFAULT_TOPIC) -> Iterable[ArticleJob]:
    """One job per row of the `articles` table, in article_id order."""
    for a in articles.sort_values("article_id").itertuples(index=False):
        yield ArticleJob(a.article_id, a.text, getattr(a, "language", None), a.published_date,
                         getattr(a, "published_date_precision", None), a.outlet, topic)


def outcomes_of(jobs: list[ArticleJob], cache: ArticleCache | None = None,
                on_done: Callable[[int], None] | None = None) -> list[ArticleOutcome]:
    """Every article's outcome in job order: from the cache when it holds one, else extracted (and stored)."""
    keys = [job.key() for job in jobs]
    outcomes = cache.get_many(keys) if cache else [None] * len(keys)
    if on_done and (hits := sum(o is not None for o in outcomes)):
        on_done(hits)
    missing = [i for i, outcome in enumerate(outcomes) if outcome is None]
    for i, outcome in zip(missing, extract_all([jobs[i] for i in missing], on_done, cache)):  # stored there
        outcomes[i] = outcome
    return outcomes


def extract_tables(articles: pd.DataFrame, topic: str = DEFAULT_TOPIC,
                   on_article: Callable[[int], None] | None = None,
                   cache: ArticleCache | None = None) -> dict[str, pd.DataFrame]:
    """Turn the `articles` table into the six extraction tables (columns from the pandera models).
    `on_article(n)` is called as n more articles are done (progress)."""
    outcomes = outcomes_of(list(jobs_of(articles, topic)), cache, on_article)
    findings = [o.findings for o in outcomes]
    known = {lid: place for o in outcomes for lid, place in o.places.items()}
    index = resolve([n for f in findings for n in f.names])
    counts = [c for f in findings for c in f.counts]
    loc_mentions = [m for f in findings for m in f.location_mentions]
    used = sorted({m.location_id for m in loc_mentions} | {c.location_id for c in counts if c.location_id})
    described = {p.location_id: p for f in findings for p in f.places}
    return {
        "claims": frame("claims", counts),
        "statements": frame("statements", [s.to_row(index) for f in findings for s in f.statements]),
        "locations": frame("locations", [_location_row(described.get(lid) or known[lid]) for lid in used]),
        "location_mentions": frame("location_mentions", loc_mentions),
        "entities": frame("entities", index.rows),
        "entity_mentions": frame("entity_mentions", [n.to_row(index) for f in findings for n in f.names]),
    }


def _location_row(p) -> LocationRow:
    return LocationRow(p.location_id, p.name, sorted(p.aliases), p.feature_type, p.precision, p.admin1,
                       p.country_code, p.lat, p.lon, p.source)
