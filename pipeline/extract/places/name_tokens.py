"""The tokens of an article that a place name can hold, with their folded keys.

A token is a run of letters and digits, apostrophes inside ("Cox's"). A name holds every token but
lower-case words other than its articles and connectors ("al-Qaim", "Republic of the Congo"), so most
of an article's words are never looked at: one scan finds only tokens that open on a character other
than a-z, or that are one of those words, each exactly as the full tokenization would cut it (a token
starts after no letter, digit or letter-and-apostrophe). The folded keys of a token are asked once
per process: the same capitalised words recur in every article.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.paths import GAZETTEER_DATA_DIR
from pipeline.text.folding import fold
from pipeline.text.rules import read_words

_APOSTROPHE = "['’‘ʼ`]"
_TOKEN = rf"[^\W_]+(?:{_APOSTROPHE}[^\W_]+)*"
_POSSESSIVE_RE = re.compile(r"['’]s$")


@cache
def articles() -> frozenset[str]:
    return frozenset(read_words(GAZETTEER_DATA_DIR / "name_articles.txt"))


@cache
def inner_words() -> frozenset[str]:
    """Lower-case tokens a name may hold: articles ("al-Qaim") and connectors ("Republic of the Congo")."""
    return articles() | frozenset(read_words(GAZETTEER_DATA_DIR / "name_connectors.txt"))


@cache
def _candidate_re() -> re.Pattern[str]:
    """Tokens opening on anything but a-z, or that are an inner word; a superset of the kept tokens."""
    words = "|".join(map(re.escape, sorted(inner_words(), key=lambda w: (-len(w), w))))
    whole = rf"(?:{words})(?![^\W_]|{_APOSTROPHE}[^\W_])"
    return re.compile(rf"(?<![^\W_])(?<![^\W_]{_APOSTROPHE})(?=[^\W_a-z]|{whole}){_TOKEN}")


@lru_cache(maxsize=1 << 16)
def token_keys(token: str) -> tuple[str, str]:
    """(folded token, folded token without a possessive "'s"): "Cox's Bazar" keeps its "s" inside a
    name, "Iraq's" ends one without it."""
    return fold(token), fold(_POSSESSIVE_RE.sub("", token))


def has_possessive(token: str) -> bool:
    return token.endswith(("'s", "’s"))  # _POSSESSIVE_RE's match: a token holds no line break


def name_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of every token a name can hold, in text order: those not opening in lower
    case, and the lower-case articles and connectors."""
    inner = inner_words()
    return [(start, end, token) for start, end, token in _candidates(text) if not token[0].islower() or token in inner]


@cache
def _after_re() -> re.Pattern[str]:
    """`_candidate_re` after the character before a token (one that is no letter or digit): a pattern opening on
    look-behinds is entered by the engine at every character, one opening on a class only where the class
    matches, at spaces and punctuation."""
    return re.compile(rf"[\W_]({_candidate_re().pattern})")


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """`_candidate_re().finditer(text)` as (start, end, token): a token at the text's start has nothing before it."""
    first = _candidate_re().match(text)
    found = [(0, first.end(), first.group())] if first else []
    return found + [(m.start(1), m.end(1), m.group(1)) for m in _after_re().finditer(text, first.end() if first else 0)]
