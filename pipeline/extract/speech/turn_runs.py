"""The turns of a transcript: the marks that open one (a speaker's label, "NARRATOR (V.O.):", a question on a
line of its own, a heading in capitals, a bracketed note) and a turn that runs on over the unlabelled paragraphs
after its label up to the next such mark. A transcript labels only a turn's first paragraph, so what follows is
the same speaker's until something else opens a turn."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.names.name_pattern import NAME_PREFIX
from pipeline.extract.speech.turn_start import turn_start

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.speech.speakers import Speaker

# "ABU OMAR (caller, Ramadi):": a note in small letters after the name says who the speaker is;
# "HÉLÈNE MARCHETTI (UNHCR):": a body's acronym in brackets says whom the speaker speaks for
# "Muhannad al-Fahdawi:": a name's words may open on a lower-case article joined by a hyphen
_LABEL_WORD = rf"(?:{NAME_PREFIX})?[A-Z][\w’'.-]*"
LABEL = re.compile(rf"(?P<name>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}})(?: \((?P<note>[a-z][^()\n]{{0,60}}|[A-Z]{{2,10}})\))?"
                   r":[ \t]+(?=\S)")

# a line ending in "?", or set in bold as a piece that prints its questions in bold does ("**That is higher than the
# figure the ministry gave.**")
QUESTION_LINE = re.compile(r"(?:\*\*[^\n*]{3,300}\*\*|[^\n\"“”]{3,200}\?)[ \t]*(?:\n|$)")

_HEADING = re.compile(r"[A-Z0-9][A-Z0-9 ,.'’&/()—–-]{3,80}")  # "QUESTIONS AND ANSWERS", "SCENE 4 — EXT. DAY"
# "NARRATOR (V.O.):", "ABU OMAR (caller, Ramadi):": a label with a note in brackets opens a turn of its own
_NOTED_LABEL = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} \([^()\n]{1,60}\):")
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def turns_run_on(doc: ArticleDoc, labelled: dict[int, tuple[Speaker, int]],
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
        if LABEL.match(text, start) or _NOTED_LABEL.match(text, start) or QUESTION_LINE.match(text, para.start) or text.startswith("(", para.start) \
                or _HEADING.fullmatch(text[para.start:para.end].strip()) or (first and first.group(0).lower() in not_speakers):
            current = None
        elif current is not None:
            out[para.start] = (current, para.start)
    return out
