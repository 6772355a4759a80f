"""The reconcile stage's checks: one estimate per figure, ordered values, and the disputes warning, which
is built from the `disputes` view and names outlets, places, periods and origins."""

import pandas as pd

from pipeline.reconcile.checks import bounds_failures, membership_failures, reconcile_results


def _disputed(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The sample's estimate with a second, far lower claim from another source."""
    counts = tables["personnel_counts"]
    other = counts.iloc[0].copy()
    other["count_id"], other["count_text"] = "c0000002", "150"
    other["value_best"], other["value_low"], other["value_high"], other["qualifier"] = 150, 150, 150, "exact"
    other["origin"], other["origin_name"], other["location_id"] = "speaker:a-rudaw-source", "a Rudaw source", None
    counts = pd.concat([counts, other.to_frame().T], ignore_index=True).astype(counts.dtypes)
    estimates = tables["estimates"].assign(n_claims=2, n_sources=2, agreement="disputed", value_low=150)
    return {**tables, "personnel_counts": counts, "estimates": estimates}


def _by_name(tables) -> dict:
    return {result.check_name: result for result in reconcile_results(tables)}


def test_consistent_sample_passes_every_check(tables):
    results = _by_name(tables)
    assert all(r.passed for r in results.values()), {k: r.metadata for k, r in results.items() if not r.passed}
    assert "agree" in results["figures_agree"].description


def test_a_figure_outside_every_estimate_and_a_wrong_claim_tally_fail():
    counts = pd.DataFrame({"count_id": ["a", "b"], "estimate_id": ["e1", "e9"]})
    estimates = pd.DataFrame({"estimate_id": ["e1"], "n_claims": [2]})
    problems = {(f.get("count_id"), f["problem"]) for f in membership_failures(counts, estimates)}
    assert problems == {("b", "in no estimate"), (None, "n_claims")}


def test_estimate_values_out_of_order_fail():
    estimates = pd.DataFrame({"estimate_id": ["e1", "e2"], "value_low": [10, 5], "value_best": [5, None],
                              "value_high": [20, 9]}).astype({"value_best": "Int64"})
    assert [f["estimate_id"] for f in bounds_failures(estimates)] == ["e1"]


def test_the_disputes_warning_names_outlet_place_period_and_origin_of_each_claim(tables):
    result = _by_name(_disputed(tables))["figures_agree"]
    assert not result.passed and result.severity.value == "WARN"
    assert result.description.startswith("Warning: the sources of 1 estimate(s) disagree")
    text = result.metadata["disputes"].value
    assert "Warning, not an error" in text and "**entered, Al Qa'im, 2024-12-08..2024-12-08**" in text
    lower, higher = text.splitlines()[-2:]
    assert "**150**" in lower and "origin: a Rudaw source" in lower and "place: Al-Qaim" in lower
    assert "**more than 2,000**" in higher and "The New Arab (2024-12-12)" in higher
    assert "origin: Iraqi government" in higher and "period: 2024-12-08" in higher
