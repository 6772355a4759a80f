"""A set written and annotated blind to the rules (`fixtures/fresh*`, FORMAT.md): five articles on the
Syrian soldiers in Iraq in other outlets' styles and five on other caseloads (Afghan soldiers into Iran,
Malian into Mauritania, Congolese into Rwanda and Uganda, Sudanese into South Sudan, Russian deserters).

It measures what an analyst gets on articles the rules were not written for. The floors guard today's
level; the figure-meaning issue's targets, not yet met on this set, are an xfail that turns into a
failure the day they are (strict), so the floor can be raised. (Population fell from 68 of 90 right to 68 of 91
when "said that at least two have already left Iraq" was found, its people annotated as officers.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring import acceptance_score, extract_release, field_share, summary_of

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "fresh"
GOLD = HERE / "fixtures" / "fresh_gold"
FLOORS = {"counts": 0.90, "statements": 0.90, "locations": 0.85, "persons": 0.90, "organizations": 0.80}
FIELD_FLOORS = {"status": 0.80, "location": 0.50, "period": 0.78, "population": 0.74}
TARGETS = {"status": 0.90, "location": 0.85, "period": 0.85, "population": 0.90}


@pytest.fixture(scope="module")
def lines(tmp_path_factory):
    out, _, _ = extract_release(ARTICLES, GOLD, tmp_path_factory.mktemp("fresh"))
    return acceptance_score(out, GOLD)


def test_a_blind_set_stays_at_its_measured_level(lines):
    got = summary_of(lines)
    assert all(got[key] >= floor for key, floor in FLOORS.items()), (got, lines[-12:])
    shares = {field: field_share(lines, field) for field in FIELD_FLOORS}
    assert all(shares[field] >= floor for field, floor in FIELD_FLOORS.items()), shares


@pytest.mark.xfail(strict=True, reason="figure meaning on unseen articles is below the issue's targets "
                                       "(status 0.78, place 0.50, period 0.77, population 0.82 when written)")
def test_figure_meaning_reaches_the_issue_targets_on_a_blind_set(lines):
    assert all(field_share(lines, field) >= target for field, target in TARGETS.items())
    assert summary_of(lines)["counts"] >= 0.95
