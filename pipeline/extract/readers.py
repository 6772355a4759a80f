"""Which finders read an article: a language pack names its reader in `pack.csv` (`reader`).

Packs without the setting are read by the default finders (Latin script, English word order); the
`arabic` reader matches on folded Arabic and keeps offsets into the stored text. Each reader gives the
same layers in the same types, so everything after the finders is shared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.arabic.counts import find_arabic_counts
from pipeline.extract.arabic.dates import find_arabic_times
from pipeline.extract.arabic.names import find_arabic_mentions
from pipeline.extract.arabic.numbers import find_arabic_numbers
from pipeline.extract.arabic.sentences import arabic_sentences
from pipeline.extract.arabic.speakers import arabic_speaker_org
from pipeline.extract.arabic.statements import find_arabic_statements
from pipeline.text.rules import RuleSet


@dataclass(frozen=True)
class Reader:
    sentences: Callable
    numbers: Callable
    times: Callable
    mentions: Callable
    statements: Callable
    counts: Callable
    speaker_org: Callable  # (role, orgs, rules) -> the body a speaker's role names


READERS = {
    "arabic": Reader(sentences=arabic_sentences, numbers=lambda doc: find_arabic_numbers(doc.text, doc.rules), times=find_arabic_times,
                     mentions=find_arabic_mentions, statements=find_arabic_statements, counts=find_arabic_counts,
                     speaker_org=arabic_speaker_org),
}


def pack_setting(rules: RuleSet | None, name: str) -> str | None:
    """A value of the pack's `pack.csv` (None when the pack has none)."""
    if rules is None or not rules.has("pack.csv"):
        return None
    return next((r["value"] for r in rules.rows("pack.csv") if r["setting"] == name), None)


def reader_for(rules: RuleSet | None) -> Reader | None:
    """The pack's own reader, or None for the default finders."""
    name = pack_setting(rules, "reader")
    return READERS[name] if name else None
