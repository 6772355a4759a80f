"""Whether a time of a sentence is the moment its words were said ("he said last week")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.speech.verbs import verb_re

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.text.spans import Span


def said_at(doc: ArticleDoc, sent: Span, time: TimeMention) -> bool:
    """The time follows a speech verb of the sentence ("he said last week", "told reporters on Monday"); a
    span of time ("put the total sent back since mid-December at …") is never the moment of saying.
    Asked of every time of the article for each figure: answered once per sentence and time."""
    if time.kind in ("since", "range"):
        return False
    said = doc.layer("said_at", lambda _: {})
    key = (sent.start, time.start)
    if key not in said:
        verbs = [v for v in verb_re(doc.rules).finditer(doc.text, sent.start, time.start)]
        said[key] = bool(verbs) and re.fullmatch(r"[^.;,\d]{0,45}", doc.text[verbs[-1].end():time.start]) is not None
    return said[key]
