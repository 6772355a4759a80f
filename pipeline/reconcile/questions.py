"""Claims grouped into questions: same status and population family, a period that belongs together
(periods.py), places on one path (places.py). Every claim answers exactly one question.

Population families: soldiers and military personnel are the whole contingent, as news use the words
interchangeably; officers (with or without officials) are a part of it and estimated apart, so that
"130 officers remain" is not read as disputing "2,000 remain"; civilian staff and others apart again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from pipeline.reconcile.periods import FLOWS, dated, period_groups, stated_period
from pipeline.reconcile.places import place_groups, place_path

FAMILY = {"military_personnel": "contingent", "soldiers": "contingent", "officers": "officers",
          "officers_and_officials": "officers", "civilian_staff": "civilian_staff", "other": "other"}
FAMILY_POPULATION = {"contingent": "military_personnel", "officers": "officers_and_officials",
                     "civilian_staff": "civilian_staff", "other": "other"}


@dataclass(frozen=True)
class Question:
    status: str
    family: str
    kind: str
    location_id: str | None
    period: tuple[date | None, date | None]
    count_ids: tuple[str, ...]

    def key(self) -> str:
        start, end = self.period
        parts = [self.status, self.family, self.kind, self.location_id or "", str(start or ""), str(end or "")]
        return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _split_by_place(kind: str, members, paths: dict[str, tuple[str, ...]], location_of: dict[str, str | None],
                    status: str, family: str):
    by_key = {c.key: c for c in members}
    for keys in place_groups({c.key: paths[c.key] for c in members}):
        deepest = max(keys, key=lambda k: (len(paths[k]), k))  # the chain's most precise place
        yield Question(status, family, kind, location_of[deepest], stated_period(kind, [by_key[k] for k in keys]),
                       tuple(keys))


def find_questions(work: pd.DataFrame, locations: pd.DataFrame, parent_of: dict[str, str]) -> list[Question]:
    """Questions over `work` (claims with their article's published_date), in a stable order."""
    places = locations.set_index("location_id")
    found: list[Question] = []
    work = work.assign(family=work["population"].map(FAMILY).fillna("other")).sort_values("count_id")
    for (status, family), rows in work.groupby(["status", "family"], sort=True):
        read = rows[["count_id", "period_start", "period_end", "published_date", "location_id"]]  # not every cell boxed
        claims = [dated(r.count_id, r.period_start, r.period_end, r.published_date) for r in read.itertuples()]
        location_of = {r.count_id: (r.location_id if isinstance(r.location_id, str) else None) for r in read.itertuples()}
        path_of = {loc: place_path(loc, places, parent_of) for loc in set(location_of.values())}  # few places
        paths = {key: path_of[loc] for key, loc in location_of.items()}
        for kind, members in period_groups(claims, flow=status in FLOWS):
            found.extend(_split_by_place(kind, members, paths, location_of, status, family))
    return _merged(found)


def _merged(questions: list[Question]) -> list[Question]:
    """Groups that ask the same thing (same status, people, place and stated period) are one question:
    two waves whose claims state the same days are one wave."""
    by_key: dict[str, Question] = {}
    for question in questions:
        same = by_key.get(question.key())
        by_key[question.key()] = question if same is None else replace(
            same, count_ids=tuple(sorted(same.count_ids + question.count_ids)))
    return list(by_key.values())


def estimate_ids(questions: list[Question]) -> dict[Question, str]:
    """A stable id per question: a hash of what it asks, made unique by its first claim if ever needed."""
    ids: dict[Question, str] = {}
    taken: set[str] = set()
    for question in questions:
        key = question.key()
        if key in taken:
            key = hashlib.sha256((key + min(question.count_ids)).encode("utf-8")).hexdigest()[:16]
        taken.add(key)
        ids[question] = key
    return ids
