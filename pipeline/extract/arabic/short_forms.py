"""A full name's last word used alone later in an Arabic article ("ميري" after "العميد مقداد ميري") is that person,
when only one full name of the article ends so."""

from __future__ import annotations

import re

from pipeline.extract.arabic.folded import Folded
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, key
from pipeline.extract.names.persons import PersonMention
from pipeline.text.spans import Span, filter_spans


def short_forms(text: str, f: Folded, full: list[PersonMention], orgs: list[Span]) -> list[PersonMention]:
    """A full name's last word used alone later ("ميري") is that person, when only one name ends so."""
    last: dict[str, set[str]] = {}
    for p in full:
        words = key(p.surface).split()
        if len(words) >= 2:
            last.setdefault(words[-1], set()).add(p.name)
    out = []
    for word, names in last.items():
        if len(names) != 1:
            continue
        for m in re.finditer(rf"{BEFORE}(?P<w>{re.escape(word)}){AFTER}", f.text):
            s, e = f.start(m.start("w")), f.end(m.end("w"))
            out.append(PersonMention(s, e, text[s:e], next(iter(names))))
    return filter_spans(out, taken=[*full, *orgs])
