"""Question-and-answer pieces without labels: each question a line of its own (ending in "?" or set in bold),
its answer the words after it, given to the interviewee the introduction names. An explainer asks questions too,
so a piece counts as an interview only when it says so before its first question and asks two or more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.turn_runs import LABEL, QUESTION_LINE

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def unlabelled_answers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """A question-and-answer piece without labels: each question a line of its own ending in "?" or set in bold,
    the answer the lines after it (or the paragraphs up to the next question); with at least two such questions,
    the answers are the words of the interviewee the introduction names, when it says it is an interview."""
    answers: list[tuple[int, int]] = []  # (paragraph start, where the words begin)
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        question = QUESTION_LINE.match(doc.text, para.start, para.end)
        if question is None or LABEL.match(doc.text, para.start, question.end()):
            continue  # "LANDRY: And the ones who haven't gone?": a labelled transcript names its speakers
        if question.group(0).isupper():
            continue  # "WHO IS STAYING?": a section heading in capitals asks the reader, no interviewee answers
        if doc.text[question.end():para.end].strip():
            answers.append((para.start, question.end()))
        else:  # the answer runs on over the paragraphs up to the next question
            for after in paragraphs[index + 1:]:
                # a labelled speaker or a bracketed note ("(Briefing ends 11:42.)") ends the answer
                if QUESTION_LINE.match(doc.text, after.start) or LABEL.match(doc.text, after.start) \
                        or doc.text.startswith("(", after.start):
                    break
                answers.append((after.start, after.start))
    # explainers ask questions too ("How many crossed?"); an interview says it is one before its first question
    if len(answers) < 2 or not doc.rules.pattern("interview_intro").search(doc.text, 0, answers[0][0]):
        return {}
    person = interviewee(doc, answers[0][1])
    return {start: (person, words) for start, words in answers} if person else {}


def interviewee(doc: ArticleDoc, before: int) -> Speaker | None:
    """The person the introduction names last before the first answer ("Major General Qassim al-Obeidi
    heads the directorate ... Q: ... A: ..."), not its interviewer ("Interview by Lina Barakat") nor someone the
    interviewee speaks of ("Her husband, Colonel Samer Daoud"); once found, every later answer is theirs."""
    found = doc.layer("interviewee", lambda _: {})
    if "person" not in found:
        other = doc.rules.pattern("interview_not_interviewee_before")
        # the interviewee is introduced with a title or role; a name in passing ("the Assad government") is not
        named = [p for p in doc.mentions.people if p.end <= before
                 and not other.search(doc.text, max(0, p.start - 60), p.start)]
        named = [p for p in named if p.role] or named
        found["person"] = Speaker(named[-1].start, named[-1].end, named[-1].surface, "named_person",
                                  named[-1].name, named[-1].role) if named else None
    return found["person"]
