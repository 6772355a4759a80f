"""Personnel counts: a prediction matches an annotated count when its evidence holds the anchor
and its value_best (value_low for vague figures) equals the annotated one; each prediction once."""

from __future__ import annotations

from pipeline.evaluate.matching import fold, names_of, norm_text, periods_overlap
from pipeline.evaluate.tally import Tally


def _key_value(gold: dict, pred: dict):
    field = "value_best" if gold["value_best"] is not None else "value_low"
    return gold[field], pred.get(field)


def _match(gold: dict, preds: list[dict], used: set[int]) -> int | None:
    anchor = norm_text(gold["anchor"])
    for index, pred in enumerate(preds):
        if index in used or anchor not in norm_text(pred.get("evidence")):
            continue
        want, got = _key_value(gold, pred)
        if got is not None and int(got) == int(want):
            return index
    return None


def _same_bound(gold: dict, pred: dict, name: str) -> bool:
    if gold[name] is None or pred.get(name) is None:
        return gold[name] is None and pred.get(name) is None
    return int(pred[name]) == int(gold[name])


def _fields(tally: Tally, gold: dict, pred: dict, locations: dict) -> None:
    tally.field("qualifier", pred.get("qualifier") == gold["qualifier"])
    tally.field("bounds", all(_same_bound(gold, pred, name) for name in ("value_low", "value_high")))
    tally.field("population", pred.get("population") == gold["population"])
    tally.field("status", pred.get("status") == gold["status"])
    if gold.get("location"):
        place = locations.get(pred.get("location_id"))
        tally.field("location", bool(place) and fold(gold["location"]) in names_of(place))
    if gold.get("period_start") or gold.get("period_end"):
        tally.field("period", periods_overlap(gold, pred))


def score_counts(tally: Tally, annotation: dict, preds: list[dict], locations: dict, misses: list[str]) -> None:
    used: set[int] = set()
    for gold in annotation["counts"]:
        required = gold.get("required", True)
        hit = _match(gold, preds, used)
        tally.gold += int(required)
        if hit is None:
            if required:
                misses.append(f"{annotation['file']}: count missed: {gold['count_text']!r} in {gold['anchor']!r}")
            continue
        used.add(hit)
        tally.found += int(required)
        _fields(tally, gold, preds[hit], locations)
    # An unmatched prediction is a false positive, unless it sits on an optional reading's anchor.
    optional = [norm_text(gold["anchor"]) for gold in annotation["counts"] if not gold.get("required", True)]
    on_optional = {index for index, pred in enumerate(preds) if index not in used
                   and any(anchor in norm_text(pred.get("evidence")) for anchor in optional)}
    tally.pred += len(preds) - len(on_optional)
    tally.pred_ok += len(used)
