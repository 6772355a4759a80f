"""The reconciliation rules one by one: which periods and places belong to one question, what a figure commits
to, the best figure and agreement, and where each figure's independent source is."""

from __future__ import annotations

from datetime import date

import pandas as pd

from pipeline.reconcile.echo import apply_echoes
from pipeline.reconcile.estimates import estimate_row
from pipeline.reconcile.figures import commitment
from pipeline.reconcile.periods import dated, period_groups
from pipeline.reconcile.places import place_groups, place_path
from pipeline.reconcile.questions import Question, _merged


def _groups(rows, flow=True):
    claims = [dated(key, start, end, published) for key, start, end, published in rows]
    return sorted((kind, sorted(c.key for c in members)) for kind, members in period_groups(claims, flow))


def test_days_a_month_and_a_few_days_are_one_wave_and_an_undated_entry_joins_it():
    rows = [("a", "2024-12-07", "2024-12-08", "2025-01"), ("b", "2024-12-01", "2024-12-31", "2025-02"),
            ("c", "2024-12-05", "2024-12-12", "2024-12-12"), ("d", None, None, "2025-03"),
            ("e", "2025-02-10", "2025-02-10", "2025-02-11")]
    assert _groups(rows) == [("wave", ["a", "b", "c", "d"]), ("wave", ["e"])]


def test_a_running_total_since_a_date_is_read_as_of_publication():
    rows = [("a", "2024-12-19", None, "2025-01"), ("b", None, "2025-03-31", "2025-03"),
            ("c", "2024-12-20", "2024-12-20", "2024-12-21")]
    # 'since 19 December' runs to January: not the 20 December handover, which the undated claim joins
    assert _groups(rows) == [("as_of", ["a"]), ("wave", ["b", "c"])]


def test_stocks_as_of_the_same_date_at_the_coarser_precision_are_one_question():
    rows = [("a", "2025-02-12", "2025-02-12", "2025-02-12"), ("b", "2025-02-01", "2025-02-28", "2025-02"),
            ("c", "2025-03-01", "2025-03-31", "2025-03"), ("d", "2025-03-05", "2025-03-05", "2025-03-06"),
            ("e", "2025-04-02", "2025-04-02", "2025-04-02")]
    assert _groups(rows, flow=False) == [("as_of", ["a", "b"]), ("as_of", ["c", "d"]), ("as_of", ["e"])]


LOCATIONS = pd.DataFrame([
    ("iso3166:IQ", "Iraq", "country", None, "IQ"), ("iso3166-2:IQ-AN", "Anbar", "admin1", "Anbar", "IQ"),
    ("geonames:92138", "Al-Qaim", "populated_place", "Anbar", "IQ"),
    ("curated:al-qaim-border-crossing", "Al-Qaim Border Crossing", "border_crossing", "Anbar", "IQ"),
    ("geonames:98677", "Al-Rutba", "populated_place", "Anbar", "IQ"),
    ("curated:camp-taji", "Camp Taji", "camp", "Baghdad", "IQ"),
], columns=["location_id", "name", "feature_type", "admin1", "country_code"]).set_index("location_id")
PARENTS = {"curated:al-qaim-border-crossing": "geonames:92138"}


def _places(claims: dict[str, str | None]) -> list[list[str]]:
    return sorted(place_groups({k: place_path(v, LOCATIONS, PARENTS) for k, v in claims.items()}))


def test_a_crossing_its_town_its_province_and_its_country_are_one_path():
    path = place_path("curated:al-qaim-border-crossing", LOCATIONS, PARENTS)
    assert path == ("country:IQ", "admin1:IQ:anbar", "geonames:92138", "curated:al-qaim-border-crossing")
    claims = {"iraq": "iso3166:IQ", "town": "geonames:92138", "post": "curated:al-qaim-border-crossing",
              "anbar": "iso3166-2:IQ-AN", "none": None}
    assert _places(claims) == [sorted(claims)]


def test_camp_taji_and_al_rutba_are_two_questions_and_iraq_joins_the_larger():
    claims = {"taji": "curated:camp-taji", "rutba": "geonames:98677", "rutba2": "geonames:98677", "iraq": "iso3166:IQ"}
    assert _places(claims) == [["iraq", "rutba", "rutba2"], ["taji"]]


def test_coarse_claims_follow_the_largest_branch_down():
    claims = {"iraq": "iso3166:IQ", "anbar": "iso3166-2:IQ-AN", "post": "curated:al-qaim-border-crossing",
              "town": "geonames:92138", "rutba": "geonames:98677", "taji": "curated:camp-taji"}
    assert _places(claims) == [["anbar", "iraq", "post", "town"], ["rutba"], ["taji"]]


def test_what_each_wording_commits_to():
    assert (commitment("more_than", 2000, 2001, None).low, commitment("more_than", 2000, 2001, None).best) == (2001, 2001)
    nearly = commitment("nearly", 3000, None, 3000)
    assert (nearly.low, nearly.high, nearly.best) == (3000, 3000, 3000) and nearly.band[0] < 3000
    assert commitment("range", None, 2500, 2700).best == 2600
    assert commitment("fewer_than", 100, None, 99).high == 99
    assert commitment("vague", None, 2000, 9999).vague


def _claims(rows) -> pd.DataFrame:
    columns = ["count_id", "qualifier", "value_best", "value_low", "value_high", "origin", "population",
               "published_date", "article_id", "char_start", "outlet", "story_id"]
    return pd.DataFrame([(*r, "military_personnel", "2025-01", f"a{i}", 0, f"outlet {i}", f"s{i}")
                         for i, r in enumerate(rows)], columns=columns)


QUESTION = Question("entered", "contingent", "wave", "iso3166:IQ", (date(2024, 12, 7), date(2024, 12, 8)), ())


def test_the_december_claims_give_the_december_estimate():
    rows = _claims([("a", "exact", 2493, 2493, 2493, "anonymous:s1"), ("b", "nearly", 3000, None, 3000, "per:mayor"),
                    ("c", "more_than", 2000, 2001, None, "agency:kurdistan-24"),
                    ("d", "vague", None, 2000, 9999, "anonymous:s4")])
    estimate = estimate_row("e1", QUESTION, rows)
    assert (estimate["value_low"], estimate["value_best"], estimate["value_high"]) == (2001, 2493, 3000)
    assert estimate["method"] == "median_attributed" and estimate["agreement"] == "disputed"
    assert (estimate["n_claims"], estimate["n_sources"], estimate["n_outlets"]) == (4, 4, 4)


def test_figures_within_five_percent_agree_and_one_source_is_single():
    close = _claims([("a", "exact", 2493, 2493, 2493, "per:x"), ("b", "approximate", 2500, None, None, "per:y")])
    assert estimate_row("e1", QUESTION, close)["agreement"] == "consistent"
    one = _claims([("a", "exact", 2493, 2493, 2493, "per:x"), ("b", "exact", 3000, 3000, 3000, "per:x")])
    assert estimate_row("e1", QUESTION, one)["agreement"] == "single"


def test_an_unattributed_repeat_of_a_specific_figure_echoes_its_source():
    work = _claims([("a", "exact", 2493, 2493, 2493, "anonymous:s1"), ("b", "exact", 2493, 2493, 2493, "story:s2"),
                    ("c", "exact", 2000, 2000, 2000, "story:s3"), ("d", "exact", 2000, 2000, 2000, "per:x")])
    work["origin_name"] = work["origin"]
    echoed = apply_echoes(work, dict.fromkeys(work["count_id"], "e1")).set_index("count_id")["origin"]
    assert echoed.to_dict() == {"a": "anonymous:s1", "b": "anonymous:s1", "c": "story:s3", "d": "per:x"}


def test_a_partial_count_stays_a_claim_but_sets_no_bound_and_no_dispute():
    rows = _claims([("a", "exact", 2493, 2493, 2493, "per:x"), ("b", "approximate", 2500, None, None, "per:y"),
                    ("c", "exact", 45, 45, 45, "per:health-official")])
    estimate = estimate_row("e1", QUESTION, rows)
    assert (estimate["value_low"], estimate["value_best"], estimate["n_claims"], estimate["n_sources"]) == (2493, 2493, 3, 3)
    assert estimate["agreement"] == "consistent"


def test_a_partial_count_never_becomes_the_best_figure():
    rows = _claims([("a", "exact", 2493, 2493, 2493, "per:x"), ("c", "exact", 45, 45, 45, "per:health-official")])
    estimate = estimate_row("e1", QUESTION, rows)
    assert estimate["value_low"] <= estimate["value_best"] <= estimate["value_high"] == 2493


def test_groups_that_ask_the_same_question_are_merged():
    period = (date(2024, 12, 7), date(2024, 12, 8))
    first = Question("entered", "contingent", "wave", "iso3166:IQ", period, ("a",))
    second = Question("entered", "contingent", "wave", "iso3166:IQ", period, ("b",))
    assert [q.count_ids for q in _merged([first, second])] == [("a", "b")]
