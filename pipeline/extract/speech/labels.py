"""Interview transcripts: a paragraph that opens with a speaker's name and a colon ("Mahamat Haggar: We
registered 687 men …", then "Haggar: Yes. …") is that person's own words, sentence by sentence.

A label is one to four capitalised words and a colon at the start of a paragraph. A one-word label is the
surname of an earlier full label ("Haggar" after "Mahamat Abakar Haggar"). Labels that name no speaker
("Q", "Update", "Editor's note") are listed in the language pack (`transcript_labels.txt`); an answer's
label ("A:") gives the words to the interviewee the introduction names (`transcript_answer_labels.txt`), and so
does a question on a line of its own, with no label at all, in a piece of two or more such questions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.names.name_pattern import NAME_PREFIX
from pipeline.extract.speech.context import StatementDraft
from pipeline.extract.speech.delivered import delivered_speakers
from pipeline.extract.speech.label_names import label_person
from pipeline.extract.speech.letters import letter_speakers
from pipeline.extract.speech.posts import posted_speakers
from pipeline.extract.speech.role_labels import as_written, introduced_as_journalist, role_labelled_speakers
from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.turn_start import turn_start
from pipeline.text.folding import fold
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

# "ABU OMAR (caller, Ramadi):": a note in small letters after the name says who the speaker is;
# "HÉLÈNE MARCHETTI (UNHCR):": a body's acronym in brackets says whom the speaker speaks for
# "Muhannad al-Fahdawi:": a name's words may open on a lower-case article joined by a hyphen
_LABEL_WORD = rf"(?:{NAME_PREFIX})?[A-Z][\w’'.-]*"
_LABEL = re.compile(rf"(?P<name>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}})(?: \((?P<note>[a-z][^()\n]{{0,60}}|[A-Z]{{2,10}})\))?"
                    r":[ \t]+(?=\S)")


def labelled_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start -> (speaker, where the words begin) for each paragraph that opens with a label."""
    if not doc.rules.has("transcript_labels.txt"):
        return {}
    not_speakers = {w.lower() for w in doc.rules.words("transcript_labels.txt")}
    answers = {w.lower() for w in doc.rules.words("transcript_answer_labels.txt")} if doc.rules.has(
        "transcript_answer_labels.txt") else set()
    full_names: dict[str, str] = {}
    out: dict[int, tuple[Speaker, int]] = {}
    # "Zagros Post: Take us back to 7 December.": the outlet's own turns are its interviewer's questions
    outlet = fold(doc.outlet or "")
    media = {o.start for o in doc.mentions.orgs if o.kind == "media" or (outlet and fold(o.name) == outlet)}
    for para in doc.paragraphs:
        m = _LABEL.match(doc.text, turn_start(doc, para))
        if m and m.start("name") in media:
            continue
        if m and m.group("name").lower() in answers and (person := _interviewee(doc, para.start)):
            out[para.start] = (person, m.end())
            continue
        if not m or m.group("name").lower() in not_speakers:
            continue
        words = m.group("name").split()
        if len(words) > 1:
            full_names[words[-1]] = m.group("name")
        name = m.group("name") if len(words) > 1 or m.group("note") else full_names.get(words[0])
        if (person := label_person(doc, name or m.group("name"), para.start)) is not None:
            name = person.name
        name = as_written(doc.text, name) if name else name  # "HÉLÈNE MARCHETTI" as the introduction writes it
        if name is None or introduced_as_journalist(doc, name):
            continue  # "Our correspondent Rana Obeidi …" then "RANA OBEIDI: Samir, it was cold": a reporter's turn
        out[para.start] = (Speaker(m.start("name"), m.end("name"), m.group("name"), "named_person", name,
                                   m.group("note")), m.end())
    roles = role_labelled_speakers(doc)
    out.update(roles)
    # a role named in its label ("The Minister for the Interior (Mr. …):") marks a transcript on its own
    return {**delivered_speakers(doc), **_turns_run_on(doc, out, not_speakers, 1 if roles else 3),
            **_unlabelled_answers(doc), **posted_speakers(doc), **letter_speakers(doc), **out}


_HEADING = re.compile(r"[A-Z0-9][A-Z0-9 ,.'’&/()—–-]{3,80}")  # "QUESTIONS AND ANSWERS", "SCENE 4 — EXT. DAY"
# "NARRATOR (V.O.):", "ABU OMAR (caller, Ramadi):": a label with a note in brackets opens a turn of its own
_NOTED_LABEL = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} \([^()\n]{1,60}\):")
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _turns_run_on(doc: ArticleDoc, labelled: dict[int, tuple[Speaker, int]],
                  not_speakers: set[str], least: int) -> dict[int, tuple[Speaker, int]]:
    """In a transcript of `least` or more labelled turns, a speaker's turn runs on over the unlabelled paragraphs
    after it, up to the next label, question, heading or bracketed note ("(Briefing ends 11:42.)")."""
    if len(labelled) < least:
        return {}
    text, out, current = doc.text, {}, None
    for para in doc.paragraphs:
        if para.start in labelled:
            current = labelled[para.start][0]
            continue
        first = _FIRST_WORD.match(text, para.start)
        start = turn_start(doc, para)
        if _LABEL.match(text, start) or _NOTED_LABEL.match(text, start) or _QUESTION_LINE.match(text, para.start) or text.startswith("(", para.start) \
                or _HEADING.fullmatch(text[para.start:para.end].strip()) or (first and first.group(0).lower() in not_speakers):
            current = None
        elif current is not None:
            out[para.start] = (current, para.start)
    return out


# a line ending in "?", or set in bold as a piece that prints its questions in bold does ("**That is higher than the
# figure the ministry gave.**")
_QUESTION_LINE = re.compile(r"(?:\*\*[^\n*]{3,300}\*\*|[^\n\"“”]{3,200}\?)[ \t]*(?:\n|$)")


def _unlabelled_answers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """A question-and-answer piece without labels: each question a line of its own ending in "?" or set in bold,
    the answer the lines after it (or the paragraphs up to the next question); with at least two such questions,
    the answers are the words of the interviewee the introduction names, when it says it is an interview."""
    answers: list[tuple[int, int]] = []  # (paragraph start, where the words begin)
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        question = _QUESTION_LINE.match(doc.text, para.start, para.end)
        if question is None or _LABEL.match(doc.text, para.start, question.end()):
            continue  # "LANDRY: And the ones who haven't gone?": a labelled transcript names its speakers
        if question.group(0).isupper():
            continue  # "WHO IS STAYING?": a section heading in capitals asks the reader, no interviewee answers
        if doc.text[question.end():para.end].strip():
            answers.append((para.start, question.end()))
        else:  # the answer runs on over the paragraphs up to the next question
            for after in paragraphs[index + 1:]:
                # a labelled speaker or a bracketed note ("(Briefing ends 11:42.)") ends the answer
                if _QUESTION_LINE.match(doc.text, after.start) or _LABEL.match(doc.text, after.start) \
                        or doc.text.startswith("(", after.start):
                    break
                answers.append((after.start, after.start))
    # explainers ask questions too ("How many crossed?"); an interview says it is one before its first question
    if len(answers) < 2 or not doc.rules.pattern("interview_intro").search(doc.text, 0, answers[0][0]):
        return {}
    person = _interviewee(doc, answers[0][1])
    return {start: (person, words) for start, words in answers} if person else {}


def _interviewee(doc: ArticleDoc, before: int) -> Speaker | None:
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


def transcript_statement(doc: ArticleDoc, sent: Span, labels: dict[int, tuple[Speaker, int]]) -> StatementDraft | None:
    """The sentence as its labelled speaker's direct words, or None outside a labelled paragraph."""
    para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)
    if para is None or para.start not in labels:
        return None
    speaker, words_start = labels[para.start]
    start = max(sent.start, words_start)
    if note := doc.rules.pattern("stage_direction").match(doc.text, start, sent.end):
        start = note.end()  # "[laughs] That's quite a line.", "[Brief exchange off microphone.]": no one's words
    end = sent.end
    while end > start and doc.text[end - 1] in " \n":
        end -= 1
    if end <= start or doc.rules.pattern("transcript_courtesy").fullmatch(doc.text, start, end):
        return None  # "Thanks, Maya.", "Good to be here.": courtesies say nothing of anything
    if (named := doc.rules.pattern("letter_signature").fullmatch(doc.text, start, end - (doc.text[end - 1] == "."))) \
            and any(p.start < named.end("name") and named.start("name") < p.end for p in doc.mentions.people):
        return None  # "STUDIO GUEST: MP Karim Abd al-Sada, member of the defence committee.": who it is, no claim
    if _LIST_NUMBER.fullmatch(doc.text, start, end) or (
            _FRAGMENT.fullmatch(doc.text, start, end) and not any(start <= n.start < end for n in doc.numbers)):
        return None  # "1.", "Entries.", "Most, yes.": a list number, a run-in heading or an aside, no claim
    return StatementDraft(start, end, sent.start, sent.end, True, "said", speaker)


_LIST_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]\s*")
# at most two words (a figure among them is kept: "Today, ninety.")
_FRAGMENT = re.compile(r"\W*(?:[^\W\d]+(?:[\W_]+[^\W\d]+)?)\W*")
