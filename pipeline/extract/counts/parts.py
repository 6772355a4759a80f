"""Figures that count a part of another figure's people, read like the whole where their own words are silent.

"714, including 48 police officers" and "72 remained at the camp, 68 of them officers" name the part right
after the whole; "Of the 153, 41 are generals" names the whole by its number, sentences later; a total whose
list of dated batches follows it is dated by them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.inherit import opens_on_partitive
from pipeline.extract.counts.period_value import FigurePeriod

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.numbers import NumberMention
    from pipeline.text.spans import Span


UNDATED_RULES = ("open", "present", "wave")  # a period a figure's own words did not give


def parts_of_previous(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A figure said to be part of the one before it ("714, including 48 police officers", "231, among them
    19 officers"), or joined to such a part ("comprising 241 officers and 88 soldiers"), is dated like the
    whole when its own words give no date. A whole of soldiers said to include officers ("537 soldiers, including 41
    officers") still counts soldiers: its own noun says who, as annotators read it."""
    part, of_them = doc.rules.pattern("part_of_previous"), doc.rules.pattern("partitive_them")
    coordinated = doc.rules.pattern("coordinated_previous")
    gapped, gapped_after = doc.rules.pattern("gapped_item_before"), doc.rules.pattern("gapped_item_after")
    out = list(drafts)
    for index, (whole, piece) in enumerate(zip(drafts, drafts[1:])):
        between = doc.text[max(whole.number.end, piece.number.start - 30):piece.number.start]
        # "72 remained at the camp, 68 of them military officers": a part named after its number too
        is_part = part.search(between) or of_them.match(doc.text, piece.number.end) \
            or _after_breakdown_colon(doc.text[whole.number.end:piece.number.start])
        # "comprising 241 officers and 88 soldiers": the next part of the same whole
        # "Seven of them flew to Moscow and four to Minsk": the verb gapped, and with it the time
        is_gapped = gapped.search(doc.text, whole.number.end, piece.number.start) and gapped_after.match(
            doc.text, piece.number.end)
        # "… where we met 64 of the men. Of those we interviewed, 29 told us …": a sentence opening on a part of the
        # figure just before goes on with its people, and so with its time
        opening = doc.rules.pattern("partitive_opening").match(doc.text, piece.sentence.start)
        # not the figure the opening names itself ("Of the last 28 men there, 22 return"), nor after another number
        # and only by a pronoun: "Of the Rafha soldiers, …" names its whole itself, maybe not the figure before
        opens_on_part = whole.sentence != piece.sentence and opening is not None and \
            opening.end() <= piece.number.start and _BY_PRONOUN.search(opening.group(0)) is not None and \
            opens_on_partitive(doc, piece.sentence, [whole]) and \
            not any(whole.sentence.end <= n.start < piece.number.start for n in doc.numbers)
        # "Eleven officers flew out of Baghdad last month. Seven of them travelled to Moscow": a sentence opening on
        # a part of the figure just before, in the paragraph's sentence before
        # and told in its own past ("Around 120 of them were still under investigation" is as of the report)
        opens_on_them = whole.sentence != piece.sentence and not doc.text[piece.sentence.start:piece.number.start].strip(
            _OPENING_MARKS) and of_them.match(doc.text, piece.number.end) is not None and \
            not doc.rules.pattern("present_of_part").match(doc.text, piece.number.end) and \
            _just_before(doc, whole.sentence, piece.sentence)
        if not (opens_on_part or opens_on_them) and (whole.sentence != piece.sentence or not (
                is_part or is_gapped or coordinated.match(doc.text[whole.number.end:piece.number.start]))):
            continue
        dated = out[index].period  # "68 of them ... and four of them ...": each part dated like the whole
        # the whole's own date is nearer than one carried from the sentence before
        undated = ("open",) if opens_on_them and not (opens_on_part or is_part) else (*UNDATED_RULES, "carried")
        if piece.period.rule in undated and dated.rule not in UNDATED_RULES:
            out[index + 1] = replace(out[index + 1], period=dated)
    return out


_OPENING_MARKS = " \t\n\"'“‘-–—•*"


def _just_before(doc: ArticleDoc, earlier: Span, later: Span) -> bool:
    """The sentence right before, in the same paragraph."""
    before = [s for s in doc.sentences if s.end <= later.start]
    return bool(before) and before[-1] == earlier and any(
        p.start <= earlier.start and later.start < p.end for p in doc.paragraphs)


_BY_PRONOUN = re.compile(r"\b(?:them|these|those)\b", re.IGNORECASE)


def _after_breakdown_colon(between: str) -> bool:
    """ "were still held in Iraq on 30 April: around 140 at Camp Taji and about 40 at …": the first figure right
    after the colon that closes the whole's clause opens its breakdown (`counts/asides.py` `before_breakdown`)."""
    colon = between.rfind(":")
    return colon >= 0 and len(between) - colon <= BREAKDOWN_GAP and "\n" not in between


BREAKDOWN_GAP = 4  # characters from the colon to the part's figure


def named_whole(doc: ArticleDoc, sentence: Span, number: NumberMention, earlier: list[CountDraft]) -> CountDraft | None:
    """The earlier figure whose number the sentence opens on ("Of the 153, 41 are generals", "Of the 2,358 we
    recorded 431 officers"), before the sentence; None when the sentence names no such whole."""
    head = doc.rules.pattern("whole_named_before").match(doc.text, sentence.start, number.start)
    if head is None:
        return None
    size = int(re.sub(r"\D", "", head.group("whole")))
    return next((d for d in reversed(earlier) if d.number.value_best == size and d.number.start < sentence.start),
                None)


def parts_of_named_whole(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A figure whose sentence opens on the number of an earlier figure counts part of that figure's people:
    where they are and when, unless its own words place or date it."""
    out = list(drafts)
    for index, piece in enumerate(drafts):
        whole = named_whole(doc, piece.sentence, piece.number, out[:index])
        if whole is None:
            continue
        # a place carried from a neighbouring sentence is not its own words: the whole it names says more
        vague_place = piece.place is None or piece.place.feature_type == "country" \
            or not piece.sentence.start <= piece.place.start < piece.sentence.end
        out[index] = replace(piece, place=whole.place if vague_place and whole.place else piece.place,
                             period=whole.period if piece.period.rule in UNDATED_RULES else piece.period)
    return out


def wholes_of_dated_lists(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A total followed by its list of dated batches ("2,282 returned in two handovers, 1,905 on 19 December
    and 377 on 9 January") runs from the first batch to the last, not the first batch's day alone."""
    item = doc.rules.pattern("list_item_before")
    out = list(drafts)
    for index, whole in enumerate(drafts):
        items = []
        for piece in drafts[index + 1:]:
            if piece.sentence != whole.sentence or not item.search(doc.text, whole.number.end, piece.number.start):
                break
            items.append(piece)
        dated = [d.period for d in items if d.period.rule == "own" and d.period.start and d.period.end]
        # parts that took the whole's own date ("on 30 April: around 140 at Taji and about 40 at …") date nothing
        if len(items) < 2 or len(dated) != len(items) or all(period == whole.period for period in dated):
            continue
        first, last = min(dated, key=lambda p: p.start), max(dated, key=lambda p: p.end)
        out[index] = replace(whole, period=FigurePeriod(first.start, last.end, f"{first.text} … {last.text}", "own"))
    return out
