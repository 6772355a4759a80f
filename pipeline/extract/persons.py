"""Person mentions: capitalised names with a cue (given name, title, role apposition, speech verb).

Short forms ("Miri", "Neema") are resolved to the full name introduced in the same article, so one
person is one entity however often and however spelt they are mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract import lexicon
from pipeline.extract.text import fold

TOKEN = r"(?:(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]in)-)?[A-Z][a-zA-Z]*(?:['’][a-zA-Z]+)?(?:-[A-Za-z][a-zA-Z'’]*)*"
# Names never run across a line break: a headline followed by a paragraph is not one name.
_NAME_RE = re.compile(rf"(?<![\w’'-]){TOKEN}(?:[ \t]+(?:(?:bin|ibn|al|el|abu|de)[ \t]+)?{TOKEN})*")
POSSESSIVE_RE = re.compile(r"['’‘]s?$")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    surface: str
    name: str
    role: str | None = None


@cache
def _title_words() -> frozenset[str]:
    words = set()
    for t in lexicon.column("person_titles.csv", "title"):
        words.update(t.split())
    words.update(a.lower() for a in lexicon.column("nationalities.csv", "adjective"))
    words.update(lexicon.column("ministry_topics.csv", "word"))
    words.update({"federal", "former", "interim", "acting", "official", "parliamentary", "government"})
    return frozenset(words)


@cache
def _given() -> frozenset[str]:
    return frozenset(fold(n) for n in lexicon.words("given_names.txt"))


@cache
def _role_nouns() -> frozenset[str]:
    return lexicon.column("role_nouns.csv", "noun")


@cache
def _speech_verbs() -> frozenset[str]:
    return lexicon.column("speech_verbs.csv", "verb")


def apposition_end(text: str, end: int) -> int | None:
    """Where a role apposition after a name ends ("Sagvan Sindi, the deputy head of X, told")."""
    m = _APPOSITION_RE.match(text[end:])
    return end + m.end(1) if m and _apposition(text, end) else None


_APPOSITION_RE = re.compile(r",\s+((?:(?:a|an|the)\s+)?[^,.;“”\"]{2,140}?)(?=,|\.|;|$)")


def _apposition(text: str, end: int) -> str | None:
    m = re.match(r",\s+((?:(?:a|an|the)\s+)?[^,.;“”\"]{2,140}?)(?=,|\.|;|$)", text[end:])
    if not m:
        return None
    words = m.group(1).lower().replace("’s", "").split()
    # The role noun leads ("the mayor of X") or closes ("a ... Committee member").
    return m.group(1) if any(w in _role_nouns() for w in words[:6] + words[-1:]) else None


def followed_by_speech(text: str, end: int) -> bool:
    m = re.match(r"\s+(?:also\s+|further\s+|later\s+)?([a-z]+)", text[end:])
    return bool(m and m.group(1) in _speech_verbs())


def _preceding_title(text: str, start: int) -> str | None:
    words = re.findall(r"[\w’'-]+", text[max(0, start - 60):start])[-4:]
    keep: list[str] = []
    for w in reversed(words):
        if w.lower() in _title_words():
            keep.insert(0, w)
        else:
            break
    return " ".join(keep) if keep and keep[-1].lower() in _title_words() - _nation_words() else None


@cache
def _nation_words() -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon.column("nationalities.csv", "adjective"))


def _split_title(surface: str) -> tuple[str, str]:
    """('Iraqi Defence Minister', 'Thabet al-Abbasi') from the whole capitalised run."""
    tokens = surface.split()
    i = 0
    while i < len(tokens) - 1 and tokens[i].lower() in _title_words():
        i += 1
    return " ".join(tokens[:i]), " ".join(tokens[i:])


def find_full_names(text: str, blocked: list[tuple[int, int]]) -> list[PersonMention]:
    out = []
    for m in _NAME_RE.finditer(text):
        title, name = _split_title(m.group(0))
        start = m.start() + (len(m.group(0)) - len(name))
        name = POSSESSIVE_RE.sub("", name)
        end = start + len(name)
        tokens = name.split()
        if len(tokens) < 2 or any(s < end and start < e for s, e in blocked):
            continue
        # A country adjective alone ("Syrian Military Commanders") is no cue; a real title is.
        real_title = any(w.lower() not in _nation_words() for w in title.split())
        cued = (fold(tokens[0]).split() or [""])[0] in _given() or real_title
        cued = cued or _apposition(text, end) is not None or followed_by_speech(text, end)
        if cued:
            lead, appos = title or _preceding_title(text, start), _apposition(text, end)
            role = ", ".join(filter(None, (lead, appos))) or None
            out.append(PersonMention(start, end, name, name, role))
    return out
