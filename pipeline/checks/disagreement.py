"""The `figures_agree` warning: figures for the same status and month that lie far apart.

Not an error — sources do disagree and the dataset keeps both — but worth a human look,
so each side is told the way an analyst reads it: the figure, outlet, place, period and
who said it. The pure functions take DataFrames (testable without Dagster).
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
from dagster import AssetCheckResult, AssetCheckSeverity, MetadataValue

from pipeline.checks.schema import SAMPLE_SIZE

DISAGREEMENT_RATIO = 2.0  # non-overlapping figures closer than this are ordinary reporting noise
LISTED = 50  # pairs written out in the UI; the count covers them all


def _bounds(counts: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Each figure as an interval; an open side ('more than 200') extends to 0 or infinity."""
    best, low, high = (pd.to_numeric(counts[c], errors="coerce").astype(float)
                       for c in ("value_best", "value_low", "value_high"))
    return low.fillna(best).fillna(0.0), high.fillna(best).fillna(np.inf)


def disagreement_failures(counts: pd.DataFrame) -> list[dict]:
    """Pairs of figures for the same status and month whose intervals are apart by more than 2x."""
    start = pd.to_datetime(counts["period_start"], errors="coerce")
    end = pd.to_datetime(counts["period_end"], errors="coerce")
    start, end = start.fillna(end), end.fillna(start)
    dated = counts.assign(month=(start + (end - start) / 2).dt.strftime("%Y-%m"))
    dated["lo"], dated["hi"] = _bounds(dated)
    dated = dated[dated["month"].notna() & (dated["status"] != "other")].sort_values("count_id")
    failures = []
    for (status, month), group in dated.groupby(["status", "month"], sort=True):
        for first, second in combinations(group.to_dict("records"), 2):
            lower, upper = (first, second) if first["hi"] < second["lo"] else (second, first)
            if lower["hi"] < upper["lo"] and upper["lo"] > DISAGREEMENT_RATIO * lower["hi"]:
                failures.append({
                    "status": status, "month": month,
                    "low_figure": {"count_id": lower["count_id"], "article_id": lower["article_id"],
                                   "text": lower["count_text"], "at_most": float(lower["hi"])},
                    "high_figure": {"count_id": upper["count_id"], "article_id": upper["article_id"],
                                    "text": upper["count_text"], "at_least": float(upper["lo"])},
                })
    return failures


def _text(value) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _day(value) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


class Sides:
    """Outlet, place, period and speaker of a figure, from lookups built once per check."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        self.counts = tables["personnel_counts"].set_index("count_id")
        self.articles = tables["articles"].set_index("article_id")
        self.places = tables["locations"].set_index("location_id")["name"]
        self.statements = tables["statements"].set_index("statement_id")

    def _field(self, frame: pd.DataFrame, key, column: str) -> str | None:
        return _text(frame[column].get(key)) if key is not None and column in frame else None

    def of(self, count_id: str) -> dict:
        row = self.counts.loc[count_id]
        start, end = _day(row["period_start"]), _day(row["period_end"])
        statement = _text(row["statement_id"])
        return {
            "outlet": self._field(self.articles, row["article_id"], "outlet"),
            "published": self._field(self.articles, row["article_id"], "published_date"),
            "place": _text(self.places.get(row["location_id"])) or _text(row["location_text"]),
            "period": (start if start == end else f"{start or '…'}..{end or '…'}") if start or end
            else _text(row["period_text"]),
            "speaker": self._field(self.statements, statement, "speaker_name")
            or self._field(self.statements, statement, "speaker_text") or _text(row["attributed_to"]),
        }


def _side(label: str, figure: dict, bound: str) -> str:
    where = ", ".join(f"{k} {figure[k]}" for k in ("place", "period") if figure.get(k)) or "place and period not given"
    said = f"said by {figure['speaker']}" if figure.get("speaker") else "no speaker given"
    source = f"{figure.get('outlet') or 'unknown outlet'}" + (f" ({figure['published']})" if figure.get("published") else "")
    return f"  - {label}: **{figure['text']}** ({bound}) — {source}; {where}; {said}"


def disagreement_markdown(failures: list[dict], shown: int = LISTED) -> str:
    if not failures:
        return "No two figures for the same status and month lie more than 2x apart."
    lines = [f"**Warning, not an error:** {len(failures)} pair(s) of figures disagree. Both stay in the data; "
             "read the two sources before using either figure.", ""]
    for pair in failures[:shown]:
        low, high = pair["low_figure"], pair["high_figure"]
        lines += [f"- **{pair['status']}, {pair['month']}**",
                  _side("lower", low, f"at most {low['at_most']:g}"),
                  _side("higher", high, f"at least {high['at_least']:g}")]
    if len(failures) > shown:
        lines.append(f"- … and {len(failures) - shown} more pair(s) (`failure_sample` has the first {SAMPLE_SIZE})")
    return "\n".join(lines)


def disagreement_result(tables: dict[str, pd.DataFrame]) -> AssetCheckResult:
    failures = disagreement_failures(tables["personnel_counts"])
    sides = Sides(tables)
    for pair in failures[:max(LISTED, SAMPLE_SIZE)]:  # only what is shown: a big corpus has many pairs
        for side in ("low_figure", "high_figure"):
            pair[side].update(sides.of(pair[side]["count_id"]))
    description = (f"Warning: {len(failures)} pair(s) of figures for the same status and month lie more than "
                   "2x apart; sources disagree, both are kept (see `disagreements`)." if failures else
                   "Figures for the same status and month agree within 2x.")
    return AssetCheckResult(
        passed=not failures, asset_key="personnel_counts", check_name="figures_agree",
        severity=AssetCheckSeverity.WARN, description=description,
        metadata={"failure_count": MetadataValue.int(len(failures)),
                  "disagreements": MetadataValue.md(disagreement_markdown(failures)),
                  "failure_sample": MetadataValue.json(failures[:SAMPLE_SIZE])})
