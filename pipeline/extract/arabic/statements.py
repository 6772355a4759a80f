"""Statements in Arabic: a sentence with a speech verb (قال، أكد، أوضح، أفاد، أعلنت ...) and what
follows its complementiser (أن، إن، بأن، إلى أن) is reported speech; quoted passages of three words or
more in such a sentence are direct speech, each a statement of its own. The sentence is the evidence.
Verbs that take what was said as a noun (أعلنت إعادة ...) need no complementiser.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.arabic.colon_speech import colon_statements
from pipeline.extract.arabic.folded import Folded, fold_text
from pipeline.extract.arabic.interviews import answer_paragraphs, interview_statements
from pipeline.extract.arabic.lexicon import alt, key, table
from pipeline.extract.arabic.speakers import speaker_in
from pipeline.extract.speech.context import StatementDraft
from pipeline.extract.speech.speakers import Speaker
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

_MIN_QUOTE_WORDS = 3  # shorter quoted words ("القائم", "بغداد") are names or scare quotes
_SPEAKER_SPAN = 80  # how far after the verb what was said may open


@cache
def _patterns(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    marks = rules.rows("quote_marks.csv")
    quoted = "|".join(rf"{re.escape(r['open'])}(?P<q{i}>[^{re.escape(r['close'])}\n]+){re.escape(r['close'])}"
                      for i, r in enumerate(marks))
    return {"verb": re.compile(rf"(?<![\u0621-\u064a])[وف]?(?P<w>{alt(table(rules, 'speech_verbs.csv', 'verb', 'object'))})"
                               r"(?![\u0621-\u064a])"),
            "quoted": re.compile(quoted)}


def _opening(f: Folded, sent: tuple[int, int], rules: RuleSet) -> tuple[re.Match[str], int, int] | None:
    """(verb, end of the speaker span, start of what was said), folded, for the sentence's first
    speech verb that has what was said after it."""
    objects = table(rules, "speech_verbs.csv", "verb", "object")
    for m in _patterns(rules)["verb"].finditer(f.text, sent[0], sent[1]):
        reach = min(sent[1], m.end() + _SPEAKER_SPAN)
        if comp := rules.pattern("complementiser").search(f.text, m.end(), reach):
            return m, comp.start(), comp.end()
        if objects[key(m.group("w"))] == "noun":  # the speaker, then what was said, follow the verb
            return m, reach, m.end()
        quote = re.search(r"[«“\"]", f.text[m.end():reach])
        if quote and rules.pattern("quote_follows").match(f.text, _word_end(f.text, m.end() + quote.start())):
            return m, m.end() + quote.start(), m.end() + quote.start()
    return None


def _word_end(text: str, pos: int) -> int:
    """Back from a quotation mark over the colon and spaces before it."""
    while pos > 0 and text[pos - 1] in " :،,":
        pos -= 1
    return pos


def _quotes(text: str, sent: Span, para_end: int, rules: RuleSet) -> list[tuple[int, int]]:
    """Quoted passages opening in the sentence; they may close in a later sentence of the paragraph."""
    out = []
    for m in _patterns(rules)["quoted"].finditer(text, sent.start, para_end):
        if m.start() >= sent.end:
            break
        group = next(g for g, v in m.groupdict().items() if v is not None)
        if len(m.group(group).split()) >= _MIN_QUOTE_WORDS:
            out.append((m.start(group), m.end(group)))
    return out


def find_arabic_statements(doc: ArticleDoc) -> list[StatementDraft]:
    f, rules, out = fold_text(doc.text), doc.rules, []
    last: Speaker | None = None
    answers = answer_paragraphs(doc)
    spoken = interview_statements(doc, answers)
    for sent in doc.sentences:
        if any(h.start <= sent.start < h.end for h in doc.headlines):
            continue
        if spoken and any(para.start <= sent.start < para.end for para, _ in answers):
            continue  # an interviewee's answer is all their own words, whoever they cite

        opening = _opening(f, (f.at(sent.start), f.at(sent.end)), rules)
        if opening is None:
            continue
        verb, speaker_end, said = opening
        opens = rules.pattern("dateline_end").match(f.text, f.at(sent.start), verb.start())
        before = (opens.end() if opens else f.at(sent.start), verb.start())  # not the dateline's outlet
        speaker = speaker_in(doc, f, (verb.end(), speaker_end), last, before)
        if speaker is None:
            continue
        last = speaker
        para = next((p for p in doc.paragraphs if p.start <= sent.start < p.end), sent)
        quotes = _quotes(doc.text, sent, para.end, rules)
        end = sent.end - (1 if doc.text[sent.end - 1:sent.end] in ".،" else 0)
        begin = f.start(said) + len(doc.text[f.start(said):end]) - len(doc.text[f.start(said):end].lstrip())
        spans = [(s, e, True) for s, e in quotes] or [(begin, end, False)]
        said_by = doc.text[f.start(verb.start("w")):f.end(verb.end("w"))]
        out += [StatementDraft(s, e, sent.start, sent.end, direct, said_by, speaker) for s, e, direct in spans if e > s]
    verb = _patterns(rules)["verb"]
    taken = [(s.evidence_start, s.evidence_end) for s in out + spoken]
    colon = [s for s in colon_statements(doc, f, lambda lo, hi: verb.search(f.text, f.at(lo), f.at(hi)) is not None)
             if not any(lo <= s.start < hi for lo, hi in taken)]
    return sorted(out + spoken + colon, key=lambda s: s.start)
