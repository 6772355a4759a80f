"""One `articles` row from a read file and its sources.csv row.

Precedence for every field: what the user declared in sources.csv, then what
the page's own metadata says (HTML), then what the text shows; else None.
"""

from __future__ import annotations

import hashlib
from typing import Any

from pipeline.ingest.clean import clean_text
from pipeline.ingest.language import looks_english, normalise_language, script_language
from pipeline.ingest.metadata import infer_outlet, normalise_url
from pipeline.ingest.model import Rejection, SourceRow
from pipeline.ingest.pubdate import UNKNOWN, parse_pubdate
from pipeline.ingest.reader import RawArticle
from pipeline.lang import packed_languages

ID_HEX_CHARS = 16
MAX_TEXT_CHARS = 1_000_000  # the articles schema's bound on `text`
UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


def _date(declared: str | None, page_date: str | None, flags: set[str]) -> tuple[str | None, str]:
    parsed = parse_pubdate(declared)
    if not parsed.valid:
        flags.add("date_invalid")
    if parsed.value is None and page_date:
        parsed = parse_pubdate(page_date)
        parsed = parsed if parsed.valid else UNKNOWN
    return parsed.value, parsed.precision


def _language(declared: str | None, text: str, flags: set[str]) -> str:
    """Declared, else "en" when plainly English, else "ar" when in Arabic script, else "und": an unknown
    language keeps the article."""
    code, understood = normalise_language(declared)
    if not understood:
        flags.add("language_invalid")
    if code is None:
        code = "en" if looks_english(text) else script_language(text) or UNDETERMINED
    if code == UNDETERMINED:
        flags.add("language_undetermined")
    elif code not in packed_languages():
        flags.add("language_without_rules")  # kept and stored; no language pack reads it (pipeline/lang)
    return code


def build_article(raw: RawArticle, source: SourceRow | None) -> dict[str, Any] | Rejection:
    """The contract row for one article, or a rejection if cleaning left nothing."""
    cleaned = clean_text(raw.body)
    if not cleaned.text.strip():
        kinds = sorted({k.split(":", 1)[1] for k, _ in cleaned.removed}) or ["whitespace"]
        return Rejection(raw.source_file, "empty_after_cleaning",
                         f"Only {', '.join(kinds)} lines were found; no article text was left.")
    if len(cleaned.text) > MAX_TEXT_CHARS:
        return Rejection(raw.source_file, "oversized",
                         f"The cleaned text has {len(cleaned.text):,} characters; the limit is {MAX_TEXT_CHARS:,}.")
    flags = set(raw.flags) | set(cleaned.flags)
    page = raw.page
    url, url_flag = normalise_url((source.url if source else None) or (page.url if page else None))
    if url_flag:
        flags.add(url_flag)
    outlet = source.outlet if source else None
    if outlet is None:
        outlet, flag = infer_outlet(cleaned.text, url, page.site_name if page else None)
        if flag:
            flags.add(flag)
    date, precision = _date(source.published_date if source else None, page.date if page else None, flags)
    return {
        "article_id": article_id(cleaned.text),
        "source_file": raw.source_file,
        "outlet": outlet,
        "title": (source.title if source else None) or (page.title if page else None),
        "url": url,
        "published_date": date,
        "published_date_precision": precision,
        "language": _language(source.language if source else None, cleaned.text, flags),
        "text": cleaned.text,
        "raw_text": raw.raw_text,
        "raw_sha256": raw.raw_sha256,
        "quality_flags": sorted(flags),
    }
