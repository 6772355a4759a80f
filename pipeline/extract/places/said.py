"""Places of saying, not of the people counted: where the words were said ("told reporters in Baghdad that
1,851 ...", "said in Amman") and the seat of government a speaker speaks from ("an official of the ministry in
Paris gave the figure"). A local speaker's town ("an officer in Bertoua told ...") is where the people are, unless it lies outside the country
they are in ("a committee of families in Tartus puts the figure at 97", of officers held in Iraq)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.speech.place_voices import seat_of_state
from pipeline.extract.speech.verbs import verb_re

if TYPE_CHECKING:
    from pipeline.extract.places.place_ref import PlaceRef
    from pipeline.text.rules import RuleSet
    from pipeline.text.spans import Span


def said_in(text: str, p: PlaceRef, sentence_start: int, rules: RuleSet) -> bool:
    """The place follows a speech verb of the sentence ("told reporters in Baghdad that 1,851 ...", "said in
    Amman"): where the words were said, not where the people were."""
    if rules.pattern("speaking_in_before").search(text, max(sentence_start, p.start - 60), p.start):
        return True  # "Speaking to local media in Ramadi, he put the number …": a participle of speaking
    verbs = list(verb_re(rules).finditer(text, max(sentence_start, p.start - 60), p.start))
    # "put the number who crossed at Fotokol at 150" estimates the people; it names no place of saying
    return bool(verbs) and not _ESTIMATE.search(verbs[-1].group(0)) and \
        _SAID_IN.fullmatch(text, verbs[-1].end(), p.start) is not None


# at most a short object between the verb and the place ("told reporters in", "told a news conference in"),
# not the people counted ("put the number of officers still at Taji at 100")
_SAID_IN = re.compile(r"\s+(?:(?!of\b|who\b|which\b|that\b)[\w’'-]+\s+){0,3}?(?:in|at|from)\s+(?:the\s+)?",
                      re.IGNORECASE)
_ESTIMATE = re.compile(r"\b(?:number|figure|total|group|count|tally)$", re.IGNORECASE)


# an adverb or the day of saying may stand between ("the Ministry of the Interior at Bucharest yesterday evening stated")
_BEFORE_VERB = re.compile(r"\s+(?:(?:yesterday|today|tonight|last\s+night|(?:on|last)\s+[A-Z][a-z]+day)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+)?(?:(?:has|have|had)\s+)?"
                          r"(?:\w+ly\s+|also\s+|later\s+|then\s+)?")  # "Moscow has repeatedly said that …"


def speaker_in(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    """The place is a capital or a country ending the speaker's noun phrase ("the ministry in Paris gave"), or a
    capital standing for its government ("Harare said in September that …"): a speech verb follows it directly."""
    gap = _BEFORE_VERB.match(text, p.end)
    # a country that speaks ("Chad says 320 soldiers crossed") is still the country they are in
    return seat_of_state(p) and gap is not None and verb_re(rules).pattern.match(text, gap.end()) is not None and (
        p.feature_type != "country" or bool(_SPEAKER_AT.search(text, max(0, p.start - 12), p.start)))


# the speaker's own place, right before their verb: "officials in Anbar said", "the ministry in Paris gave"
_SPEAKER_AT = re.compile(r"\b(?:in|at|from)\s+(?:the\s+)?$", re.IGNORECASE)


def spoken_from(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    """Any place but a country ending the speaker's noun phrase, its speech verb right after it ("its
    representatives at Hendaye said that …"): where the words came from, not where the people were."""
    gap = _BEFORE_VERB.match(text, p.end)
    return p.feature_type != "country" and gap is not None and verb_re(rules).pattern.match(text, gap.end()) is not None \
        and bool(_SPEAKER_AT.search(text, max(0, p.start - 12), p.start))



SPEAKER_REACH = 60  # "province told reporters", "tribal leader told local television": the rest of the subject


def speaker_based(text: str, p: PlaceRef, rules: RuleSet) -> bool:
    """A place in the noun phrase of someone whose speech verb follows it ("counted 21,870 people, its spokesman
    in Zagreb, Peter Hallgren, said"): where the speaker is based, not where the people counted are."""
    gap = _NAMED_BEFORE_VERB.match(text, p.end)
    return gap is not None and verb_re(rules).pattern.match(text, gap.end()) is not None \
        and rules.pattern("speaker_place_before").search(text, max(0, p.start - 60), p.start) is not None


# the speaker's name set between the place and the verb, if any: ", Peter Hallgren, said"
_NAMED_BEFORE_VERB = re.compile(r"(?:\s*,\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s*,)?\s+")


def speaker_region(text: str, p: PlaceRef, sentence: Span, figure_start: int, rules: RuleSet) -> bool:
    """A province or region inside the speaker's own noun phrase, before the sentence's first speech verb ("an
    Anbar tribal leader told", "a local official in Anbar province told reporters", "who commands operations in
    western Anbar, said"): where the speaker serves, not where the people counted were. Not a sentence that
    opens on the place ("In Anbar, officials said"), nor one whose figure points back to it ("in the province")."""
    if p.feature_type not in ("admin1", "region") \
            or rules.pattern("place_opens_sentence").fullmatch(text, sentence.start, p.start) \
            or rules.pattern("region_referred_back").search(text, figure_start, sentence.end):
        return False
    scan = verb_re(rules)
    if scan.search(text, sentence.start, p.start) is not None:
        return False
    verb = scan.search(text, p.end, figure_start)
    return verb is not None and verb.start() - p.end <= SPEAKER_REACH


def speaker_abroad(text: str, p: PlaceRef, figure_start: int, host: PlaceRef | None, rules: RuleSet) -> bool:
    """A place outside the host country before a speech verb that comes before the figure ("A committee of families
    in Latakia that tracks missing soldiers says it has records of 212 men who crossed into Iraq"): where the
    speaker is, which cannot be where people in the host country are."""
    if host is None or p.country_code == host.country_code or p.feature_type in ("border_crossing", "country"):
        return False
    verb = verb_re(rules).search(text, p.end, min(figure_start, p.end + SPEAKER_REACH))
    return verb is not None and rules.pattern("speaker_place_before").search(text, max(0, p.start - 60), p.start) is not None
