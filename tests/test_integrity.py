"""Integrity checks: broken references, duplicates and disagreeing figures are found and named."""

import pandas as pd

from pipeline.checks.integrity import disagreement_failures, duplicate_failures, reference_failures


def test_consistent_tables_have_no_failures(tables):
    for name in ("personnel_counts", "statements", "location_mentions", "entity_mentions"):
        assert reference_failures(name, tables) == [], name
    for name, df in tables.items():
        assert duplicate_failures(name, df) == [], name


def test_dangling_location_and_speaker_are_reported(tables):
    counts = tables["personnel_counts"].copy()
    counts.loc[0, "location_id"] = "geonames:0"
    statements = tables["statements"].copy()
    statements.loc[0, "speaker_entity_id"] = "person:nobody"
    broken = {**tables, "personnel_counts": counts, "statements": statements}
    assert reference_failures("personnel_counts", broken) == [
        {"row": "c0000001", "column": "location_id", "value": "geonames:0", "missing_from": "locations.location_id"}]
    assert reference_failures("statements", broken)[0]["missing_from"] == "entities.entity_id"


def test_null_foreign_keys_are_allowed(tables):
    counts = tables["personnel_counts"].copy()
    counts.loc[0, "statement_id"] = None
    assert reference_failures("personnel_counts", {**tables, "personnel_counts": counts}) == []


def test_duplicate_key_and_duplicate_content_are_reported(tables):
    locations = tables["locations"]
    same_key = pd.concat([locations, locations], ignore_index=True)
    problems = {f["problem"] for f in duplicate_failures("locations", same_key)}
    assert problems == {"duplicate primary key", "same content as another row"}
    renamed = same_key.copy()
    renamed.loc[1, "location_id"] = "geonames:1"  # list cells (aliases) compare by value
    assert duplicate_failures("locations", renamed) == [
        {"problem": "same content as another row", "row": "geonames:1", "same_as": "geonames:99135"}]


def _counts(rows):
    base = dict(count_text="x", article_id="0123456789abcdef", status="remaining",
                period_start=pd.Timestamp("2025-02-01"), period_end=pd.Timestamp("2025-02-28"))
    return pd.DataFrame([{**base, **r} for r in rows])


def test_figures_far_apart_in_the_same_month_are_flagged():
    counts = _counts([
        dict(count_id="a", value_best=None, value_low=24, value_high=99, count_text="dozens"),
        dict(count_id="b", value_best=200, value_low=201, value_high=None, count_text="more than 200"),
        dict(count_id="c", value_best=130, value_low=130, value_high=130, count_text="130"),
    ])
    failures = disagreement_failures(counts)
    assert [(f["low_figure"]["count_id"], f["high_figure"]["count_id"]) for f in failures] == [("a", "b")]
    assert failures[0]["month"] == "2025-02" and failures[0]["status"] == "remaining"


def test_other_months_statuses_and_close_figures_are_not_flagged():
    counts = _counts([
        dict(count_id="a", value_best=90, value_low=90, value_high=90),
        dict(count_id="b", value_best=150, value_low=150, value_high=150),  # < 2x apart
        dict(count_id="c", value_best=2000, value_low=2000, value_high=2000, status="entered"),
        dict(count_id="d", value_best=5000, value_low=5000, value_high=5000,
             period_start=pd.Timestamp("2025-03-01"), period_end=pd.Timestamp("2025-03-31")),
    ])
    assert disagreement_failures(counts) == []


def test_two_files_rejected_for_the_same_reason_are_not_duplicates():
    from pipeline.checks.integrity import duplicate_failures

    rejected = pd.DataFrame({"file": ["empty.txt", "blank.txt"], "reason": ["empty", "empty"],
                             "detail": ["The file is empty or holds only whitespace."] * 2})
    assert duplicate_failures("rejected_inputs", rejected) == []
    assert duplicate_failures("rejected_inputs", pd.concat([rejected, rejected.iloc[:1]]))


def test_disagreement_warning_names_outlet_place_period_and_speaker_of_each_side(tables):
    from pipeline.checks.disagreement import disagreement_result

    counts = tables["personnel_counts"]
    other = counts.iloc[0].copy()
    other["count_id"], other["count_text"] = "c0000002", "150"
    other["value_best"], other["value_low"], other["value_high"] = 150, 150, 150
    other["statement_id"], other["attributed_to"], other["location_id"] = None, "a Rudaw source", None
    tables["personnel_counts"] = pd.concat([counts, other.to_frame().T], ignore_index=True).astype(counts.dtypes)
    result = disagreement_result(tables)
    assert not result.passed and result.severity.value == "WARN"
    assert result.description.startswith("Warning: 1 pair(s)")
    text = result.metadata["disagreements"].value
    assert "Warning, not an error" in text and "**remaining" not in text
    lower, higher = text.splitlines()[-2:]
    assert "**150**" in lower and "a Rudaw source" in lower and "place Al-Qaim" in lower
    assert "**more than 2,000**" in higher and "The New Arab (2024-12-12)" in higher
    assert "place Al Qa'im" in higher and "period 2024-12-08" in higher and "said by Iraqi officials" in higher
    assert result.metadata["failure_count"].value == 1


def test_agreeing_figures_pass_with_a_plain_sentence(tables):
    from pipeline.checks.disagreement import disagreement_result

    result = disagreement_result(tables)
    assert result.passed and "agree" in result.description
