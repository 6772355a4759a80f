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

from pipeline.extract.speech.context import StatementDraft
from pipeline.extract.speech.delivered import delivered_speakers
from pipeline.extract.speech.journalists import ROLES_FILE, introduced_as_journalist
from pipeline.extract.speech.label_names import label_person
from pipeline.extract.speech.letters import letter_speakers
from pipeline.extract.speech.posts import posted_speakers
from pipeline.extract.speech.role_labels import as_written, role_labelled_speakers
from pipeline.extract.speech.speakers import Speaker
from pipeline.extract.speech.turn_runs import LABEL, turns_run_on
from pipeline.extract.speech.turn_start import turn_start
from pipeline.extract.speech.unlabelled_answers import interviewee, unlabelled_answers
from pipeline.text.folding import fold
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def labelled_speakers(doc: ArticleDoc) -> dict[int, tuple[Speaker, int]]:
    """Paragraph start -> (speaker, where the words begin) for each paragraph that opens with a label."""
    if not doc.rules.has("transcript_labels.txt"):
        return {}
    not_speakers = {w.lower() for w in doc.rules.words("transcript_labels.txt")}
    # "PRESENTER (STUDIO):", "REPORTER (LIVE, AL-QAIM):": a journalist's role with a note is no one's name
    journalists = {w.lower() for w in doc.rules.words(ROLES_FILE)} if doc.rules.has(ROLES_FILE) else set()
    answers = {w.lower() for w in doc.rules.words("transcript_answer_labels.txt")} if doc.rules.has(
        "transcript_answer_labels.txt") else set()
    full_names: dict[str, str] = {}
    out: dict[int, tuple[Speaker, int]] = {}
    # "Zagros Post: Take us back to 7 December.": the outlet's own turns are its interviewer's questions
    outlet = fold(doc.outlet or "")
    media = {o.start for o in doc.mentions.orgs if o.kind == "media" or (outlet and fold(o.name) == outlet)}
    for para in doc.paragraphs:
        start = turn_start(doc, para)
        if doc.rules.has_pattern("broadcast_cue") and (cue := doc.rules.pattern("broadcast_cue").match(doc.text, start)):
            start = cue.end()  # "SOUND BITE - FAHDAWI: "We received them as brothers"": a script's clip of the speaker
        m = LABEL.match(doc.text, start)
        if m and m.start("name") in media:
            continue
        if m and m.group("name").lower() in answers and (person := interviewee(doc, para.start)):
            out[para.start] = (person, m.end())
            continue
        if not m or m.group("name").lower() in not_speakers or m.group("name").lower() in journalists:
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
    return {**delivered_speakers(doc), **turns_run_on(doc, out, not_speakers, 1 if roles else 3),
            **unlabelled_answers(doc), **posted_speakers(doc), **letter_speakers(doc), **out}


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
