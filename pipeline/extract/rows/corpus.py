"""Corpus-level extraction: every article to findings, one entity index, then the six tables (the figures as
`claims`, which the reconcile stage publishes as `personnel_counts`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from pipeline.extract.cache.store import ArticleCache
from pipeline.extract.engines import extract_all
from pipeline.extract.names.resolve import resolve
from pipeline.extract.rows.job import ArticleJob, ArticleOutcome
from pipeline.extract.rows.parts import ArticleParts, locations_frame, parts_of
from pipeline.extract.rows.tables import frame
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
    work = extract_all([jobs[i] for i in missing], on_done, cache, [keys[i] for i in missing])  # stored there
    for i, outcome in zip(missing, work):
        outcomes[i] = outcome
    return outcomes


def extract_tables(articles: pd.DataFrame, topic: str = DEFAULT_TOPIC,
                   on_article: Callable[[int], None] | None = None,
                   cache: ArticleCache | None = None,
                   parts: dict[str, ArticleParts] | None = None) -> dict[str, pd.DataFrame]:
    """Turn the `articles` table into the six extraction tables (columns from the pandera models).
    `on_article(n)` is called as n more articles are done (progress); `parts`, when given, receives each
    article's parts (`parts.py`), from which a later build extends the tables instead of rebuilding them."""
    jobs = list(jobs_of(articles, topic))
    outcomes = outcomes_of(jobs, cache, on_article)
    findings = [o.findings for o in outcomes]
    by_article = {job.article_id: parts_of(outcome) for job, outcome in zip(jobs, outcomes)}
    if parts is not None:
        parts.update(by_article)
    index = resolve([n for f in findings for n in f.names])
    counts = [c for f in findings for c in f.counts]
    loc_mentions = [m for f in findings for m in f.location_mentions]
    used = {m.location_id for m in loc_mentions} | {c.location_id for c in counts if c.location_id}
    return {
        "claims": frame("claims", counts),
        "statements": frame("statements", [s.to_row(index) for f in findings for s in f.statements]),
        "locations": locations_frame(by_article.values(), used),
        "location_mentions": frame("location_mentions", loc_mentions),
        "entities": frame("entities", index.rows),
        "entity_mentions": frame("entity_mentions", [n.to_row(index) for f in findings for n in f.names]),
    }
