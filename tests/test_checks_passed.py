"""A table the quarantine passed whole gets, from the stage's checks, the result checking it again gives; a
table that differs from it in any value, or is read against other articles, is checked again."""

from __future__ import annotations

import pytest

from pipeline.checks.passed import PassedChecks
from pipeline.checks.provenance import provenance_result
from pipeline.checks.schema import schema_result
from pipeline.checks.set_aside import set_aside
from schemas.conform import conform
from tests.conftest import sample_tables

pytestmark = pytest.mark.fast

EXTRACTED = ("statements", "locations", "location_mentions", "entities", "entity_mentions")


def _quarantined():
    tables = sample_tables()
    passed = PassedChecks()
    valid, rejected = set_aside({name: conform(name, tables[name]) for name in EXTRACTED}, tables["articles"], passed)
    assert rejected.empty
    return tables, passed, {name: conform(name, df) for name, df in valid.items()}  # as the stage hands them on


def test_a_table_passed_whole_gets_the_result_checking_it_gives():
    tables, passed, handed_on = _quarantined()
    for name, df in handed_on.items():
        assert passed.holds(name, "schema", df)
        assert schema_result(name, df, True) == schema_result(name, df)
    assert passed.holds("entity_mentions", "provenance", handed_on["entity_mentions"], tables["articles"])
    mentions = handed_on["entity_mentions"]
    assert (provenance_result("entity_mentions", mentions, tables["articles"], True)
            == provenance_result("entity_mentions", mentions, tables["articles"]))


def test_a_table_that_differs_or_other_articles_are_checked_again():
    tables, passed, handed_on = _quarantined()
    shifted = handed_on["entity_mentions"].copy()
    shifted.loc[0, "char_start"] += 1
    assert not passed.holds("entity_mentions", "schema", shifted)
    assert not passed.holds("entity_mentions", "provenance", shifted, tables["articles"])
    assert not passed.holds("entity_mentions", "provenance", handed_on["entity_mentions"], tables["articles"].copy())
    retyped = handed_on["entities"].astype({handed_on["entities"].columns[0]: "category"})
    assert not passed.holds("entities", "schema", retyped)
    assert not PassedChecks().holds("entities", "schema", handed_on["entities"])
