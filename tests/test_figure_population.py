"""Who a figure counts, from the coordinated head nouns of its phrase."""

from __future__ import annotations

import pytest

from tests.extraction import findings


@pytest.mark.parametrize(("text", "population"), [
    ("About 400 soldiers and officers crossed into Jordan on Sunday.", "military_personnel"),
    ("Some 250 troops were handed back at the border.", "military_personnel"),
    ("Nearly 600 members of the former army entered Lebanon.", "military_personnel"),
    ("Around 30 officers and officials remain in Amman.", "officers_and_officials"),
    ("About 45 customs staff crossed into Jordan with them.", "civilian_staff"),
    ("More than 70 officers remain at the base.", "officers"),
])
def test_population_from_the_head_nouns(text, population):
    assert [r["population"] for r in findings(text, "2025-01-20")["counts"]] == [population]
