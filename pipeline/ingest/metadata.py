"""Outlet inference from what the article itself shows: its dateline or its address.

Nothing is guessed: an unknown domain or a dateline over garbled text gives None.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from pipeline.ingest.rules import outlet_aliases, outlet_domains
from pipeline.paths import INGEST_DATA_DIR
from pipeline.text.garbled import garbled_spans
from pipeline.text.rules import read_rows
from pipeline.text.spans import Span, overlaps_any

DATELINE_LINES = 3  # a dateline opens the story; deeper hits are quotations
_HTTP_URL = re.compile(r"https?://[^\s/]+\.[^\s/]+\S*", re.IGNORECASE)
_BARE_URL = re.compile(r"(?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"]) for row in read_rows(INGEST_DATA_DIR / "dateline_patterns.csv"))


def canonical_outlet(name: str) -> str:
    """Map a spelling variant ("AP", "Kurdistan24") to the dataset's outlet name."""
    cleaned = " ".join(name.split())
    return outlet_aliases().get(cleaned.casefold(), cleaned)


def outlet_from_dateline(text: str) -> str | None:
    garbled = None  # found only once a dateline matches: most texts have none to check
    offset = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip():
            for rx in _dateline_patterns():
                m = rx.match(line)
                if m:
                    start, end = offset + m.start("outlet"), offset + m.end("outlet")
                    garbled = garbled_spans(text) if garbled is None else garbled
                    if not overlaps_any(Span(start, end), garbled):
                        return canonical_outlet(m["outlet"])
            seen += 1
            if seen >= DATELINE_LINES:
                break
        offset += len(line) + 1
    return None


def outlet_from_url(url: str | None) -> str | None:
    """Known outlet of the URL's host or of a parent domain (en.x.com -> x.com)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    labels = host.removeprefix("www.").split(".")
    for i in range(len(labels) - 1):
        outlet = outlet_domains().get(".".join(labels[i:]))
        if outlet:
            return outlet
    return None


def normalise_url(url: str | None) -> tuple[str | None, str | None]:
    """Return (url, quality flag): a scheme-less address is repaired, anything else dropped."""
    value = (url or "").strip()
    if not value:
        return None, None
    if _HTTP_URL.fullmatch(value):
        return value, None
    if _BARE_URL.fullmatch(value):
        return "https://" + value.removeprefix("//"), "url_repaired"
    return None, "url_invalid"


def infer_outlet(text: str, url: str | None, site_name: str | None = None) -> tuple[str | None, str | None]:
    """Return (outlet, quality flag) from dateline, then URL, then the page's own site name."""
    if outlet := outlet_from_dateline(text):
        return outlet, "outlet_inferred:dateline"
    if outlet := outlet_from_url(url):
        return outlet, "outlet_inferred:url"
    if site_name and site_name.strip() and not garbled_spans(site_name):
        return canonical_outlet(site_name), "outlet_inferred:html"
    return None, None
