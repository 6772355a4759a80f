"""Article language: declared (sources.csv) wins; otherwise "en" when plainly English, "ar" by its script."""

from __future__ import annotations

import re

import pycountry

from pipeline.ingest.rules import english_stopwords

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20  # below this a stopword share says nothing
MIN_STOPWORD_SHARE = 0.2  # English news prose runs at ~0.35 with the lexicon's words
MIN_LATIN_SHARE = 0.9


def _lookup(token: str) -> str | None:
    # Codes first: lookup("en") alone matches the language *named* "En".
    lang = (pycountry.languages.get(alpha_2=token.lower()) if len(token) == 2 else
            pycountry.languages.get(alpha_3=token.lower()) if len(token) == 3 else None)
    if lang is None:
        try:
            lang = pycountry.languages.lookup(token)
        except LookupError:
            return None
    return getattr(lang, "alpha_2", None)


def normalise_language(value: str | None) -> tuple[str | None, bool]:
    """Return (ISO 639-1 code or None, whether the given value was understood)."""
    text = (value or "").strip()
    if not text:
        return None, True
    # "en-US", "en_GB": the region tag does not change the language.
    token = re.split(r"[-_]", text)[0] if re.fullmatch(r"[A-Za-z]{2,3}[-_][A-Za-z0-9]+", text) else text
    code = _lookup(token)
    return code, code is not None


def looks_english(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    latin = sum(1 for w in words if w.isascii()) / len(words)
    stop = sum(1 for w in words if w.casefold() in english_stopwords()) / len(words)
    return latin >= MIN_LATIN_SHARE and stop >= MIN_STOPWORD_SHARE


ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MIN_ARABIC_SHARE = 0.6  # of letters: Arabic news quote Latin names and acronyms, rarely more


def script_language(text: str) -> str | None:
    """"ar" when most letters are Arabic, else None: the script says the language where no one did."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_WORDS:
        return None
    return "ar" if len(ARABIC_LETTER.findall(text)) / len(letters) >= MIN_ARABIC_SHARE else None
