"""The reconcile stage as one pure function: claims in, `personnel_counts` and `estimates` out."""

from __future__ import annotations

import pandas as pd

from pipeline.reconcile.echo import apply_echoes
from pipeline.reconcile.estimates import estimate_row
from pipeline.reconcile.origins import assign_origins
from pipeline.reconcile.places import parents
from pipeline.reconcile.questions import estimate_ids, find_questions
from pipeline.reconcile.stockflow import with_stock_flow
from pipeline.text.rules import RuleSet
from pipeline.topics import DEFAULT_TOPIC, topic_folder
from schemas import ALL_SCHEMAS

ARTICLE_COLUMNS = ["article_id", "story_id", "outlet", "published_date"]


def _columns(name: str) -> list[str]:
    return list(ALL_SCHEMAS[name].to_schema().columns)


def reconcile_tables(tables: dict[str, pd.DataFrame], topic: str = DEFAULT_TOPIC) -> dict[str, pd.DataFrame]:
    """From `claims`, `articles`, `statements`, `entities` and `locations`: `personnel_counts` and `estimates`."""
    claims, articles = tables["claims"], tables["articles"]
    origins = assign_origins(claims, tables["statements"], tables["entities"], articles, topic)
    work = claims.merge(origins, on="count_id").merge(articles[ARTICLE_COLUMNS], on="article_id", how="left")
    questions = find_questions(work, tables["locations"], parents(RuleSet(topic_folder(topic))))
    ids = estimate_ids(questions)
    question_of = {count_id: ids[q] for q in questions for count_id in q.count_ids}
    work = apply_echoes(work, question_of)
    rows = [estimate_row(ids[q], q, work[work["count_id"].isin(q.count_ids)]) for q in questions]
    estimates = pd.DataFrame(rows, columns=[c for c in _columns("estimates") if not c.startswith("stock_flow")])
    estimates = with_stock_flow(estimates.astype({"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"}),
                                tables["locations"])
    linked = work.set_index("count_id")
    counts = claims.assign(origin=claims["count_id"].map(linked["origin"]),
                           origin_name=claims["count_id"].map(linked["origin_name"]),
                           estimate_id=claims["count_id"].map(question_of))
    return {"personnel_counts": counts[_columns("personnel_counts")].reset_index(drop=True),
            "estimates": estimates[_columns("estimates")].sort_values("estimate_id").reset_index(drop=True)}
