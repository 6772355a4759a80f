"""Corpus-level extraction: every article to rows, then entities and places resolved across articles."""

from __future__ import annotations

import pandas as pd

from pipeline.extract.article import ArticleInput, extract_article
from pipeline.extract.contract import TABLE_COLUMNS
from pipeline.extract.gazetteer import load_gazetteer
from pipeline.extract.resolve import resolve

_SORT = {"personnel_counts": ["article_id", "char_start", "count_id"],
         "statements": ["article_id", "char_start", "statement_id"],
         "locations": ["location_id"], "location_mentions": ["article_id", "char_start", "mention_id"],
         "entities": ["entity_id"], "entity_mentions": ["article_id", "char_start", "mention_id"]}


def extract_tables(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Turn the `articles` table into the six extraction tables (see contract.TABLE_COLUMNS)."""
    counts, statements, loc_mentions, ent_mentions = [], [], [], []
    for a in articles.sort_values("article_id").itertuples(index=False):
        rows = extract_article(ArticleInput(a.article_id, a.text, a.published_date, a.outlet))
        counts += rows.counts
        statements += rows.statements
        loc_mentions += rows.location_mentions
        ent_mentions += rows.entity_mentions
    ids, entities = resolve(ent_mentions)
    for m in ent_mentions:
        m["entity_id"] = ids[(m["entity_type"], m["name"])]
    for s in statements:
        etype = "person" if s["speaker_kind"] == "named_person" else "organization"
        s["speaker_entity_id"] = ids.get((etype, s.pop("speaker_entity_name")))
        if s["speaker_name"]:
            s["speaker_name"] = next(e["name"] for e in entities if e["entity_id"] == s["speaker_entity_id"])
    gaz = load_gazetteer()
    used = sorted({m["location_id"] for m in loc_mentions} | {c["location_id"] for c in counts if c["location_id"]})
    locations = [_location_row(gaz.get(lid)) for lid in used]
    tables = {"personnel_counts": counts, "statements": statements, "locations": locations,
              "location_mentions": loc_mentions, "entities": entities, "entity_mentions": ent_mentions}
    return {name: _frame(name, rows) for name, rows in tables.items()}


def _location_row(p) -> dict:
    return {"location_id": p.location_id, "name": p.name, "aliases": sorted(p.aliases),
            "feature_type": p.feature_type, "admin1": p.admin1, "country_code": p.country_code,
            "lat": p.lat, "lon": p.lon, "source": p.source}


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    cols = list(TABLE_COLUMNS[name])
    df = pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    return df.sort_values(_SORT[name], kind="stable").reset_index(drop=True)
