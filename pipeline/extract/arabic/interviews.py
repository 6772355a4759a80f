"""Arabic interviews set as questions and answers ("س: ... ج: ..."): each sentence of an answer is the direct
speech of the interviewee, the person the introduction names last before the first answer ("حاورت ... النائب عادل
الكبيسي"), as in English transcripts (`speech/labels.py`). A piece needs two answers or more to be read so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_word
from pipeline.extract.speech.context import StatementDraft
from pipeline.extract.speech.speakers import Speaker
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

MIN_ANSWERS = 2
_LABEL = re.compile(r"\s*(?P<label>[\u0621-\u064a]{1,7})\s*[:：]\s*")


def answer_paragraphs(doc: ArticleDoc) -> list[tuple[Span, int]]:
    """(paragraph, where its words begin) of each answer, when the piece has enough of them."""
    if not doc.rules.has("transcript_answer_labels.txt"):
        return []
    labels = {fold_word(w) for w in doc.rules.words("transcript_answer_labels.txt")}
    found = [(para, m.end()) for para in doc.paragraphs
             if (m := _LABEL.match(doc.text, para.start, para.end)) and fold_word(m.group("label")) in labels]
    return found if len(found) >= MIN_ANSWERS else []


def interview_statements(doc: ArticleDoc, answers: list[tuple[Span, int]]) -> list[StatementDraft]:
    """Every sentence of every answer, as the interviewee's own words; none when no person is named before."""
    people = [p for p in doc.mentions.people if answers and p.end <= answers[0][0].start]
    if not people:
        return []
    person = people[-1]
    speaker = Speaker(person.start, person.end, person.surface, "named_person", person.name, person.role)
    out = []
    for para, begin in answers:
        for sent in doc.sentences:
            if para.start <= sent.start < para.end:
                start = max(sent.start, begin)
                end = sent.end - (1 if doc.text[sent.end - 1:sent.end] in ".،" else 0)
                if end > start:
                    out.append(StatementDraft(start, end, sent.start, sent.end, True, "said", speaker))
    return out
