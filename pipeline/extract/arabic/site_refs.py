"""What an Arabic article's unnamed sites mean: "المطار" (the airfield), "المعسكر", "القاعدة", "المخيم", "المنفذ" are the
site of that kind it named last before them, else its one such site (`places_site_words.csv`); "هناك" (there) is the
most precise place of its sentence before it, else of the sentence before, as "there" is in English
(`places/facility_refs.py`)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, alt, table
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.rules import RuleSet

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

_THERE = re.compile(rf"{BEFORE}(?P<w>هناك){AFTER}")


@cache
def _site_re(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    kinds = {w: frozenset(v.split("|")) for w, v in table(rules, "places_site_words.csv", "word", "feature_types").items()}
    # a definite noun alone, not the head of a name or a described place ("مطار المرسنة" has no article)
    return re.compile(rf"{BEFORE}(?P<w>{alt(kinds)}){AFTER}"), kinds


def site_refs(doc: ArticleDoc, places: list[PlaceRef]) -> list[PlaceRef]:
    if not doc.rules.has("places_site_words.csv"):
        return []
    f, (pattern, kinds), out = fold_text(doc.text), _site_re(doc.rules), []
    for m in pattern.finditer(f.text):
        start, end = f.start(m.start("w")), f.end(m.end("w"))
        if any(p.start <= start < p.end for p in places):
            continue
        wanted = kinds[m.group("w")]
        sites = [p for p in places if p.feature_type in wanted]
        before = [p for p in sites if p.end <= start]
        named = before[-1] if before else (sites[0] if len({p.location_id for p in sites}) == 1 else None)
        if named is not None:
            out.append(_as(named, start, end, doc.text))
    for m in _THERE.finditer(f.text):
        start, end = f.start(m.start("w")), f.end(m.end("w"))
        sentence = doc.sentence_at(start)
        if sentence is None:
            continue
        previous = [s for s in doc.sentences if s.end <= sentence.start][-1:]
        earlier = [p for p in places if sentence.start <= p.start and p.end <= start] or \
            [p for p in places if previous and previous[0].start <= p.start < previous[0].end]
        if earlier:
            out.append(_as(max(earlier, key=lambda p: (p.specificity, p.start)), start, end, doc.text))
    return out


def _as(place: PlaceRef, start: int, end: int, text: str) -> PlaceRef:
    return PlaceRef(start, end, text[start:end], place.location_id, place.specificity, place.feature_type,
                    place.country_code)
