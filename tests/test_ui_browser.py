"""The UI in a real browser: the asset catalog lists the pipeline's assets, a command-line build shows up,
the personnel_counts page reads in order and carries the charts, and the charts render.

Drives Debian's Chromium through Playwright (no browser download). `.ci/run` installs it.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.paths import PROJECT_ROOT
from schemas.reader_order import reader_columns
from tests.ui_queries import ensure_materialized, materialization_runs

pytestmark = pytest.mark.ui

CHROMIUM = Path("/usr/bin/chromium")
# Flags measured to work headless as root (stack-facts); Playwright adds --headless and its own profile dir.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
UI_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def page(dagster_ui):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: `apt-get install -y chromium` (.ci/run does it)")
    from playwright.sync_api import sync_playwright

    dagster_ui.graphql("mutation { setNuxSeen }")  # else the community dialog covers the page
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 1000})
        finally:
            browser.close()


def test_asset_catalog_lists_the_pipeline_assets(dagster_ui, page, tmp_path):
    page.goto(f"{dagster_ui.url}/assets", timeout=UI_TIMEOUT_MS)
    for name in ("articles", "personnel_counts", "statements", "release", "charts"):
        page.get_by_text(name, exact=True).first.wait_for(timeout=UI_TIMEOUT_MS)
    page.screenshot(path=str(tmp_path / "assets.png"))


def _open_chart(page, entry: str) -> None:
    """Click [Show Markdown] in the metadata row `entry` (one click), wait for the picture, close the dialog."""
    page.locator("tr", has_text=entry).get_by_text("[Show Markdown]").first.click(timeout=UI_TIMEOUT_MS)
    image = page.locator(f'img[alt="{entry}.png"][src^="data:image/png;base64,"]')
    image.first.wait_for(timeout=UI_TIMEOUT_MS)
    assert image.first.evaluate("img => img.naturalWidth") > 0
    assert page.get_by_text(f"{entry}.png —").first.is_visible()  # the caption that describes it
    page.keyboard.press("Escape")


def test_charts_asset_shows_the_pictures_inline(dagster_ui, page, tmp_path):
    ensure_materialized(dagster_ui, "charts")
    page.goto(f"{dagster_ui.url}/assets/charts", timeout=UI_TIMEOUT_MS)
    for entry in ("timeline", "places"):
        _open_chart(page, entry)
    page.screenshot(path=str(tmp_path / "charts.png"), full_page=True)


def test_a_command_line_build_shows_in_the_ui(dagster_ui, page, tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(dagster_ui.home)}  # the README's build, on the UI's instance
    proc = subprocess.run([sys.executable, "-m", "pipeline", "build", "--out", str(tmp_path / "out")],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    run_id = re.search(r"\(run ([0-9a-f-]{36});", proc.stdout).group(1)
    status = dagster_ui.graphql('query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }',
                                {"id": run_id})["runOrError"]["status"]
    assert status == "SUCCESS"
    for name in ("articles", "personnel_counts", "release"):
        assert run_id in materialization_runs(dagster_ui, name), name
    page.goto(f"{dagster_ui.url}/runs", timeout=UI_TIMEOUT_MS)
    page.get_by_text(run_id[:8]).first.wait_for(timeout=UI_TIMEOUT_MS)
    page.screenshot(path=str(tmp_path / "runs.png"))


def test_personnel_counts_page_reads_in_order_and_has_the_charts(dagster_ui, page, tmp_path):
    ensure_materialized(dagster_ui, "charts")
    page.goto(f"{dagster_ui.url}/assets/personnel_counts", timeout=UI_TIMEOUT_MS)
    page.get_by_text("[Show Markdown]").first.click(timeout=UI_TIMEOUT_MS)  # the preview
    page.locator("th", has_text="count_text").first.wait_for(timeout=UI_TIMEOUT_MS)
    header = page.locator("th").all_inner_texts()
    assert header[:len(reader_columns("personnel_counts"))] == reader_columns("personnel_counts")
    page.screenshot(path=str(tmp_path / "preview.png"))
    page.keyboard.press("Escape")
    page.goto(f"{dagster_ui.url}/assets/personnel_counts?view=checks", timeout=UI_TIMEOUT_MS)
    page.get_by_text("charted", exact=True).first.click(timeout=UI_TIMEOUT_MS)
    _open_chart(page, "timeline")
    page.screenshot(path=str(tmp_path / "charted.png"), full_page=True)
