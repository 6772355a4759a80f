"""People counted at a place in a line with no verb: "- June: fewer than 50 officers at Taji, according to a
security official", "Baghdad: 130 men in Baghdad." Such a line, in a list of figures or a fact box, says only
that they are there (`remaining`). A figure inside a sentence with a verb ("UNHCR interviewed 60 of the men at
the airfield", "40 of the officers at Taji have applied") is left to that verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.cue_text import HELD_SITES

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.number_mention import NumberMention


def held_at_site(doc: ArticleDoc, number: NumberMention, np_end: int) -> bool:
    """Whether the figure opens its line (after a label at most), its noun phrase is followed by "at" or "in" and a
    named place, and nothing but an attribution follows the place."""
    rules, text = doc.rules, doc.text
    line_start = text.rfind("\n", 0, number.start) + 1
    if not rules.pattern("verbless_line_opening").fullmatch(text, line_start, number.start):
        return False
    site = rules.pattern("site_after").match(text, np_end)
    place = next((p for p in doc.mentions.count_places if site is not None and p.start == site.end()), None)
    return place is not None and rules.pattern("verbless_line_end").match(text, place.end) is not None


def placed_at_site(doc: ArticleDoc, number: NumberMention, np_end: int) -> bool:
    """Whether the figure's people are named right before a camp, base or airfield they are at ("staff met some 120
    officers at Taji", "between 80 and 95 officers at Camp Taji, of whom 54 …"), the figure no part of a group
    ("61 of the officers at Taji" picks some of those held for what the clause says of them)."""
    rules, text = doc.rules, doc.text
    if rules.pattern("partitive_after").match(text, number.end):
        return False
    site = rules.pattern("site_after").match(text, np_end)
    # "at least 60 officers at Taji have asked to be resettled": the subject of a verb that tells what they did
    return site is not None and any(p.start == site.end() and p.feature_type in HELD_SITES
                                    and not rules.pattern("predicate_after").match(text, p.end)
                                    for p in doc.mentions.count_places)


NUMBER_REACH = 60  # characters before a figure where "put the number at Camp Taji at" may open


def counted_at_site(doc: ArticleDoc, number: NumberMention) -> bool:
    """Whether the words before the figure put the number of a camp, base or airfield ("Iraqi officials put the number
    at Camp Taji at 97 officers", "the count at the airfield was 412"): the people held there."""
    rules, text = doc.rules, doc.text
    start = max(0, number.start - NUMBER_REACH)
    return any(start <= p.start < number.start and p.feature_type in HELD_SITES
               and rules.pattern("number_at_site_before").search(text, max(start, p.start - 30), p.start)
               for p in doc.mentions.count_places)
