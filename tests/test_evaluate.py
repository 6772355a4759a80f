"""`python -m pipeline evaluate`: scores a build against hand annotations like the acceptance scorer."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate.command import evaluate
from pipeline.evaluate.matching import fold, periods_overlap
from pipeline.publish.release import publish_release
from tests.conftest import build
from tests.scoring import SCORER  # beside the project, not shipped with it

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

HERE = Path(__file__).resolve().parent

SEED_GOLD = HERE.parents[1] / "shared" / "acceptance" / "seeds"


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "evaluate", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _annotation(**over) -> dict:
    gold = {"file": "a.txt", "counts": [{
        "anchor": "more than 2,000 soldiers", "count_text": "more than 2,000", "value_best": 2000,
        "value_low": 2001, "value_high": None, "qualifier": "more_than", "population": "soldiers",
        "status": "returned", "location": "Al Qaim", "period_start": "2024-12-01", "period_end": "2024-12-31"}],
        "statements": [{"anchor": "crossed at Al-Qaim", "speaker": None, "is_direct": True}],
        "locations": ["al-Qa’im", "Baghdad"], "persons": [],
        "organizations": [{"name": "Iraqi government", "aliases": []}]}
    return {**gold, **over}


def test_fold_and_period_rules():
    assert fold("Al-Qā’im") == fold("qaim") == "qaim"
    assert periods_overlap({"period_start": "2024-12-01", "period_end": None}, {"period_end": "2025-01-02"})
    assert not periods_overlap({"period_start": "2024-12-01"}, {"period_start": None, "period_end": None})


def test_scores_a_hand_made_annotation(tables, tmp_path):
    release = publish_release(tmp_path / "releases", tables).folder
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps(_annotation()))
    tallies, misses = evaluate(release, gold)
    counts = tallies["counts"]
    assert (counts.found, counts.gold, counts.pred_ok, counts.pred) == (1, 1, 1, 1)
    assert counts.fields == {"qualifier": [1, 1], "bounds": [1, 1], "population": [1, 1], "status": [0, 1],
                             "location": [1, 1], "period": [1, 1]}
    assert tallies["statements"].found == 1 and tallies["statements"].fields["speaker"] == [1, 1]
    assert (tallies["locations"].found, tallies["locations"].gold) == (1, 2)
    assert misses == ["a.txt: location missed: Baghdad"]
    assert tallies["organizations"].f1() == 1.0


def test_a_wrong_value_is_a_miss_and_a_false_positive(tables, tmp_path):
    release = publish_release(tmp_path / "releases", tables).folder
    gold = tmp_path / "gold"
    gold.mkdir()
    annotation = _annotation()
    annotation["counts"][0]["value_best"] = 3000
    (gold / "a.json").write_text(json.dumps(annotation))
    counts = evaluate(release, gold)[0]["counts"]
    assert (counts.found, counts.pred_ok, counts.pred) == (0, 0, 1) and counts.f1() == 0.0


def test_cli_refuses_an_empty_gold_folder(tmp_path, seed_build):
    proc = _cli(seed_build[0], tmp_path)
    assert proc.returncode == 2 and "no annotation files" in proc.stderr


@pytest.mark.skipif(not SCORER.is_file(), reason=f"acceptance scorer not found at {SCORER}")
@pytest.mark.parametrize("case", ["seeds", "heldout"])
def test_prints_the_same_figures_as_the_acceptance_scorer(case, seed_build, tmp_path):
    if case == "seeds":
        out, gold = seed_build[0], SEED_GOLD
    else:
        out, gold = tmp_path, HERE / "fixtures" / "heldout_gold"
        assert build(out, HERE / "fixtures" / "heldout").success
    ours = _cli(out, gold)
    assert ours.returncode == 0, ours.stderr
    theirs = subprocess.run([sys.executable, str(SCORER), str(out), str(gold)],
                            capture_output=True, text=True, timeout=120)
    assert theirs.returncode == 0, theirs.stderr
    assert ours.stdout.splitlines()[1:] == theirs.stdout.splitlines()
    assert ours.stdout.splitlines()[-1].startswith("summary f1: counts=")
