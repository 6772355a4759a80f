"""Where a part of a placed group is: "At least 38 of the officers have asked to be resettled" after "164 men
were moved to Camp Taji" are at Camp Taji, though their own sentence names no place."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.places.host import held_site

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.doc import ArticleDoc

HELD = ("remaining", "relocated")  # figures that say where a group is kept


def placed_with_group(doc: ArticleDoc, drafts: list[CountDraft]) -> list[CountDraft]:
    """A figure of part of the people ("N of them", "N of the officers") is where the group it names with a place
    is ("of the officers at Camp Taji"); when it stays where they are (`remaining`, `other`) and its sentence gives
    no place more precise than a country, at the site of the last group the article placed before it."""
    partitive = doc.rules.pattern("partitive_after")
    out: list[CountDraft] = []
    for draft in drafts:
        if part := partitive.match(doc.text, draft.number.end):
            sentence = draft.sentence
            named = [p for p in doc.mentions.count_places if sentence.start <= p.start < sentence.end
                     and p.feature_type != "country"]
            # "41 of the officers at Camp Taji": the group is named with its place, which no other wins over
            own = [p for p in named if part.end() <= p.start <= part.end() + 8]
            group = next((d for d in reversed(out) if d.status in HELD and d.place is not None
                          and d.place.feature_type != "country"), None)
            # "176 of the men remained in Iraq": a country its own sentence names is where the part is said to be
            vague = draft.place is None or (draft.place.feature_type == "country" and not any(
                p.location_id == draft.place.location_id for p in doc.mentions.count_places
                if draft.number.end <= p.start < sentence.end))
            if own:
                draft = replace(draft, place=held_site(doc, draft.status, own[0]))
            elif vague and draft.status in ("remaining", "other") and group is not None and not named:
                draft = replace(draft, place=group.place)
        out.append(draft)
    return out
