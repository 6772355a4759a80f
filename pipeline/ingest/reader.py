"""Find the article files in a folder and read each one into text, or a rejection."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.decode import declared_charset, decode_bytes
from pipeline.ingest.html_extract import HtmlPage, extract_html, looks_like_html
from pipeline.ingest.model import REASONS, Rejection

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MAX_BYTES = 2 * 1024 * 1024  # a news article is tens of KB; bigger files are dumps or media


@dataclass(frozen=True)
class RawArticle:
    source_file: str
    raw_text: str
    raw_sha256: str
    body: str  # what cleaning starts from: raw_text, or the HTML's extracted body
    flags: tuple[str, ...]
    page: HtmlPage | None


def _is_ignored(rel: Path, exempt: set[Path]) -> bool:
    """Dotfiles, READMEs and the metadata file itself are not articles and not errors."""
    return (rel in exempt or any(part.startswith(".") for part in rel.parts)
            or rel.name.upper().startswith("README"))


def list_files(articles_dir: Path, exempt: tuple[Path, ...] = ()) -> tuple[list[str], list[Rejection]]:
    """Candidate article paths (posix, relative, sorted) and unsupported files as rejections."""
    exempt_rel = {p.resolve().relative_to(articles_dir.resolve()) for p in exempt
                  if p.resolve().is_relative_to(articles_dir.resolve())}
    files, rejections = [], []
    for path in sorted(articles_dir.rglob("*")):
        rel = path.relative_to(articles_dir)
        if not path.is_file() or _is_ignored(rel, exempt_rel):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            files.append(rel.as_posix())
        else:
            rejections.append(Rejection(rel.as_posix(), "unsupported_type",
                                        f"'{path.suffix or 'no extension'}' files are not read; {REASONS['unsupported_type']}."))
    return sorted(files), rejections


def read_article(articles_dir: Path, rel: str) -> RawArticle | Rejection:
    path = articles_dir / rel
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Rejection(rel, "oversized", f"The file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes.")
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(rel, "unreadable", f"The file could not be read: {exc.strerror or exc}.")
    if not data.strip():
        return Rejection(rel, "empty", "The file is empty or holds only whitespace.")
    decoded = decode_bytes(data, declared_charset(data))
    if isinstance(decoded, str):
        return Rejection(rel, decoded, f"{REASONS[decoded].capitalize()}; it was not read as an article.")
    if not decoded.text.strip():
        return Rejection(rel, "empty", "The file decodes to whitespace only.")
    sha = hashlib.sha256(data).hexdigest()
    if Path(rel).suffix.lower() not in HTML_SUFFIXES and not looks_like_html(decoded.text):
        return RawArticle(rel, decoded.text, sha, decoded.text, decoded.encoding_flags, None)
    page = extract_html(decoded.text)
    if page is None:
        return Rejection(rel, "no_text_extracted", "No article body could be found in this HTML page.")
    return RawArticle(rel, decoded.text, sha, page.text, (*decoded.encoding_flags, "html"), page)
