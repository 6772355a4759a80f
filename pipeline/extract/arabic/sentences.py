"""Sentences of Arabic text: a paragraph splits after . ! ? ؟ followed by white space (Arabic has
no capital letters to confirm a sentence start, and news rarely abbreviate with a full stop)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

_END = re.compile(r"[.!?؟](?=\s)")


def arabic_sentences(doc: ArticleDoc) -> list[Span]:
    out = []
    for para in doc.paragraphs:
        start = para.start
        for m in _END.finditer(doc.text, para.start, para.end):
            out.append(Span(start, m.end()))
            start = m.end() + len(doc.text[m.end():para.end]) - len(doc.text[m.end():para.end].lstrip())
        if start < para.end:
            out.append(Span(start, para.end))
    return out
