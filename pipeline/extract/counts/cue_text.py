"""The text the status cues are read in: asides and place names blanked, so that "the Al-Bukamal border crossing"
says nothing about crossing; a camp's, base's or airfield's own word kept for the cues that read where people are
held."""

from __future__ import annotations

import re

from pipeline.extract.counts.clauses import blank_asides
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.rules import RuleSet

HELD_SITES = ("camp", "military_base", "airfield")  # "were at the camp" tells where they were held: a cue


def cue_text(text: str, places: list[PlaceRef], rules: RuleSet) -> str:
    """Asides and place names blanked: "the Al-Bukamal border crossing" says nothing about crossing. A camp,
    base or airfield stays, for the cues that read where people are held ("68 officers were at the camp")."""
    return places_blanked(blank_asides(text, rules), places)


def within_own_aside(text: str, blanked: str, places: list[PlaceRef], start: int, asides: list[tuple[int, int]]
                     ) -> str:
    """`blanked` with the aside (of `asides`, the spans `figure_asides` blanked) a figure stands in given back to it:
    an aside's verbs are not the sentence's other figures', but they are its own (", including recent reports that
    "thousands" of officers remain in Iraq,")."""
    inside = next(((lo, hi) for lo, hi in asides if lo <= start < hi), None)
    if inside is None:
        return blanked
    lo, hi = inside
    kept = places_blanked(text[:hi], [p for p in places if p.end <= hi])
    return blanked[:lo] + kept[lo:] + blanked[hi:]


def places_blanked(text: str, places: list[PlaceRef]) -> str:
    """Place names blanked, a crossing's read as "border"."""
    blanked = text
    # a place said by a word of the language ("living there") is no name that could pass for a verb: it stays
    for p in (p for p in places if not text[p.start:p.end].islower()):
        surface = text[p.start:p.end]
        if p.feature_type in HELD_SITES and (_SITE_WORD.search(surface) or p.end - p.start < len(_CAMP)):
            continue  # "were at Camp Taji", "held at the Al-Marsana airfield": the cues read the site's own word
        # a crossing's name reads as "border" to the cues: "walked up to the Al-Qaim crossing" is "walked up to the
        # border", "were driven to the Jaber crossing" "driven to the border"; a camp's name alone as "camp": "were
        # at Taji" is "were at camp"
        kept = _CAMP if p.feature_type in HELD_SITES else \
            _BORDER if p.feature_type == "border_crossing" and p.end - p.start >= len(_BORDER) else ""
        blanked = blanked[:p.start] + kept + " " * (p.end - p.start - len(kept)) + blanked[p.end:]
    return blanked


_BORDER = "border"
_CAMP = "camp"
_SITE_WORD = re.compile(r"(?i)\b(?:camp|base|airfield|air\s*base|barracks|facility|prison|centre|center)\b")
