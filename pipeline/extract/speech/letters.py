"""Readers' letters: a paragraph opening on a salutation ("Sir, your report of 3 May said …", "Dear
Editor,") begins a letter, and the short line that signs it ("Col. (ret.) Henri Mbala, Lubumbashi", "Grace
Tshibanda, field coordinator, Relief Now") names who wrote it: every sentence between is the signer's own
words. A salutation with no signature within `MAX_PARAGRAPHS` paragraphs opens no letter (a speech's "Sir, …"
addresses the chair), and the editor's reply after the signature is the paper's, not the signer's.
The salutations and the signature's shape are the language pack's `letter_salutation` and `letter_signature`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.speakers import Speaker
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

MAX_PARAGRAPHS = 8  # a letter page's letters run a few paragraphs at most before their signature


def letter_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start -> (the signer, where the words begin) for each paragraph of a signed letter."""
    salutation = doc.rules.pattern("letter_salutation")
    paragraphs, found = doc.paragraphs, {}
    for index, para in enumerate(paragraphs):
        opening = salutation.match(doc.text, para.start, para.end)
        if opening is None:
            continue
        body = paragraphs[index:index + MAX_PARAGRAPHS]
        signed = next(((at, signer) for at, line in enumerate(body[1:], 1)
                       if (signer := _signer(doc, line)) is not None), None)
        if signed is None or any(salutation.match(doc.text, p.start, p.end) for p in body[1:signed[0]]):
            continue
        at, signer = signed
        found.update({p.start: (signer, opening.end() if p is para else p.start) for p in body[:at]})
    return found


def _signer(doc: ArticleDoc, line: Span) -> Speaker | None:
    """The person a signature line names: its name before the first comma, titles and asides left out."""
    signature = doc.rules.pattern("letter_signature").fullmatch(doc.text, line.start, line.end)
    if signature is None:
        return None
    start, end = signature.span("name")
    person = next((p for p in doc.mentions.people if start <= p.start and p.end <= end), None)
    if person is not None:
        return Speaker(person.start, person.end, doc.text[person.start:person.end], "named_person", person.name,
                       person.role)
    return Speaker(start, end, doc.text[start:end], "named_person", doc.text[start:end])
