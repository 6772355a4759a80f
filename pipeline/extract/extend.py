"""The extraction tables of the last build extended by the articles that changed, instead of built again.

Rows of claims, statements, place mentions and name mentions belong to one article each: the rows of the
articles whose hash is unchanged are kept, those of changed or removed articles dropped, and the new
articles' rows (from the per-article cache, or extracted) added, then each table sorted by its key, as a
whole build sorts it. Names are resolved again over every article's names (the parts kept in the ledger), and
`entities` and `locations`, which belong to no single article, are built whole. The kept rows carry entity
ids and names, so extending is refused (None: the caller builds everything) when any lookup of a kept
article's rows would now get another id or its entity another name; likewise when the last build set rows
aside, since which rows are set aside depends on the whole tables (`extended` in `extract_step.py` quarantines
and checks the added rows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from pipeline.extract.cache.store import ArticleCache
from pipeline.extract.ledger import Ledger, entity_ids, shared_places
from pipeline.extract.names.resolve import resolve
from pipeline.extract.rows.article_hashes import article_hashes
from pipeline.extract.rows.corpus import jobs_of, outcomes_of
from pipeline.extract.rows.parts import locations_frame, parts_of
from pipeline.extract.rows.tables import SORT_KEYS, frame
from schemas import FOREIGN_KEYS
from schemas.conform import conform

PER_ARTICLE = ("claims", "statements", "location_mentions", "entity_mentions")


@dataclass
class Extended:
    tables: dict[str, pd.DataFrame]  # the six tables, whole
    new: dict[str, pd.DataFrame]  # the rows of the articles extracted this time (PER_ARTICLE), and the whole others
    ledger: Ledger


def extend(last: dict[str, pd.DataFrame], ledger: Ledger, articles: pd.DataFrame, topic: str, settings: tuple,
           cache: ArticleCache | None, on_article: Callable[[int], None] | None = None) -> Extended | None:
    hashes = article_hashes(articles)
    kept = {aid for aid, digest in hashes.items() if ledger.hashes.get(aid) == digest}
    if ledger.settings != settings or len(last["rejected_rows"]) or not ledger.covers(kept):
        return None
    if on_article and kept:
        on_article(len(kept))
    jobs = list(jobs_of(articles[~articles["article_id"].isin(kept)], topic))
    outcomes = outcomes_of(jobs, cache, on_article)
    added = {job.article_id: parts_of(outcome) for job, outcome in zip(jobs, outcomes)}
    parts = {aid: added.get(aid) or ledger.parts[aid] for aid in sorted(hashes)}
    index = resolve([n for part in parts.values() for n in part.names])
    names = dict(zip(last["entities"]["entity_id"], last["entities"]["name"]))
    for key in {key for aid in kept for key in ledger.parts[aid].lookups()}:
        eid = index.entity_id(*key)
        if eid != ledger.ids.get(key) or (eid is not None and index.canonical_name(eid) != names.get(eid)):
            return None  # a kept row would change: its entity merged, renamed or newly found
    findings = [o.findings for o in outcomes]
    new = {"claims": frame("claims", [c for f in findings for c in f.counts]),
           "statements": frame("statements", [s.to_row(index) for f in findings for s in f.statements]),
           "location_mentions": frame("location_mentions", [m for f in findings for m in f.location_mentions]),
           "entity_mentions": frame("entity_mentions", [n.to_row(index) for f in findings for n in f.names])}
    new = {name: conform(name, df) for name, df in new.items()}
    old = {name: last[name][last[name]["article_id"].isin(kept)] for name in PER_ARTICLE}
    for name in PER_ARTICLE:
        if set(old[name][SORT_KEYS[name][-1]]) & set(new[name][SORT_KEYS[name][-1]]):
            return None  # a new row repeats a kept row's id: the whole build sets both aside
    used = {*old["claims"]["location_id"].dropna(), *new["claims"]["location_id"].dropna(),
            *old["location_mentions"]["location_id"], *new["location_mentions"]["location_id"]}
    whole = {"locations": conform("locations", locations_frame(parts.values(), used)),
             "entities": conform("entities", frame("entities", index.rows))}
    tables = {name: _joined(name, old[name], new[name]) for name in PER_ARTICLE} | whole
    if any(not tables[name].dtypes.equals(last[name].dtypes) for name in tables if len(last[name])):
        return None  # a column typed otherwise than the last build's: its schema check must see the whole
    if _dangling(old, {**tables, "articles": articles}):
        return None  # a kept row points at a row that is gone: the whole build sets it aside
    return Extended(tables, new | whole, Ledger(settings, hashes, shared_places(parts), entity_ids(parts, index)))


def _joined(name: str, kept: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The kept and new rows in the order a whole build gives them (its sort keys end with the row's id)."""
    both = pd.concat([kept, new], ignore_index=True) if len(new) else kept
    return conform(name, both.sort_values(SORT_KEYS[name], kind="stable").reset_index(drop=True))


def _dangling(kept: dict[str, pd.DataFrame], tables: dict[str, pd.DataFrame]) -> bool:
    """Whether a kept row refers to a row the extended tables no longer hold (rows refer within their article,
    so none should; the check costs a few milliseconds)."""
    return any(not kept[name][col].dropna().isin(tables[ref][ref_col]).all()
               for name in PER_ARTICLE for col, ref, ref_col in FOREIGN_KEYS[name])
