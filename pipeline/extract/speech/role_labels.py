"""Broadcast transcripts label each turn with a role and name the person once: "GUEST (MUNA AL-HITI): Good
morning", then "GUEST: At the beginning it was about three thousand". Every turn under that role is the named
person's own words. A journalist's roles ("HOST", "ANCHOR", "CORRESPONDENT", `transcript_journalist_roles.txt`)
ask the questions or tell the story: their turns are no one's statements, though what they report others said
still is ("HOST: The ministry says 1,903").

The name keeps the casing the article gives it elsewhere ("Muna al-Hiti" in the introduction), else its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.speech.journalists import ROLES_FILE
from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.turn_start import turn_start

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

NO_SPEAKER_FILE = "transcript_labels.txt"  # "Q", "Update": labels that name no speaker
# "GUEST (MUNA AL-HITI):", "The Minister for the Interior (Mr. Samuel Okyere-Darko):"
_NAMED_ROLE = re.compile(r"(?P<role>(?:The )?[A-Z][\w’'.-]*(?: (?:(?:for|of|the|and|on) )*[A-Z][\w’'.-]*){0,5})"
                         r" \((?P<name>[A-Z][^()\n:]{2,60}?)\):[ \t]+(?=\S)")
_ACRONYM = re.compile(r"[A-Z]{2,10}")
_ROLE = re.compile(r"(?P<role>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}):[ \t]+(?=\S)")


def role_labelled_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start -> (speaker, where the words begin) for each turn under a role that a label has named."""
    if not doc.rules.has(ROLES_FILE):
        return {}
    # a question's label names the journalist who asks ("Q (Mark Ellery, Orient Wire): …")
    asking = {w.lower() for name in (ROLES_FILE, NO_SPEAKER_FILE) if doc.rules.has(name) for w in doc.rules.words(name)}
    text, named, out = doc.text, {}, {}
    for para in doc.paragraphs:
        label = _NAMED_ROLE.match(text, start := turn_start(doc, para))
        if label is not None and _ACRONYM.fullmatch(label.group("name")):
            continue  # "HÉLÈNE MARCHETTI (UNHCR):": a person's name and the body they speak for (`labels.py`)
        if label is not None:
            role = label.group("role").lower()
            named[role] = Speaker(label.start("name"), label.end("name"), label.group("name"), "named_person",
                                  _name(doc, label.start("name"), label.end("name")))
        else:
            label = _ROLE.match(text, start)
            role = label.group("role").lower() if label else None
            if role is not None and role not in named and role not in asking and (
                    introduced := _introduced(doc, role, para.start)) is not None:
                named[role] = introduced
        if role is not None and role in named and role not in asking:
            out[para.start] = (named[role], label.end())
    return out


def _introduced(doc: ArticleDoc, role: str, before: int) -> Speaker | None:
    """The person the introduction names with the label's role, before its first turn: "a transcript of today's
    noon briefing by Mireille Santangelo, Spokesperson for the Secretary-General" makes every "Spokesperson:" turn
    hers; "the Chairman, Mr. Ali Khalaf" every "Chairman:" turn his."""
    text, role_words = doc.text, re.escape(role).replace(r"\ ", r"\s+")
    after = re.compile(rf",\s+(?:the\s+)?{role_words}\b", re.IGNORECASE)
    ahead = re.compile(rf"\b(?:the\s+)?{role_words},?\s+(?:(?-i:[A-Z][a-z]{{1,4}})\.?\s+)?$", re.IGNORECASE)
    for person in doc.mentions.people:
        if person.end > before:
            break
        if after.match(text, person.end) or ahead.search(text, max(0, person.start - len(role) - 16), person.start):
            return Speaker(person.start, person.end, text[person.start:person.end], "named_person",
                           _name(doc, person.start, person.end))
    return None


def _name(doc: ArticleDoc, start: int, end: int) -> str:
    """The person the label names, as the name layer reads it (titles left out: "Mr. Samuel Okyere-Darko"), else
    the label's words as the article writes them."""
    person = next((p for p in doc.mentions.people if start <= p.start and p.end <= end), None)
    return as_written(doc.text, person.name if person is not None and person.name else doc.text[start:end].strip())


def as_written(text: str, name: str) -> str:
    """The name as the article writes it in running text, when a label sets it in capitals."""
    if not name.isupper():
        return name
    found = re.search(re.escape(name), text, re.IGNORECASE)
    while found is not None and found.group(0).isupper():
        found = re.compile(re.escape(name), re.IGNORECASE).search(text, found.end())
    return found.group(0) if found else name.title()
