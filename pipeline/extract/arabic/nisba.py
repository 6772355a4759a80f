"""Countries named by their Arabic adjective (nisba): "العسكريين السودانيين" names Sudan as "Sudanese soldiers"
names it in English.

The adjective is the country's name, without its article and a final alef or ya, with the nisba ending: السودان ->
سوداني، السودانية، السودانيين، السودانيون; ليبيا -> ليبي، ليبية; تشاد -> تشادي; a "-stan" name's also without it:
أفغانستان -> أفغاني، أوزبكستان -> أوزبكي. The names are the gazetteer's Arabic ones
(`places/arabic_countries.py`), folded, one word long; a stem two countries would share is neither's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from pipeline.extract.arabic.folded import fold_word
from pipeline.extract.places.arabic_countries import arabic_country_names

MIN_STEM = 3  # letters: shorter stems (the adjective of a two-letter name) read ordinary words as countries
_ENDINGS = r"(?:يين|يون|يه|ي)"  # folded: ة is ه


@cache
def _stems() -> dict[str, str]:
    stems: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for code, names in arabic_country_names().items():
        for name in names:
            word = fold_word(name)
            if " " in word:
                continue
            stem = word[2:] if word.startswith("ال") else word
            stem = stem[:-1] if stem.endswith("ا") else stem
            stem = stem[:-1] if stem.endswith("ي") else stem  # ليبيا -> ليب: ليبي، ليبية، ليبيين
            # أفغانستان -> أفغاني، طاجيكستان -> طاجيكي: a "-stan" name's adjective may drop the ending
            for own in {stem, stem.removesuffix("ستان")}:
                if len(own) >= MIN_STEM:
                    stems[own] = code
                    counts[own] += 1
    return {stem: code for stem, code in stems.items() if counts[stem] == 1}


@cache
def _adjective_re(endings: str = _ENDINGS) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, _stems()), key=len, reverse=True))
    return re.compile(rf"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?P<stem>{alternation}){endings}(?![\u0621-\u064a])")


def nisba_countries(folded_text: str, endings: str = _ENDINGS) -> list[str]:
    """The country code of each country adjective in the folded text, in order."""
    stems = _stems()
    return [stems[m.group("stem")] for m in _adjective_re(endings).finditer(folded_text)] if stems else []


FIGURE_NOUN_WORDS = 3  # "٢٤٢ عسكرياً سورياً": the noun and its adjective follow the figure
# after a figure's noun the indefinite accusative "ليبياً" folds to the country's own name: there it is the adjective
_AFTER_NOUN_ENDINGS = r"(?:يين|يون|يه|يا|ي)"


def figure_nationalities(folded_text: str, figure_ends: list[int]) -> frozenset[str]:
    """The country whose people the figures count: the adjective most often right after a figure's noun
    ("سبعمئة وأربعين عسكرياً ليبياً"), not every one the article uses ("وزارة الدفاع التونسية")."""
    named: Counter[str] = Counter()
    for end in figure_ends:
        words = folded_text[end:end + 60].split()[:FIGURE_NOUN_WORDS]
        named.update(nisba_countries(" ".join(words), _AFTER_NOUN_ENDINGS))
    return frozenset(code for code, _ in named.most_common(1))
