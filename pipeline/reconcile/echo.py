"""The echo rule: an unattributed repeat of a specific figure is the source it repeats, not a new one.

"2,493" is a fingerprint: an article that states it without saying who counted, in the same question as
an article quoting Iraqi security officials for it, is repeating those officials. Only exact figures
that are not round (not a multiple of `ROUND`) echo: two outlets' own "2,000" may well be two guesses.
The repeated source is the earliest attributed claim of that figure (publication, article, offset).
"""

from __future__ import annotations

import pandas as pd

from pipeline.reconcile.origins import ATTRIBUTED

ROUND = 100


def _specific(rows: pd.DataFrame) -> pd.Series:
    best = pd.to_numeric(rows["value_best"], errors="coerce")
    return (rows["qualifier"] == "exact") & best.notna() & (best % ROUND != 0)


def apply_echoes(work: pd.DataFrame, question_of: dict[str, str]) -> pd.DataFrame:
    """`work` with origin and origin_name of each echoing claim replaced by the source it repeats."""
    work = work.assign(question=work["count_id"].map(question_of))
    attributed = work["origin"].str.startswith(ATTRIBUTED)
    specific = _specific(work)
    sources = (work[attributed & specific]
               .sort_values(["published_date", "article_id", "char_start"], na_position="last", kind="mergesort")
               .drop_duplicates(["question", "value_best"]))
    repeated = {(q, v): (o, n) for q, v, o, n in zip(sources["question"], sources["value_best"], sources["origin"],
                                                        sources["origin_name"])}
    echoes = work[~attributed & specific]
    found = [(index, repeated[key]) for index, key in zip(echoes.index, zip(echoes["question"], echoes["value_best"]))
             if key in repeated]
    if found:  # one assignment for all of them: row by row took seconds on a large corpus
        work.loc[[index for index, _ in found], ["origin", "origin_name"]] = [list(pair) for _, pair in found]
    return work.drop(columns="question")
