"""Where a transcript turn's label starts: after the time code a podcast or hearing transcript may open each
turn with ("[00:05:36] TOMAS REYES: …", "(14:02) CHAIR: …", "00:12:31 - HOST: …"); the time code itself is no
speaker and no words of theirs. The time-code shapes are the language pack's `turn_time_code` pattern."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def turn_start(doc: ArticleDoc, para: Span) -> int:
    code = doc.rules.pattern("turn_time_code").match(doc.text, para.start, para.end)
    return code.end() if code else para.start
