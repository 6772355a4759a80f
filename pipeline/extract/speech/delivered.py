"""Pieces that are one person's own words, paragraph after paragraph, as a transcript's labelled turn is
(`labels.py`):

- the text of a speech or statement as delivered: "Text of the statement delivered this morning by the Minister
  of the Interior, Raad Muhsin al-Karkhi, to the Council of Representatives." A ministry, an embassy or a
  parliament publishes what one person said; the words begin after that line and its salutation ("Mr Speaker,
  honourable members,");
- a briefing note: "This is a summary of what was said by UNHCR spokesperson Nadia Berthier – to whom quoted
  text may be attributed – at today's press briefing"; the words begin after it, "we" being her agency;
- a first-person account "as told to" a journalist: "As told to Nadia Barakat", then an introduction in the
  editor's voice that names the speaker and says the account was edited ("He spoke to Nadia Barakat over three
  afternoons … His account has been translated, shortened and edited"); the words begin after it.

Either ends where the publisher's notes begin ("ENDS", "Notes to editors").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.speakers import Speaker

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span

_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
HEADER_PARAGRAPHS = 4  # the line that says whose words follow stands above them, not inside a report


def delivered_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start -> (the speaker, where the words begin) for each paragraph of such a piece."""
    found = _delivered(doc) or _told_to(doc)
    if found is None:
        return {}
    speaker, first = found
    words: dict[int, tuple[Speaker, int]] = {}
    for body in doc.paragraphs[first:]:
        line = doc.text[body.start:body.end].strip()
        if doc.rules.pattern("publisher_notes").match(line):
            if words:
                break
            continue  # a rule ("---") between the header and the words opens them, it does not close them
        # "Questions and answers": a subheading of the note is the publisher's, no words of the speaker
        if not doc.rules.pattern("salutation").fullmatch(line) and (
                "\n" in line or line.endswith(_SENTENCE_ENDS)):
            words[body.start] = (speaker, body.start)
    return words


def _delivered(doc: ArticleDoc) -> tuple[Speaker, int] | None:
    """(the speaker, index of the first paragraph of their words) of a delivered text, else None."""
    header = doc.rules.pattern("delivered_text")
    for index, para in enumerate(doc.paragraphs[:HEADER_PARAGRAPHS]):
        # the line opens on it: "the text of his statement, delivered by a spokesman" inside a report is not one
        opening = (header.match(doc.text, sent.start, para.end) for sent in _sentences(doc, para))
        found = next((m for m in opening if m), None)
        if found is not None and (speaker := _person(doc, found.end(), para.end) or _body(doc, found.end(), para.end)):
            return speaker, index + 1
    return None


def _told_to(doc: ArticleDoc) -> tuple[Speaker, int] | None:
    """(the speaker, index of the first paragraph of their words) of an account "as told to", else None."""
    label, edited = doc.rules.pattern("as_told_to"), doc.rules.pattern("account_edited")
    paragraphs = doc.paragraphs[:HEADER_PARAGRAPHS + 1]
    told = next(((index, m) for index, para in enumerate(paragraphs)
                 if (m := label.search(doc.text, para.start, para.end))), None)
    if told is None:
        return None
    for index, para in enumerate(paragraphs[told[0]:], start=told[0]):
        # the journalist the label names ("As told to Nadia Barakat") is not the one speaking
        start = max(para.start, told[1].end() + 1) if index == told[0] else para.start
        if edited.search(doc.text, para.start, para.end) and (speaker := _person(doc, start, para.end)):
            return speaker, index + 1
    return None


def _sentences(doc: ArticleDoc, para: Span) -> list[Span]:
    return [sent for sent in doc.sentences if para.start <= sent.start < para.end]


def _person(doc: ArticleDoc, start: int, end: int) -> Speaker | None:
    """The first person named between `start` and `end`: "by the Minister of the Interior, Raad Muhsin
    al-Karkhi", "Sergeant Fuad Ali al-Hakami, 34, served for eleven years …"."""
    person = next((p for p in doc.mentions.people if start <= p.start < end), None)
    if person is None:
        return None
    return Speaker(person.start, person.end, person.surface, "named_person", person.name, person.role)


def _body(doc: ArticleDoc, start: int, end: int) -> Speaker | None:
    """The first body named between `start` and `end`, when no person is: "the full text of a statement issued by
    the Iraqi Ministry of Defence" is the ministry's own words."""
    org = next((o for o in doc.mentions.orgs if start <= o.start < end), None)
    return None if org is None else Speaker(org.start, org.end, org.surface, "organization", org.name)
