"""The UI in a real browser: the asset catalog lists the pipeline's assets, and the charts render.

Drives Debian's Chromium through Playwright (no browser download). `.ci/run` installs it.
"""

from pathlib import Path

import pytest

from tests.ui_queries import ensure_materialized

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


def test_charts_asset_shows_the_pictures_inline(dagster_ui, page, tmp_path):
    ensure_materialized(dagster_ui, "charts")
    page.goto(f"{dagster_ui.url}/assets/charts", timeout=UI_TIMEOUT_MS)
    page.get_by_text("[Show Markdown]").first.click(timeout=UI_TIMEOUT_MS)  # markdown metadata opens in a dialog
    images = page.locator('img[src^="data:image/png;base64,"]')
    images.first.wait_for(timeout=UI_TIMEOUT_MS)
    assert images.count() >= 2
    assert all(images.nth(i).evaluate("img => img.naturalWidth") > 0 for i in range(2))
    page.screenshot(path=str(tmp_path / "charts.png"), full_page=True)
