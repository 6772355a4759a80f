"""Places in an Arabic article: the gazetteer's Arabic names, matched with the pack named by the
`places_with` setting (feature words are not needed to find a name), except common words that
also name a village somewhere (`places_stopnames.txt`: جديدة "new").

Arabic glues proclitics to the name (والقائم، بالعراق، ودمشق). The matcher sees a copy of the text
where a word-initial و، ف، ب، ك before the article ال, or a word-initial و before any word, is
blanked to a space: the same length, so every offset still points into the stored text.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.arabic.lexicon import key
from pipeline.extract.arabic.nisba import figure_nationalities, nisba_countries
from pipeline.extract.names.host_country import host
from pipeline.extract.names.mentions import _ref
from pipeline.extract.places.matcher import match_places
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.spans import Span, overlaps_any

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

_PROCLITIC = re.compile(r"(?<![\u0621-\u064a])(?:[وف]?[بك]?(?=ال)|و(?=[\u0621-\u064a]{3}))")


def unglued(text: str) -> str:
    """The text with proclitics before names blanked, offsets unchanged."""
    return _PROCLITIC.sub(lambda m: " " * len(m.group(0)), text)


def arabic_places(doc: ArticleDoc, taken: list[Span]) -> tuple[list[PlaceRef], PlaceRef | None]:
    """(places not inside a name already found, the host country: not the one whose people the figures count)."""
    common = {key(w) for w in doc.rules.words("places_stopnames.txt")}
    plain = unglued(doc.text)
    found = [_ref(m, doc.gazetteer) for m in match_places(plain, doc.gazetteer, doc.place_rules,
                                                          arabic_country_context(doc, plain))
             if not overlaps_any(m, doc.garbled) and not overlaps_any(m, taken) and key(m.surface) not in common
             and not _adjective(doc.text, m)]
    # Libyan soldiers in Tunisia: the article names Libya most, but the host is not the country they fled
    folded = fold_text(doc.text)
    origins = figure_nationalities(folded.text, [folded.at(n.end) for n in doc.numbers])
    return found, host(found, doc.gazetteer, origins)


CONTEXT_MENTIONS = 2  # as in English (`names/country_context.py`): named twice, or once as where something happens


def arabic_country_context(doc: ArticleDoc, plain: str) -> frozenset[str]:
    """The countries whose towns and districts are looked up: "فرّوا إلى تشاد … في مدينة أدري" finds Adré once Chad
    is named as where they went; a country named once in passing does not bring in its villages."""
    folded, locative = fold_text(doc.text), doc.rules.pattern("country_locative_before")
    named: Counter[str] = Counter()
    for start, _, code in doc.gazetteer.country_mentions(plain):
        at = folded.at(start)
        named[code] += CONTEXT_MENTIONS if locative.search(folded.text, max(0, at - 12), at) else 1
    named.update(nisba_countries(folded.text))  # "العسكريين السودانيين": each adjective once, as in English
    return frozenset(code for code, times in named.items() if times >= CONTEXT_MENTIONS)


TANWEEN_FATH = "\u064b"


def _adjective(text: str, match: Span) -> bool:
    """ "جندياً سورياً" (a Syrian soldier): a country's name with the indefinite accusative ending (tanween) is the
    adjective agreeing with a noun; a name of a place takes no tanween."""
    return TANWEEN_FATH in text[match.start:match.end + 1]
