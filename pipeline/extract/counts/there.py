"""Where "there" points: "there were still more than 500 men there", after "at the Al-Marsana airfield near
Al-Rutba" in the sentence before, counts men at the airfield. A figure whose clause says it happened "there"
(or "here", in a report filed from the place), or whose sentence opens on "There," ("There, according to the
historian, commissioners registered 3,873 soldiers"), is at the most precise place named before it in its own
sentence or the one before; an existential "there were" points nowhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.places.place_ref import PlaceRef


def place_there(doc: ArticleDoc, scope: FigureScope) -> PlaceRef | None:
    """The place a locative "there" in the figure's clause stands for, or None."""
    there = doc.rules.pattern("locative_there").search(doc.text, scope.lo, scope.hi) or \
        doc.rules.pattern("opening_there").match(doc.text, scope.sentence.start)
    if there is None:
        return None
    earlier = [s for s in doc.sentences if s.end <= scope.sentence.start]
    begin = earlier[-1].start if earlier and "\n\n" not in doc.text[earlier[-1].end:scope.sentence.start] \
        else scope.sentence.start
    dateline = doc.rules.pattern("dateline").match(doc.text, begin)
    begin = dateline.end() if dateline else begin
    named = [p for p in doc.mentions.count_places if begin <= p.start and p.end <= there.start()]
    # "at the Al-Marsana airfield near Al-Rutba": the site, not the town that locates it
    return max(named, key=lambda p: (p.specificity, p.start)) if named else None
