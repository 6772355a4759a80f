"""A time that dates a piece of writing, not what it tells: "wrote Captain Sukhanov in a memoir published in
Belgrade in 1931", "his diary, written in 1935": the events the writing tells of lie before it, so the time
neither carries to the figures of the sentences after it nor sets a story's time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention

WRITING_REACH = 80  # characters before a time that "a memoir published in Belgrade in" may take


def dates_writing(doc: ArticleDoc, time: TimeMention) -> bool:
    """Whether `time` is when a memoir, diary or book was published or written."""
    return doc.rules.pattern("written_time_before").search(
        doc.text, max(0, time.start - WRITING_REACH), time.start) is not None
