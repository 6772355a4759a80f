"""What an unnamed facility description means: "the base" is the article's one named base, "the town" the
town named last before it, "the crossing" the crossing named last before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.places.facilities import generic_facility_mentions
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

# News call the same site a camp, a base or an airfield: "the base" may be the named camp.
_SAME_SITE = {"camp": {"camp", "military_base"}, "military_base": {"military_base", "camp", "airfield"},
              "airfield": {"airfield", "military_base"}}


def _crossing_of(doc: ArticleDoc, place: PlaceRef) -> PlaceRef | None:
    """The border crossing a mention names: the crossing itself, or a town's one crossing of its name."""
    if place.feature_type == "border_crossing":
        return place
    if place.feature_type != "populated_place":
        return None
    sites = {e.place.location_id: e.place for e in doc.gazetteer.global_index.get(fold(place.surface))
             if e.place.feature_type == "border_crossing" and e.place.country_code == place.country_code}
    if len(sites) != 1:
        return None
    site = next(iter(sites.values()))
    return PlaceRef(place.start, place.end, place.surface, site.location_id, site.specificity, site.feature_type,
                    site.country_code)


TOWN_REACH = 600  # characters back to the town "the town" means: about a paragraph


def facility_refs(doc: ArticleDoc, places: list[PlaceRef]) -> list[PlaceRef]:
    """"A military camp north of Baghdad" is the article's one named camp, when it names exactly one;
    "outside the town" is the town named last before it, within about a paragraph."""
    out = []
    for span, ftype in generic_facility_mentions(doc.text, doc.rules):
        if ftype == "populated_place" and doc.text.startswith("this", span.start) and (
                filed := _dateline_town(doc, places)):
            named = {filed.location_id: filed}  # "this hot southern town": where the report was filed
        elif ftype == "populated_place":
            earlier = [p for p in places if p.feature_type == ftype and span.start - TOWN_REACH <= p.end <= span.start]
            named = {earlier[-1].location_id: earlier[-1]} if earlier else {}
        elif ftype == "border_crossing":
            # "registered at the crossing": the crossing named last before it (a town counts as the crossing
            # known by its name), else the article's one crossing
            sites = [c for p in places if (c := _crossing_of(doc, p)) is not None]
            before = [c for c in sites if c.end <= span.start]
            named = {before[-1].location_id: before[-1]} if before else {c.location_id: c for c in sites}
        else:
            named = {p.location_id: p for p in places if p.feature_type in _SAME_SITE.get(ftype, {ftype})}
            before = [p for p in places if p.feature_type in _SAME_SITE.get(ftype, {ftype}) and p.end <= span.start]
            if len(named) > 1 and before:
                # "fewer than 100 remained at the base" in an article of two sites: the one named last before it
                named = {before[-1].location_id: before[-1]}
        if len(named) == 1 and not _elsewhere(doc, span, next(iter(named.values())), places):
            p = next(iter(named.values()))
            out.append(PlaceRef(span.start, span.end, doc.text[span.start:span.end], p.location_id,
                                p.specificity, ftype, p.country_code))
    return out + _there(doc, places)


_ANCHORED = re.compile(r"\s+(?:in|at|near|outside|of)\s+(?:the\s+)?")


def _elsewhere(doc: ArticleDoc, span, site: PlaceRef, places: list[PlaceRef]) -> bool:
    """"the camp in Al-Rutba" is Al-Rutba's camp, not the article's one named camp, Camp Taji (a place that
    shares a word with the site's name, "the camp at Taji", is the site's own)."""
    after = _ANCHORED.match(doc.text, span.end)
    anchor = next((p for p in places if after is not None and p.start == after.end()), None)
    return anchor is not None and anchor.location_id != site.location_id and \
        not set(fold(anchor.surface).split()) & set(fold(site.surface).split())


# "still held there", not "there are"/"there were" (which opens a sentence on what exists)
_THERE = re.compile(r"(?<=[a-z] )there\b(?!\s+(?:are|were|is|was|remain|remained|have|has|had|will|would|seem|seems|"
                    r"appear|appears|may|might|must)\b)")


def _there(doc: ArticleDoc, places: list[PlaceRef]) -> list[PlaceRef]:
    """"He spoke to us at Camp Taji, north of Baghdad. He is one of roughly 200 Syrians still held there": the most
    precise place of its sentence before it, else of the sentence before, the later on a tie."""
    out = []
    for m in _THERE.finditer(doc.text):
        sentence = doc.sentence_at(m.start())
        if sentence is None:
            continue
        before = [s for s in doc.sentences if s.end <= sentence.start][-1:]
        earlier = [p for p in places if sentence.start <= p.start and p.end <= m.start()] or \
            [p for p in places if before and before[0].start <= p.start < before[0].end]
        if earlier:
            p = max(earlier, key=lambda ref: (ref.specificity, ref.start))
            out.append(PlaceRef(m.start(), m.end(), m.group(0), p.location_id, p.specificity, p.feature_type,
                                p.country_code))
    return out


def _dateline_town(doc: ArticleDoc, places: list[PlaceRef]) -> PlaceRef | None:
    """The town a dateline names ("CHOLUTECA, Honduras —"), as a town even where the gazetteer first reads the
    name as its province."""
    dateline = doc.rules.pattern("dateline")
    for paragraph in doc.paragraphs[:4]:
        if (m := dateline.match(doc.text, paragraph.start)) is None:
            continue
        named = next((p for p in places if m.start() <= p.start < m.end()), None)
        if named is None or named.feature_type == "populated_place":
            return named
        towns = [e.place for e in doc.gazetteer.country_index(named.country_code).get(fold(named.surface))
                 if e.place.feature_type == "populated_place"]
        town = max(towns, key=lambda t: (t.population, t.location_id), default=None)
        return town and PlaceRef(named.start, named.end, named.surface, town.location_id, town.specificity,
                                 town.feature_type, town.country_code)
    return None
