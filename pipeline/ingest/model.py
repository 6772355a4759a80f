"""Records passed between the ingest steps, and the catalogue of rejection reasons."""

from __future__ import annotations

from dataclasses import dataclass

# Machine codes a user can filter on; the detail sentence carries the specifics.
REASONS: dict[str, str] = {
    "empty": "the file is empty or holds only whitespace",
    "empty_after_cleaning": "nothing but captions and site furniture was left after cleaning",
    "binary": "the file is not text (binary content)",
    "oversized": "the file is larger than the size limit",
    "undecodable": "the bytes could not be decoded as UTF-8, UTF-16 or cp1252",
    "unreadable": "the file could not be read from disk",
    "duplicate": "the same article text was already loaded from another file",
    "unsupported_type": "only .txt, .html and .htm files are read",
    "link": "symbolic links are not followed, wherever they point",
    "not_a_file": "only regular files are read (not FIFOs, sockets, devices)",
    "bad_name": "the file name is not valid UTF-8 or holds control characters, which the tables cannot hold",
    "no_text_extracted": "no article body could be extracted from the HTML page",
    "sources_unreadable": "sources.csv could not be parsed",
    "sources_missing_file_column": "sources.csv has no 'file' column, so no row can be matched",
    "sources_unknown_columns": "sources.csv has columns the pipeline does not use",
    "sources_row_without_file": "a sources.csv row names a file that is not in the folder",
    "sources_duplicate_row": "sources.csv describes the same file more than once",
    "sources_bad_row": "a sources.csv row is malformed (cell too long, wrong number of cells, path outside the folder)",
}


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str
    detail: str

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown rejection reason {self.reason!r}")


@dataclass(frozen=True)
class Decoded:
    """A file's text as read, before cleaning; `encoding_flags` name any fallback used."""

    text: str
    encoding_flags: tuple[str, ...]


@dataclass(frozen=True)
class SourceRow:
    """One usable sources.csv row, already normalised."""

    file: str
    outlet: str | None
    title: str | None
    url: str | None
    published_date: str | None
    language: str | None
