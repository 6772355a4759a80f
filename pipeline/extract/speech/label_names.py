"""Who a transcript label names. Scripts and transcripts set labels in capitals and shorten them: a caption or
an introduction names "Brig. Gen. Khalid al-Mashhadani", then his turns are "MASHHADANI:"; "Dr. Muna Saleh" in
the studio speaks as "DR. MUNA SALEH:". The label names the person the article introduces under that name, its
titles left out, or under that surname when the label is one word."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.names.persons import PersonMention
from pipeline.text.folding import fold
from pipeline.text.rules import RuleSet

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


@cache
def title_words(rules: RuleSet) -> frozenset[str]:
    """Words of a title, whole ("doctor", "brigadier") or abbreviated ("dr", "gen")."""
    words = {w for title in rules.column("person_titles.csv", "title") for w in fold(title).split()}
    return frozenset(words | {fold(w) for w in rules.words("sentence_abbreviations.txt")})


def _untitled(label: str, rules: RuleSet) -> list[str]:
    words = fold(label).split()
    while len(words) > 1 and words[0] in title_words(rules):
        words = words[1:]
    return words


def label_person(doc: ArticleDoc, label: str, before: int) -> PersonMention | None:
    """The person named by the label's untitled words (the whole name, or its last word alone when the label is
    one word), before `before` if any, else after it; a mention in small letters before one in capitals."""
    words = _untitled(label, doc.rules)
    if not words:
        return None

    def named(person: PersonMention) -> bool:
        name = fold(person.name).split()
        return name == words or (len(words) == 1 and len(name) > 1 and name[-1] == words[0])

    # the name as running text writes it, before a label's capitals ("Dr. Irina Volkova", not "IRINA VOLKOVA")
    found = sorted((p for p in doc.mentions.people if named(p)), key=lambda p: p.surface.isupper())
    earlier = [p for p in found if p.start < before]
    return earlier[0] if earlier else (found[0] if found else None)
