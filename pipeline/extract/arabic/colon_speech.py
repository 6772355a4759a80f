"""Speech set after a colon, with no verb: a news ticker's or a wire's way of attributing ("مصدر في قيادة عمليات
الأنبار لـ«سومر»: "آخر الحافلات عبرت قبل قليل"", "وزارة الدفاع العراقية في بيان: الأسلحة ... ما زالت في عهدة
الجيش"). A line that opens with a speaker the text names (a person, a body, an unnamed source; not "مراسلنا", our
correspondent) and a colon: its quoted passages are the speaker's words (direct), the words before the first quote
what they said (reported)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.arabic.speakers import speaker_in
from pipeline.extract.layout.sentences import title_line
from pipeline.extract.speech.context import StatementDraft

if TYPE_CHECKING:
    from pipeline.extract.arabic.folded import Folded
    from pipeline.extract.doc import ArticleDoc

# a line's opening words up to a colon: no sentence end, no quotation, no digits of a time ("20:45")
_HEAD = re.compile(r"^(?P<head>[^\n:\"“”.؟!]{3,140}?[\u0621-\u064a»)][^\n:«\"“.؟!]{0,3}?)\s*:\s*(?=\S)", re.MULTILINE)
_QUOTE = re.compile(r"[«\"“](?P<q>[^«»\"“”\n]+)[»\"”]")
MIN_WORDS = 3
TURNS = 3  # lines that open on a named speaker and a colon: a session's record, not a ticker's attributions
TURN_WORDS = 4  # fewer words in a sentence of a turn are a courtesy or an assent, not a statement


def colon_statements(doc: ArticleDoc, f: Folded, has_verb) -> list[StatementDraft]:
    """Statements of every line that opens with a named speaker and a colon; `has_verb(start, end)` tells whether
    the head holds a speech verb (then the ordinary reader has it). In a transcript (a session's record, `TURNS`
    such lines or more) every sentence of a turn is the speaker's own words, direct."""
    out, title, turns = [], title_line(doc.text, doc.paragraphs), []
    for m in _HEAD.finditer(doc.text):
        start, colon = m.start("head"), m.end()
        if has_verb(start, m.end("head")) or (title is not None and title.start <= start < title.end):
            continue  # a title's "X: ..." names its subject ("لجنة الأمن والدفاع النيابية: ١٣٠ ضابطاً ...")
        speaker = speaker_in(doc, f, (f.at(start), f.at(m.end("head"))), None)
        if speaker is not None:
            line_end = doc.text.find("\n", colon)
            turns.append((colon, len(doc.text) if line_end < 0 else line_end, speaker))
    if len(turns) >= TURNS:
        return [draft for colon, line_end, speaker in turns for draft in _turn(doc, colon, line_end, speaker)]
    for colon, line_end, speaker in turns:
        quotes = [q for q in _QUOTE.finditer(doc.text, colon, line_end) if len(q.group("q").split()) >= MIN_WORDS]
        lead_end = quotes[0].start() if quotes else line_end
        lead = _first_sentence(doc, colon, lead_end)
        spans = ([(colon, lead, False)] if len(doc.text[colon:lead].split()) >= MIN_WORDS else []) + \
            [(q.start("q"), q.end("q"), True) for q in quotes]
        for s, e, direct in spans:
            first, last = doc.sentence_at(s), doc.sentence_at(max(s, e - 1))
            out.append(StatementDraft(s, e, first.start if first else s, last.end if last else e, direct, "", speaker))
    return out


def _turn(doc: ArticleDoc, colon: int, line_end: int, speaker) -> list[StatementDraft]:
    """Each sentence of a transcript's turn, as the speaker's direct words; not a courtesy of a few words ("شكراً
    للسيدة النائبة.", "نعم سيادة الرئيس.")."""
    out = []
    for sent in doc.sentences:
        start, end = max(sent.start, colon), min(sent.end, line_end)
        if colon <= sent.end and sent.start < line_end and len(doc.text[start:end].split()) >= TURN_WORDS:
            out.append(StatementDraft(start, end, sent.start, sent.end, True, "", speaker))
    return out


def _first_sentence(doc: ArticleDoc, start: int, end: int) -> int:
    """Where the words after the colon end: their sentence's end, the comma before a quote, or `end`."""
    sent = doc.sentence_at(start)
    stop = min(end, sent.end) if sent else end
    while stop > start and doc.text[stop - 1] in " ،,.\u060c":
        stop -= 1
    return stop
