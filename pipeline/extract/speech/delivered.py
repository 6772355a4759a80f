"""The text of a speech or statement as delivered: "Text of the statement delivered this morning by the Minister
of the Interior, Raad Muhsin al-Karkhi, to the Council of Representatives." A ministry, an embassy or a
parliament publishes what one person said, and every paragraph after that line is that person's own words, as
a transcript's labelled turn is (`labels.py`). The words begin after the salutation ("Mr Speaker, honourable
members,") and end where the publisher's notes begin ("ENDS", "Notes to editors").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.speakers import Speaker

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

HEADER_PARAGRAPHS = 4  # the line that says whose text it is stands above the speech, not inside a report


def delivered_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start -> (the speaker, where the words begin) for each paragraph of a delivered text."""
    header, rules = doc.rules.pattern("delivered_text"), doc.rules
    for index, para in enumerate(doc.paragraphs[:HEADER_PARAGRAPHS]):
        # the line opens on it: "the text of his statement, delivered by a spokesman" inside a report is not one
        opening = (header.match(doc.text, sent.start, para.end) for sent in doc.sentences
                   if para.start <= sent.start < para.end)
        found = next((m for m in opening if m), None)
        speaker = _speaker_after(doc, found.end(), para.end) if found else None
        if speaker is None:
            continue
        words: dict[int, tuple[Speaker, int]] = {}
        for body in doc.paragraphs[index + 1:]:
            line = doc.text[body.start:body.end].strip()
            if rules.pattern("publisher_notes").match(line):
                break
            if not rules.pattern("salutation").fullmatch(line):
                words[body.start] = (speaker, body.start)
        return words
    return {}


def _speaker_after(doc: ArticleDoc, start: int, end: int) -> Speaker | None:
    """The person the header names after "by": "by the Minister of the Interior, Raad Muhsin al-Karkhi"."""
    person = next((p for p in doc.mentions.people if start <= p.start < end), None)
    if person is None:
        return None
    return Speaker(person.start, person.end, person.surface, "named_person", person.name, person.role)
