"""Statements (anchor in quote or evidence; speaker and is_direct), places, persons and organisations."""

from __future__ import annotations

from pipeline.evaluate.matching import fold, names_of, norm_text
from pipeline.evaluate.tally import Tally


def _speaker_right(gold: dict, pred: dict, persons: list[dict]) -> bool:
    if not gold["speaker"]:  # unnamed in the article: a name would be invented
        return not pred.get("speaker_name") or pred.get("speaker_kind") in ("anonymous", "organization")
    want = {fold(gold["speaker"])}
    for person in persons:
        if fold(person["name"]) == fold(gold["speaker"]):
            want |= {fold(alias) for alias in person.get("aliases", [])}
    return fold(pred.get("speaker_name")) in want


def score_statements(tally: Tally, annotation: dict, preds: list[dict], misses: list[str]) -> None:
    texts = [(norm_text(p.get("quote")), norm_text(p.get("evidence"))) for p in preds]
    used: set[int] = set()
    for gold in annotation["statements"]:
        anchor, required = norm_text(gold["anchor"]), gold.get("required", True)
        # Unlike counts, the first containing prediction matches even if an earlier annotation took it.
        hit = next((i for i, (quote, evidence) in enumerate(texts) if anchor in quote or anchor in evidence), None)
        tally.gold += int(required)
        if hit is None:
            if required:
                misses.append(f"{annotation['file']}: statement missed: {gold['anchor']!r}")
            continue
        tally.found += int(required)
        used.add(hit)
        tally.field("speaker", _speaker_right(gold, preds[hit], annotation.get("persons", [])))
        tally.field("is_direct", bool(preds[hit].get("is_direct")) == gold["is_direct"])
    anchors = [norm_text(gold["anchor"]) for gold in annotation["statements"]]
    on_anchor = {i for i, (quote, evidence) in enumerate(texts) if i not in used
                 and any(anchor in f"{quote} {evidence}" for anchor in anchors)}
    tally.pred += len(preds) - len(on_anchor)
    tally.pred_ok += len(used)


def score_locations(tally: Tally, annotation: dict, places: list[dict], misses: list[str]) -> None:
    found = [names_of(place) for place in {id(place): place for place in places}.values()]
    for name in annotation.get("locations", []):
        tally.gold += 1
        if any(fold(name) in names for names in found):
            tally.found += 1
        else:
            misses.append(f"{annotation['file']}: location missed: {name}")
    acceptable = {fold(x) for x in annotation.get("locations", []) + annotation.get("locations_optional", [])}
    tally.pred += len(found)
    tally.pred_ok += sum(1 for names in found if names & acceptable)


def score_entities(tally: Tally, annotation: dict, key: str, candidates: list[dict], misses: list[str]) -> None:
    """key: "persons" or "organizations"; a gold entity found twice is counted as split."""
    accepted: set[str] = set()
    for gold in annotation.get(key, []):
        want = {fold(gold["name"])} | {fold(alias) for alias in gold.get("aliases", [])}
        accepted |= want
        hits = [entity for entity in candidates if names_of(entity) & want]
        tally.gold += 1
        if hits:
            tally.found += 1
            tally.field("not_split", len(hits) == 1)
        else:
            misses.append(f"{annotation['file']}: {key.rstrip('s')} missed: {gold['name']}")
    tally.pred += len(candidates)
    tally.pred_ok += sum(1 for entity in candidates if names_of(entity) & accepted)
