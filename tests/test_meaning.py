"""Articles written for issue #12 in other outlets' styles (`fixtures/meaning*`): each tests a reading of
what a figure means — a date carried from the sentence before, a named event of the caseload, a stock
figure on the publication day, a relocation's destination, a handover placed at its crossing. The floors
are the issue's: counts F1 0.95; of matched figures status 90%, place 85%, period 85%, population 90%.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring import acceptance_score, extract_release, field_share, summary_of

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "meaning"
GOLD = HERE / "fixtures" / "meaning_gold"
FIELD_FLOORS = {"status": 0.90, "location": 0.85, "period": 0.85, "population": 0.90}
F1_FLOORS = {"counts": 0.95, "statements": 0.90}


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> list[str]:
    out, _, _ = extract_release(ARTICLES, GOLD, tmp_path_factory.mktemp("meaning"))
    return acceptance_score(out, GOLD)


def test_figures_mean_what_a_reader_reads(scored):
    for field, floor in FIELD_FLOORS.items():
        assert field_share(scored, field) >= floor, (field, scored[-6:])


def test_figures_and_statements_are_found(scored):
    got = summary_of(scored)
    for key, floor in F1_FLOORS.items():
        assert got[key] >= floor, scored
