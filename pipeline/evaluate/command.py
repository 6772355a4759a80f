"""Score every annotated article of GOLD_DIR against the release in OUT, and print the figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.evaluate.counts import score_counts
from pipeline.evaluate.mentions import score_entities, score_locations, score_statements
from pipeline.evaluate.release_tables import read_tables, resolve_release
from pipeline.evaluate.tally import Tally

KINDS = ("counts", "statements", "locations", "persons", "organizations")
MISSES_SHOWN = 40


def _of_article(rows: list[dict], article_id) -> list[dict]:
    return [row for row in rows if row.get("article_id") == article_id]


def evaluate(release: Path, gold_dir: Path) -> tuple[dict[str, Tally], list[str]]:
    tables = read_tables(release)
    by_file = {Path(str(a.get("source_file") or "")).name: a["article_id"] for a in tables["articles"]}
    locations = {row["location_id"]: row for row in tables["locations"]}
    entities = {row["entity_id"]: row for row in tables["entities"]}
    tallies, misses = {kind: Tally() for kind in KINDS}, []
    for path in sorted(gold_dir.glob("*.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        article_id = by_file.get(annotation["file"])
        if article_id is None:
            misses.append(f"{annotation['file']}: article missing from the release")
        score_counts(tallies["counts"], annotation, _of_article(tables["personnel_counts"], article_id),
                     locations, misses)
        score_statements(tallies["statements"], annotation, _of_article(tables["statements"], article_id), misses)
        places = [locations[m["location_id"]] for m in _of_article(tables["location_mentions"], article_id)
                  if m.get("location_id") in locations]
        score_locations(tallies["locations"], annotation, places, misses)
        mentioned = {m["entity_id"] for m in _of_article(tables["entity_mentions"], article_id)}
        for kind, key in (("person", "persons"), ("organization", "organizations")):
            candidates = [entities[e] for e in sorted(mentioned) if e in entities and entities[e]["entity_type"] == kind]
            score_entities(tallies[key], annotation, key, candidates, misses)
    return tallies, misses


def report(tallies: dict[str, Tally], misses: list[str], as_json: bool = False) -> list[str]:
    lines = [f"miss: {line}" for line in misses[:MISSES_SHOWN]]
    if len(misses) > MISSES_SHOWN:
        lines.append(f"miss: ... {len(misses) - MISSES_SHOWN} more")
    lines += [tally.line(kind) for kind, tally in tallies.items()]
    if as_json:
        lines.append(json.dumps({kind: tally.as_dict() for kind, tally in tallies.items()}))
    lines.append("summary f1: " + " ".join(f"{kind}={round(t.f1(), 3):.2f}" for kind, t in tallies.items()))
    return lines


def evaluate_command(out: Path, gold_dir: Path, as_json: bool = False) -> int:
    try:
        release = resolve_release(out)
    except FileNotFoundError as err:
        print(f"evaluate: {err}", file=sys.stderr)
        return 2
    if not any(gold_dir.glob("*.json")):
        print(f"evaluate: no annotation files (*.json) in {gold_dir}", file=sys.stderr)
        return 2
    print(f"release {release}, annotations {gold_dir}")
    tallies, misses = evaluate(release, gold_dir)
    print("\n".join(report(tallies, misses, as_json)))
    return 0
