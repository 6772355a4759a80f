"""Names in Arabic script and their Latin transliterations, compared by consonant skeleton.

Transliterations disagree on vowels (Miqdad / Muqdad), doubled letters (Yasser / Yaser) and the
spelling of one sound (sh, th, kh, q / k), but keep the consonants. Both scripts are reduced to one
skeleton per word: Arabic long vowels, hamza seats and ayn dropped, Latin vowels dropped, digraphs
and sound-alikes merged, doubles collapsed, the article al dropped. Two names match when they have
two or more words and every skeleton agrees: a shared family name alone never does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": None, "ا": None, "أ": None, "إ": None, "آ": None,
    "و": None, "ي": None, "ى": None, "ء": None, "ؤ": None, "ئ": None, "ع": None, "ـ": None,
})
_LATIN_SOUNDS = (("sh", "s"), ("th", "t"), ("kh", "k"), ("dh", "d"), ("gh", "g"), ("ph", "f"),
                 ("q", "k"), ("c", "k"), ("x", "ks"), ("v", "f"), ("p", "b"), ("g", "j"))
_ARTICLE = re.compile(r"^(?:al|el|ال)[-\s]?")


def is_arabic(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)


def _collapse(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _latin_word(word: str) -> str:
    word = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalpha() and c.isascii())
    word = re.sub(r"h$", "", word)  # "Hamzah", "Rashid": a final h is a vowel's or ta marbuta's
    for spelling, sound in _LATIN_SOUNDS:
        word = word.replace(spelling, sound)
    return _collapse(re.sub(r"[aeiouyw']", "", word))


def _arabic_word(word: str) -> str:
    stripped = "".join(c for c in word if not unicodedata.combining(c))
    return _collapse(stripped.translate(_ARABIC).replace("g", "j"))


@lru_cache(maxsize=1 << 14)
def skeleton(name: str) -> tuple[str, ...]:
    """One consonant skeleton per word, the article dropped: "ثابت العباسي" and "Thabet al-Abbasi" ->
    ("tbt", "bs")."""
    words = [_ARTICLE.sub("", w) for w in re.split(r"[\s\-]+", name.strip()) if w]
    reduce = _arabic_word if is_arabic(name) else _latin_word
    return tuple(s for s in (reduce(w) for w in words if w) if s)


def same_across_scripts(a: str, b: str) -> bool:
    """True when one name is Arabic, the other Latin, and they are the same full name."""
    if is_arabic(a) == is_arabic(b):
        return False
    sa, sb = skeleton(a), skeleton(b)
    return len(sa) >= 2 and sa == sb
