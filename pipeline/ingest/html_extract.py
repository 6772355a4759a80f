"""Article body and page metadata from a saved HTML page, via trafilatura.

trafilatura (with lxml, courlan, htmldate and justext: ~0.1 s) is imported by the first page read, not by every
build process and ingest worker: most folders hold no HTML.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

# trafilatura logs every page it finds too short; the caller reports that as a rejection.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_HTML_STARTS = ("<!doctype html", "<html", "<?xml")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    date: str | None
    site_name: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """A scraper may save a raw page under .txt; its first tag gives it away."""
    return text.lstrip("\ufeff \t\r\n")[:20].lower().startswith(_HTML_STARTS)


def _opt(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def extract_html(html: str) -> HtmlPage | None:
    """Body text and metadata, or None when no article body can be found."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, deduplicate=False,
        )
    except Exception:
        return None
    if doc is None or not _opt(getattr(doc, "text", None)):
        return None
    return HtmlPage(
        text=doc.text,
        title=_opt(getattr(doc, "title", None)),
        date=_opt(getattr(doc, "date", None)),
        site_name=_opt(getattr(doc, "sitename", None)),
        url=_opt(getattr(doc, "url", None)),
    )
