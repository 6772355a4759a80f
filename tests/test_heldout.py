"""Held-out articles (our own words, other outlets' styles) scored against hand annotations.

The six articles in `fixtures/heldout/` were written for this test in the styles of a wire story (Reuters,
AP), a Kurdish outlet (Rudaw), a short Shafaq News item, an Al-Monitor analysis with multi-paragraph quotes
and a think-tank situation update. Their annotations in `fixtures/heldout_gold/` follow
`shared/acceptance/FORMAT.md`. This is the check that the rules carry over to wording the seeds do not use.

The matching is done here by a small helper that follows the acceptance scorer's rules (anchor contained in
the evidence + same value for counts; anchor in quote or evidence for statements; folded names for places
and persons; `required: false` readings are neither misses nor false positives). When the acceptance
scorer is present beside the project, its summary is checked too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from tests.scoring import acceptance_score, extract_release, summary_of

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "heldout"
GOLD = HERE / "fixtures" / "heldout_gold"

# Floors: the levels FORMAT/brief call acceptable. Raise them to just below the achieved numbers once the
# rule fixes listed in the held-out report have landed (achieved before fixes: counts f1 0.88,
# statements f1 0.89, locations f1 0.99, persons recall 0.91).
FLOORS = {"counts": 0.95, "statements": 0.95, "locations": 0.95}
PERSONS_RECALL_FLOOR = 0.95

_QUOTES = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "ʼ": "'", "`": "'"}


def norm(s) -> str:
    s = "" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s)
    for a, b in _QUOTES.items():
        s = s.replace(a, b)
    return " ".join(s.split())


def fold(name) -> str:
    if not isinstance(name, str) or not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’‘`ʼ]", "", s)
    s = re.sub(r"[-_/.,()]", " ", s)
    return " ".join(t for t in s.split() if t not in ("al", "el", "the"))


def names(row) -> set[str]:
    out = {fold(row["name"])} | {fold(a) for a in (row["aliases"] if row["aliases"] is not None else [])}
    return {n for n in out if n}


class Tally:
    def __init__(self):
        self.gold = self.found = self.pred = self.ok = 0

    @property
    def recall(self):
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self):
        return self.ok / self.pred if self.pred else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _num(v):
    return None if v is None or pd.isna(v) else int(v)


def assert_own_floors(tables: dict[str, pd.DataFrame], articles: pd.DataFrame, gold: Path,
                      floors: dict[str, float]) -> None:
    """This module's own scoring of a fixture set: counts, statements and places by F1, persons by recall."""
    found, misses = score(tables, articles, gold)
    for key in ("counts", "statements", "locations"):
        assert found[key].f1 >= floors[key], (key, found[key].f1, misses)
    assert found["persons"].recall >= floors["persons"], misses


def score(tables: dict[str, pd.DataFrame], articles: pd.DataFrame, gold: Path = GOLD) -> tuple[dict[str, Tally], list[str]]:
    by_file = dict(zip(articles["source_file"].map(lambda s: Path(s).name), articles["article_id"]))
    locs = {r["location_id"]: r for r in tables["locations"].to_dict("records")}
    ents = {r["entity_id"]: r for r in tables["entities"].to_dict("records")}
    T = {k: Tally() for k in ("counts", "statements", "locations", "persons")}
    misses: list[str] = []
    for gf in sorted(gold.glob("*.json")):
        g = json.loads(gf.read_text())
        aid = by_file.get(g["file"])
        assert aid is not None, f"{g['file']} missing from the articles table"
        # counts
        pcs = tables["personnel_counts"][tables["personnel_counts"].article_id == aid].to_dict("records")
        used: set[int] = set()
        for gc in g["counts"]:
            anchor = norm(gc["anchor"])
            key = "value_best" if gc["value_best"] is not None else "value_low"
            hit = next((i for i, pc in enumerate(pcs) if i not in used and anchor in norm(pc["evidence"])
                        and _num(pc[key]) == gc[key]), None)
            if gc["required"]:
                T["counts"].gold += 1
                T["counts"].found += hit is not None
                if hit is None:
                    misses.append(f"{g['file']}: count {gc['count_text']!r} in {gc['anchor']!r}")
            if hit is not None:
                used.add(hit)
        optional = {norm(gc["anchor"]) for gc in g["counts"] if not gc["required"]}
        extra = [i for i, pc in enumerate(pcs) if i not in used and not any(a in norm(pc["evidence"]) for a in optional)]
        T["counts"].pred += len(used) + len(extra)
        T["counts"].ok += len(used)
        misses += [f"{g['file']}: extra count {pcs[i]['count_text']!r} in {norm(pcs[i]['evidence'])[:80]!r}" for i in extra]
        # statements
        sts = tables["statements"][tables["statements"].article_id == aid].to_dict("records")
        texts = [norm(s["quote"]) + " || " + norm(s["evidence"]) for s in sts]
        used = set()
        for gs in g["statements"]:
            hit = next((i for i, t in enumerate(texts) if norm(gs["anchor"]) in t), None)
            if gs["required"]:
                T["statements"].gold += 1
                T["statements"].found += hit is not None
                if hit is None:
                    misses.append(f"{g['file']}: statement {gs['anchor']!r}")
            if hit is not None:
                used.add(hit)
        anchors = [norm(x["anchor"]) for x in g["statements"]]
        loose = [i for i, t in enumerate(texts) if i not in used and not any(a in t for a in anchors)]
        T["statements"].pred += len(used) + len(loose)
        T["statements"].ok += len(used)
        misses += [f"{g['file']}: extra statement {sts[i]['quote'][:80]!r}" for i in loose]
        # locations
        lm = tables["location_mentions"]
        got = [names(locs[lid]) for lid in sorted(set(lm[lm.article_id == aid].location_id)) if lid in locs]
        allowed = {fold(x) for x in g["locations"] + g.get("locations_optional", [])}
        for gl in g["locations"]:
            T["locations"].gold += 1
            if any(fold(gl) in n for n in got):
                T["locations"].found += 1
            else:
                misses.append(f"{g['file']}: location {gl}")
        T["locations"].pred += len(got)
        T["locations"].ok += sum(bool(n & allowed) for n in got)
        # persons (recall only is floored)
        em = tables["entity_mentions"]
        cands = [ents[e] for e in set(em[em.article_id == aid].entity_id) if ents.get(e, {}).get("entity_type") == "person"]
        for gp in g["persons"]:
            want = {fold(gp["name"])} | {fold(a) for a in gp["aliases"]}
            T["persons"].gold += 1
            if any(names(c) & want for c in cands):
                T["persons"].found += 1
            else:
                misses.append(f"{g['file']}: person {gp['name']}")
    return T, misses


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[Path, dict[str, pd.DataFrame], pd.DataFrame]:
    return extract_release(ARTICLES, GOLD, tmp_path_factory.mktemp("heldout_release"))


def test_gold_anchors_are_in_the_articles():
    for gf in sorted(GOLD.glob("*.json")):
        g = json.loads(gf.read_text())
        text = (ARTICLES / g["file"]).read_text()
        for item in g["counts"] + g["statements"]:
            assert item["anchor"] in text, (g["file"], item["anchor"])


def test_heldout_scores_meet_floors(release):
    _, tables, articles = release
    T, misses = score(tables, articles)
    report = "\n".join(misses)
    summary = {k: round(t.f1, 2) for k, t in T.items()} | {"persons_recall": round(T["persons"].recall, 2)}
    for k, floor in FLOORS.items():
        assert T[k].f1 >= floor, f"{k} f1 {T[k].f1:.2f} < {floor}; {summary}\n{report}"
    assert T["persons"].recall >= PERSONS_RECALL_FLOOR, f"persons recall {T['persons'].recall:.2f}; {summary}\n{report}"


def test_acceptance_scorer_agrees(release):
    out, tables, articles = release
    lines = acceptance_score(out, GOLD)
    got = summary_of(lines)
    for k, floor in FLOORS.items():
        assert got[k] >= floor, lines
    mine, _ = score(tables, articles)
    for k in FLOORS:
        assert abs(mine[k].f1 - float(got[k])) <= 0.02, (k, mine[k].f1, got[k])
