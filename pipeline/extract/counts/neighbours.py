"""The sentences next to a figure's that may tell of the same event, and the cues that show they do.

A reader carries a date or a place across sentences ("The handover took place on Wednesday at the
crossing, the command said. In all, 1,240 soldiers were handed over"): the sentence before in the
paragraph, or, for a headline, the first sentences of the body. A neighbour tells of the same event when it
carries a status cue of the figure's own status.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.origins import origin_countries
from pipeline.extract.counts.status import Cue, cues_in
from pipeline.extract.counts.writing_time import dates_writing
from pipeline.extract.layout.tables import row_at
from pipeline.extract.places.choice import IN_HOST
from pipeline.extract.places.said import speaker_based
from pipeline.extract.places.site import CROSSING, SITE_STATUSES
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.extract.places.place_ref import PlaceRef


def neighbours(doc: ArticleDoc, sent: Span) -> list[Span]:
    if is_headline(doc, sent):
        return [s for s in doc.sentences if s.start >= sent.end and not is_headline(doc, s)][:2]
    para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)
    earlier = [s for s in doc.sentences if s.end <= sent.start and (para is None or s.start >= para.start)]
    if not earlier and para is not None and doc.rules.pattern("group_back_reference").match(doc.text, sent.start):
        # "The largest group, 64 soldiers …" opening a paragraph goes on with the groups the one before told of
        earlier = [s for s in doc.sentences if s.end <= sent.start and not is_headline(doc, s)]
    return earlier[-1:]


def same_event_cues(doc: ArticleDoc, other: Span, status: str) -> list[Cue]:
    if status == "other":
        return []
    cues = cues_in(doc.text, other.start, other.end, "after", doc.rules) + \
        cues_in(doc.text, other.start, other.end, "before", doc.rules)
    return [c for c in cues if c.status == status]


_FOOTNOTE_MARK = re.compile(r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$")


def is_headline(doc: ArticleDoc, sent: Span) -> bool:
    """A headline or subhead: recognised by its title case, or a line that ends without a full stop, unless it is
    a table's row ("Returned to Syria | 1,905 | 19 Dec 2024"), whose neighbours are the rows above it."""
    # a footnote's mark after the full stop ("… through February and March.[4]") ends a sentence of prose
    line = _FOOTNOTE_MARK.sub("", doc.text[sent.start:sent.end].rstrip())
    return any(h.start <= sent.start < h.end for h in doc.headlines) or (
        "\n" not in line and not line.endswith((".", "!", "?", '"', "”", ":")) and
        doc.text[sent.end:sent.end + 1] in ("\n", "") and row_at(doc.table_rows, sent.start) is None)


def carried_place(doc: ArticleDoc, scope: FigureScope, sites_only: bool = False) -> PlaceRef | None:
    """A figure without a place of its own takes the most precise place (not a country, not a dateline) of
    the neighbouring sentence about the same event: "The handover took place at the crossing. In all, 1,240
    were handed over". With `sites_only`, as when the figure's own sentence names only a country, only a
    site (crossing, camp, base, airfield) says more than that country."""
    for other in neighbours(doc, scope.sentence):
        if not same_event_cues(doc, other, scope.status):
            continue
        dateline = doc.rules.pattern("dateline").match(doc.text, other.start)
        begin = dateline.end() if dateline else other.start
        named = [p for p in doc.mentions.count_places if begin <= p.start < other.end
                 and p.feature_type != "country" and (p.precision == 1 or not sites_only)
                 and _on_host_side(doc, p, scope.status) and not speaker_based(doc.text, p, doc.rules)]
        if named:
            return max(named, key=lambda p: (p.specificity, -p.start))
    return None


def _on_host_side(doc: ArticleDoc, place: PlaceRef, status: str) -> bool:
    """People who entered, remain or moved are in the host country, not in the one they left nor where someone
    else went: "Assad flees to Moscow" next to "a second column of 652 crosses" places the column in neither
    Damascus nor Moscow (a crossing belongs to both sides)."""
    if status not in IN_HOST or place.feature_type == "border_crossing":
        return True
    host = doc.mentions.host
    if host is not None and place.country_code == host.country_code:
        return True
    # an article about several hosts names each of them; a town in a country it never names is someone else's
    named = {p.country_code for p in doc.mentions.count_places if p.feature_type == "country"}
    return place.country_code in named and place.country_code not in doc.layer("origin_countries", origin_countries)


def day_named_before(doc: ArticleDoc, sent: Span, until: int | None = None) -> TimeMention | None:
    """The last single day the paragraph names before the sentence ("18 December, shortly after sunrise. ...
    1,905 men went home that day"), or before `until` in it ("By 31 March, 1,906 had been repatriated; 1,041 were
    still there on that date"): what "that day" points back to."""
    para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)
    end = sent.start if until is None else until
    days = [t for t in doc.times if para is not None and para.start <= t.start < end and t.kind != "present"
            and t.period_start is not None and t.period_start == t.period_end]
    return days[-1] if days else None


def time_named_before(doc: ArticleDoc, sent: Span, until: int) -> TimeMention | None:
    """The last time, a day or a span, its paragraph or the one before names ahead of `until` in the sentence
    ("crossed on 7 and 8 December. … The ministry's figure at the time was 2,493"): what "at the time" or "back
    then" points back to. Not a time of the present, nor one a memoir was written at."""
    index = next((i for i, p in enumerate(doc.paragraphs) if p.start <= sent.start < p.end), None)
    if index is None:
        return None
    start = doc.paragraphs[max(0, index - 1)].start
    times = [t for t in doc.times if start <= t.start and t.end <= until and t.kind != "present" and t.period_start
             and not dates_writing(doc, t) and not is_headline(doc, doc.sentence_at(t.start) or sent)]
    return times[-1] if times else None



def paragraph_site(doc: ArticleDoc, scope: FigureScope) -> PlaceRef | None:
    """A figure whose sentence and neighbour name no place is at the last site (camp, base, airfield,
    crossing) the paragraph named before it on the host's side: "Camp Taji lies north of Baghdad. Several dozen
    have now been held for more than six months". A town, a province or a capital there may be where something
    else happened or who spoke ("Baghdad has said"); a site is where people are held or pass. A return's site is
    a crossing: people held at a camp went home through somewhere else."""
    para = next((p for p in doc.paragraphs if p.start <= scope.sentence.start < p.end), None)
    host = doc.mentions.host
    if para is None:
        return None
    sites = [p for p in doc.mentions.count_places if para.start <= p.start < scope.sentence.start
             and p.precision == 1 and (p.feature_type == CROSSING or (
                 scope.status not in SITE_STATUSES and host is not None and p.country_code == host.country_code))]
    # by its name ("Camp Taji"), not by a word that stood for it in its own sentence ("moved there")
    return max(sites, key=lambda p: (p.surface[:1].isupper(), p.start)) if sites else None
