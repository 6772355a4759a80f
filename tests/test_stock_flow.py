"""Stock and flow: what remains cannot exceed what entered minus what went back, within one host country."""

from __future__ import annotations

import pandas as pd

from pipeline.reconcile.stockflow import with_stock_flow

LOCATIONS = pd.DataFrame({"location_id": ["iq", "cm", "sy"], "country_code": ["IQ", "CM", "SY"]})


def estimate(estimate_id: str, status: str, place: str, end: str, low: int, high: int) -> dict:
    return dict(estimate_id=estimate_id, status=status, population="military_personnel", location_id=place,
                period_end=pd.Timestamp(end), value_low=low, value_high=high)


def verdicts(*rows: dict) -> dict[str, str]:
    out = with_stock_flow(pd.DataFrame(rows), LOCATIONS)
    return dict(zip(out["estimate_id"], out["stock_flow"]))


def test_more_remaining_than_entered_minus_returned_cannot_all_be_true():
    assert verdicts(estimate("in", "entered", "iq", "2024-12-08", 2000, 2500),
                    estimate("back", "returned", "iq", "2025-01-31", 2000, 2100),
                    estimate("left", "remaining", "iq", "2025-02-15", 900, 900)) == {
        "in": "impossible", "back": "impossible", "left": "impossible"}


def test_figures_that_add_up_are_consistent():
    assert verdicts(estimate("in", "entered", "iq", "2024-12-08", 2000, 2500),
                    estimate("back", "returned", "iq", "2025-01-31", 2000, 2100),
                    estimate("left", "remaining", "iq", "2025-02-15", 400, 400))["left"] == "consistent"


def test_another_caseload_in_another_country_is_not_compared():
    got = verdicts(estimate("in", "entered", "iq", "2024-12-08", 2000, 2500),
                   estimate("back", "returned", "iq", "2025-01-31", 2000, 2100),
                   estimate("cm-in", "entered", "cm", "2014-08-25", 437, 437),
                   estimate("left", "remaining", "iq", "2025-02-15", 400, 400))
    assert got["cm-in"] == "not_checked" and got["left"] == "consistent"


def test_returns_placed_in_the_country_of_origin_are_left_out_which_only_makes_the_check_lenient():
    got = verdicts(estimate("in", "entered", "iq", "2024-12-08", 2000, 2500),
                   estimate("back", "returned", "sy", "2025-01-31", 2400, 2400),
                   estimate("left", "remaining", "iq", "2025-02-15", 400, 400))
    assert got == {"in": "consistent", "back": "not_checked", "left": "consistent"}
