"""All named things of an Arabic article: organisations first, then people outside them, then the
places outside both (the same overlap policy as the default finders), except that a place whose
name holds a person's name ("قاعدة عين الأسد" around "الأسد") is the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.arabic.orgs import find_arabic_orgs
from pipeline.extract.arabic.persons import find_arabic_persons
from pipeline.extract.arabic.places import arabic_places
from pipeline.extract.arabic.site_refs import site_refs
from pipeline.extract.names.mentions import ArticleMentions
from pipeline.text.spans import overlaps_any

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def find_arabic_mentions(doc: ArticleDoc) -> ArticleMentions:
    orgs = [o for o in find_arabic_orgs(doc.text, doc.rules) if not overlaps_any(o, doc.garbled)]
    around, _ = arabic_places(doc, orgs)
    people = [p for p in find_arabic_persons(doc.text, orgs, doc.rules)
              if not any(r.start <= p.start and p.end <= r.end and r.end - r.start > p.end - p.start for r in around)]
    places, host = arabic_places(doc, [*orgs, *people])
    extents = {p.start: p.end for p in people}
    # "ويضم المطار حالياً ألفي عسكري": the airfield named before; "الموجودين هناك": the place just named
    count_places = sorted(places + site_refs(doc, places), key=lambda p: p.start)
    return ArticleMentions(people, orgs, places, count_places, extents, host)
