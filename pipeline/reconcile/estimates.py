"""One estimate per question (codebook §7.3): what its independent sources commit to, and whether they agree.

* `value_low` / `value_high`: the lowest and highest figure any claim commits to (figures.py: 'more than
  2,000' commits to 2,001, 'nearly 3,000' to 3,000). Vague amounts ('thousands') set them only when no
  claim gives a number.
* `value_best`: each source's best figure (its latest claim that has one), then the lower median of the
  attributed sources' figures (someone was quoted: officials first), else of every source's; null when
  no source gives a number. `method` says which.
* `agreement`: 'single' with one source; 'consistent' when every two sources' figures overlap within 5%
  (each source's figures together); 'disputed' otherwise.
* Partial counts: a figure below a quarter of the median figure (the first group, the wounded) counts a
  part of the people; it stays a claim of the estimate but sets neither bound, best figure nor dispute.
"""

from __future__ import annotations

import pandas as pd

from pipeline.reconcile.figures import bands_agree, commitment, lower_median
from pipeline.reconcile.origins import ATTRIBUTED
from pipeline.reconcile.questions import FAMILY_POPULATION, Question

LATEST_FIRST = ["published_date", "article_id", "char_start"]
# A figure below this share of the median figure counts a part of the people (the first group, the
# wounded, "45 of those who crossed"), not all of them: kept as a claim, it sets no bound and no dispute.
PARTIAL_SHARE = 0.25


def _whole(commits: dict[str, object]) -> dict[str, object]:
    """The claims that count all the people the question asks about (partial counts left out)."""
    numbers = sorted(c.best if c.best is not None else c.low for c in commits.values() if c.low is not None)
    if not numbers:
        return commits
    floor = PARTIAL_SHARE * numbers[(len(numbers) - 1) // 2]
    return {k: c for k, c in commits.items() if c.high is None or c.high >= floor}


def _bounds(commits) -> tuple[int | None, int | None]:
    stated = [c for c in commits if c.low is not None]
    numeric = [c for c in stated if not c.vague] or stated  # vague amounts only when nothing else
    if not numeric:
        return None, None
    return min(c.low for c in numeric), max(c.high for c in numeric)


def _best(rows: pd.DataFrame, commits: dict[str, object]) -> tuple[int | None, str]:
    latest = rows.sort_values(LATEST_FIRST, ascending=False, na_position="last", kind="mergesort")
    per_source: dict[str, int] = {}
    for claim in latest[["count_id", "origin"]].itertuples():  # the columns read (boxing every cell cost most)
        best = commits[claim.count_id].best if claim.count_id in commits else None
        if best is not None and claim.origin not in per_source:
            per_source[claim.origin] = best
    attributed = [v for origin, v in sorted(per_source.items()) if origin.startswith(ATTRIBUTED)]
    if attributed:
        return lower_median(attributed), "median_attributed"
    if per_source:
        return lower_median(list(per_source.values())), "median_all"
    return None, "no_number"


def _agreement(rows: pd.DataFrame, commits: dict[str, object]) -> str:
    if rows["origin"].nunique() == 1:
        return "single"
    hulls = []
    for _origin, claims in rows.groupby("origin", sort=True):
        bands = [commits[k].band for k in claims["count_id"] if k in commits and commits[k].band is not None]
        if bands:
            hulls.append((min(b[0] for b in bands), max(b[1] for b in bands)))
    return "consistent" if bands_agree(hulls) else "disputed"


def estimate_row(estimate_id: str, question: Question, rows: pd.DataFrame) -> dict:
    figures = rows[["count_id", "qualifier", "value_best", "value_low", "value_high"]]  # the columns read
    commits = {r.count_id: commitment(r.qualifier, r.value_best, r.value_low, r.value_high) for r in figures.itertuples()}
    whole = _whole(commits)
    low, high = _bounds(whole.values())
    best, method = _best(rows, whole)
    populations = sorted(rows["population"].unique())
    published = rows["published_date"].dropna()
    outlets = rows["outlet"].where(rows["outlet"].notna(), "story:" + rows["story_id"])
    return {
        "estimate_id": estimate_id, "status": question.status,
        "population": populations[0] if len(populations) == 1 else FAMILY_POPULATION[question.family],
        "location_id": question.location_id, "period_kind": question.kind,
        "period_start": question.period[0], "period_end": question.period[1],
        "value_best": best, "value_low": low, "value_high": high,
        "n_claims": len(rows), "n_sources": rows["origin"].nunique(), "n_outlets": outlets.nunique(),
        "agreement": _agreement(rows, whole),
        "first_reported": published.min() if len(published) else None,
        "last_reported": published.max() if len(published) else None,
        "method": method,
    }
