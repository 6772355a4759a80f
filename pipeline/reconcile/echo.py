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
    repeated = sources.set_index(["question", "value_best"])[["origin", "origin_name"]]
    echoes = work.index[~attributed & specific]
    for index in echoes:
        key = (work.at[index, "question"], work.at[index, "value_best"])
        if key in repeated.index:
            work.loc[index, ["origin", "origin_name"]] = repeated.loc[key].to_list()
    return work.drop(columns="question")
