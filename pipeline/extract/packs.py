"""The rules an article is read with: its language's pack, then the topic pack."""

from __future__ import annotations

from functools import cache

from pipeline.lang import DEFAULT_LANGUAGE, packed_languages
from pipeline.paths import LANGUAGE_PACKS_DIR
from pipeline.text.rules import RuleSet
from pipeline.topics import DEFAULT_TOPIC, topic_folder

UNDETERMINED = "und"  # ISO 639-2 for a language that could not be determined


@cache
def rules_for(language: str | None, topic: str = DEFAULT_TOPIC) -> RuleSet | None:
    """The rule set for a language (None when it has no pack: such articles yield no rows). An
    undetermined language (`und`, or none given) is read with the default pack: short notes and
    figure-heavy texts are often too short to recognise, and rules that find nothing cost nothing."""
    code = (language or DEFAULT_LANGUAGE).split("-")[0].lower()
    code = DEFAULT_LANGUAGE if code == UNDETERMINED else code
    if code not in packed_languages():
        return None
    return RuleSet(LANGUAGE_PACKS_DIR / code, topic_folder(topic))


@cache
def topic_rules(topic: str = DEFAULT_TOPIC) -> RuleSet:
    """Language-independent tables of the topic pack alone (its places)."""
    return RuleSet(topic_folder(topic))
