"""Test helper: one article's findings as plain dicts, read through the document model."""

from __future__ import annotations

from dataclasses import asdict

from pipeline.extract.doc import ArticleDoc
from pipeline.extract.rows.article import extract_article


def findings(text: str, published: str | None = None, language: str = "en",
             outlet: str | None = None) -> dict[str, list[dict]]:
    found = extract_article(ArticleDoc("t", text, language, published, outlet=outlet))
    return {"counts": [asdict(r) for r in found.counts], "statements": [asdict(s) for s in found.statements],
            "entity_mentions": [asdict(n) for n in found.names],
            "location_mentions": [asdict(m) for m in found.location_mentions]}
