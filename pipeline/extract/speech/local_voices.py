"""The authorities or officials of a place speaking: "Mizoram authorities said …", "Tak provincial officials say …".

News name a region's or a town's government by the place before a body noun, as they name a country's by its
adjective ("Indian authorities"). A place right before such a noun (`local_speaker_after`: authorities, police,
officials, with "state", "provincial" or "border" between) that opens its clause before a lower-case speech verb
is a speaker: a body for authorities, police or a government (`organization`), an unnamed person for officials.
Where another candidate already covers the words ("Anbar Operations Command said"), that candidate stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.place_voices import AUXILIARY, opens_clause
from pipeline.extract.speech.verbs import verb_re

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.speech.speakers import Speaker

PERSONS = ("official", "officials", "sources", "source")  # nouns of unnamed people, the rest are bodies


def local_voices(doc: ArticleDoc, taken: list[Speaker], make) -> list[Speaker]:
    """Speakers made by `make(start, end, surface, kind)` for each place-and-noun subject of a speech verb."""
    if not doc.rules.has_pattern("local_speaker_after"):
        return []
    text, head, verb = doc.text, doc.rules.pattern("local_speaker_after"), verb_re(doc.rules)
    found = []
    for place in doc.mentions.places:
        noun = head.match(text, place.end)
        if noun is None or any(t.start < noun.end() and place.start < t.end for t in taken):
            continue
        gap = AUXILIARY.match(text, noun.end())
        said = verb.pattern.match(text, gap.end()) if gap else None
        if said is None or not said.group(0).islower() or said.group(0) == "according to":
            continue
        if opens_clause(text, place.start):
            kind = "anonymous" if noun.group("noun").lower() in PERSONS else "organization"
            found.append(make(place.start, noun.end(), text[place.start:noun.end()], kind))
    return found
