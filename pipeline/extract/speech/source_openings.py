"""Sentences that name their source by how they open rather than by a speech verb: "The daily quoted Col. X as
saying …", a label ("Final count from the colonel: …"), an entry of a dated list ("12 Dec - Iraqi Ministry of
Defence: …"), a reckoning ("By the captain's reckoning, …"). Each gives the rest of its sentence to the source it
names, and each is tried before the sentence's speech verbs, which would give the words to the wrong speaker."""

from __future__ import annotations

import re

from pipeline.extract.layout.quotes import Quote, inside
from pipeline.extract.speech.context import Context, StatementDraft, speaker_after
from pipeline.extract.speech.said_bounds import trim
from pipeline.text.spans import Span


def quoted_as_saying(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "The daily quoted Col. Yaman al-Ahmad as saying Syria had taken back …": the speaker is the one
    quoted, not the outlet that quotes him."""
    m = ctx.rules.pattern("quoted_as_saying").search(ctx.text, sent.start, sent.end)
    return _words_of_who(ctx, sent, m, m.group("verb")) if m and not inside(quotes, m.start()) else None


def labelled_from(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "Final count from the colonel: 1,342 Syrian soldiers returned today": a sentence that opens on a label
    naming its source gives the words after the colon to that source (a quote after it is attributed as a quote)."""
    m = ctx.rules.pattern("source_label_line").match(ctx.text, sent.start, sent.end)
    return _words_of_who(ctx, sent, m, "from") if m and not inside(quotes, m.end()) else None


def dated_source(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "12 Dec - Iraqi Ministry of Defence: 2,493 military personnel entered on 7 and 8 December": an entry of a
    dated list of estimates gives the words after the colon to the source it names."""
    m = ctx.rules.pattern("dated_source_line").match(ctx.text, sent.start, sent.end) or \
        ctx.rules.pattern("source_dated_line").match(ctx.text, sent.start, sent.end)  # "- UNHCR, 16 December: …"
    return _words_of_who(ctx, sent, m, "said") if m and not inside(quotes, m.end()) else None


def reckoned_by(ctx: Context, sent: Span, quotes: list[Quote]) -> StatementDraft | None:
    """ "By the captain's reckoning, some 1,100 men had come through by first light": a sentence that opens on
    whose count or estimate it gives is that source's reported statement."""
    m = ctx.rules.pattern("reckoning_opening").match(ctx.text, sent.start, sent.end)
    return _words_of_who(ctx, sent, m, m.group("what")) if m and not inside(quotes, m.end()) else None


def _words_of_who(ctx: Context, sent: Span, m: re.Match[str], verb: str) -> StatementDraft | None:
    """The rest of the sentence after `m`, as the words of the speaker its group `who` names."""
    sp = speaker_after(ctx, m.start("who"), m.end("who"))
    start, end = trim(ctx.text, m.end(), sent.end)
    if sp is None or end <= start:
        return None
    return StatementDraft(start, end, sent.start, sent.end, False, verb, sp)
