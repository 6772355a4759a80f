"""The body "It said …" means when no body has spoken yet: the one that opens the sentence before as the issuer of
a statement ("The Ministry of Defence put out a short statement this afternoon. It said the soldiers who remain
will stay …"). A sentence naming no statement (`statement_issued`) leaves the pronoun to the bodies that spoke."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.speakers import Speaker

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

OPENING_WORDS = 2  # at most "The" (or a dateline's last word) before the body's name


def issuing_body(doc: ArticleDoc, before: int) -> Speaker | None:
    """The body opening the sentence before `before`'s sentence when that sentence tells it issued a statement."""
    if not doc.rules.has_pattern("statement_issued"):
        return None
    here = doc.sentence_at(before)
    previous = [s for s in doc.sentences if here is not None and s.end <= here.start][-1:]
    if not previous:
        return None
    sentence = previous[0]
    body = next((o for o in doc.mentions.orgs if sentence.start <= o.start < sentence.end), None)
    # a transcript's label before it ("REPORTER (LIVE): The Ministry of Defence put out …") is not the sentence's
    opening = doc.text[sentence.start:body.start].rsplit(":", 1)[-1] if body is not None else ""
    if body is None or len(opening.split()) > OPENING_WORDS or \
            not doc.rules.pattern("statement_issued").search(doc.text, body.end, sentence.end):
        return None
    return Speaker(body.start, body.end, body.surface, "organization", body.name, None, body.name)
