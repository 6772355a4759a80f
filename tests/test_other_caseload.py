"""Articles about other caseloads (Myanmar forces into Bangladesh and India, Afghan forces into Uzbekistan
and Tajikistan, Sudanese soldiers into Chad), read with no topic pack of their own: the generic rules and
the worldwide gazetteer must carry them. Written and annotated for this test (`fixtures/other_caseload*`,
FORMAT.md); the floors are the issue's: places 0.80, organisations 0.60, persons 0.85, counts 0.88,
statements 0.90, and the place of matched figures right in 70%.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring import acceptance_score, below_floors, extract_release, field_share
from tests.test_heldout import assert_own_floors

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "other_caseload"
GOLD = HERE / "fixtures" / "other_caseload_gold"
FLOORS = {"counts": 0.88, "statements": 0.90, "locations": 0.80, "persons": 0.85, "organizations": 0.60}
PLACE_OF_FIGURES = 0.70


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    return extract_release(ARTICLES, GOLD, tmp_path_factory.mktemp("other_caseload"))


def test_generic_rules_carry_another_caseload(release):
    _, tables, articles = release
    assert_own_floors(tables, articles, GOLD, FLOORS)


def test_acceptance_scorer_on_another_caseload(release):
    lines = acceptance_score(release[0], GOLD)
    assert not below_floors(lines, FLOORS), lines
    assert field_share(lines, "location") >= PLACE_OF_FIGURES, lines[-6:]
