"""Read one article file of the folder into text, or a rejection."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.decode import declared_charset, decode_bytes
from pipeline.ingest.entries import Entry
from pipeline.ingest.html_extract import HtmlPage, extract_html, looks_like_html
from pipeline.ingest.model import REASONS, Rejection

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


def _read_regular(path: Path) -> bytes | Rejection | None:
    """The bytes of a regular file, opened without following a link or blocking on a FIFO.

    The folder walk already set links and special files aside; opening with
    O_NOFOLLOW|O_NONBLOCK and checking the open file again covers an entry swapped
    between the walk and the read. Returns None for a size rejection left to the caller.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        # Read on the descriptor itself, sized by the file, until its end (or one byte past the limit): a
        # buffered file object around a second descriptor cost twice the reading itself at 10,000 files.
        chunks, left = [], MAX_BYTES + 1
        while left > 0 and (chunk := os.read(fd, min(left, info.st_size + 1))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_bytes(articles_dir: Path, entry: Entry) -> bytes | Rejection:
    """The file's bytes, or why they cannot be read (the cheap half: the ingest cache is keyed by them)."""
    rel = entry.name  # the name the tables hold; entry.rel is where the file really is
    try:
        data = _read_regular(articles_dir / entry.rel)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Rejection(rel, "link", "The entry became a symbolic link while the folder was read; not followed.")
        return Rejection(rel, "unreadable", f"The file could not be read: {exc.strerror or exc}.")
    if data is None:
        return Rejection(rel, "not_a_file", "The entry stopped being a regular file while the folder was read.")
    if len(data) > MAX_BYTES:
        return Rejection(rel, "oversized", f"The file is over {MAX_BYTES:,} bytes, the limit.")
    return data


def raw_article(rel: str, data: bytes) -> RawArticle | Rejection:
    """Decoded text (the body of an HTML page) of the bytes read from the file named `rel`."""
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
