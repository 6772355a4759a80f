"""An article's country context: the countries it names more than in passing, by name or by adjective ("Afghan
soldiers", "Uzbekistan"). The gazetteer looks places up within these countries, so their towns and districts
are known while the thousands of villages of a country named once ("US troops") stay out."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.names.nationalities import nationalities
from pipeline.text.letter_first import letter_first
from pipeline.text.rules import alternation

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

CONTEXT_MENTIONS = 2


def country_context(doc: ArticleDoc) -> frozenset[str]:
    """The article's country context: countries it names more than in passing, by name, by the
    well-known places in them, or by adjective ("Afghan pilots"), or once as where something happens
    ("fled into Bangladesh", "Termez, Uzbekistan"). A country named once in passing ("US troops")
    does not bring in its thousands of villages ("Friendship", a town in the US)."""
    gaz = doc.gazetteer
    named: Counter[str] = Counter()
    locative = _locative_re(doc.rules)
    for start, _, code in gaz.country_mentions(doc.text):
        named[code] += CONTEXT_MENTIONS if locative.search(doc.text, max(0, start - 30), start) else 1
    adjectives = nationalities(doc.rules)
    for m in _adjective_re(doc.rules).finditer(doc.text):
        if code := gaz.country_code(adjectives[m.group(0)]):
            named[code] += 1
    return frozenset(code for code, times in named.items() if times >= CONTEXT_MENTIONS)


@cache
def _locative_re(rules) -> re.Pattern[str]:
    preps = alternation([r["preposition"] for r in rules.rows("locative_prepositions.csv")])
    return re.compile(rf"(?:\b(?:{preps})\s+(?:the\s+)?|[A-Z][\w’'-]*,\s*)$", re.IGNORECASE)


@cache
def _adjective_re(rules) -> re.Pattern[str]:
    # tried only at the letters a nationality opens with (`letter_first.py`)
    return letter_first(rf"(?<![\w-])(?:{alternation(list(nationalities(rules)))})(?![\w-])")
