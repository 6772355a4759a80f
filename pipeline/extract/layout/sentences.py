"""Paragraphs, sentences and headlines of an article, as spans into its text.

`ArticleDoc` calls each once per article; finders read the doc's layers, never these functions.
"""

from __future__ import annotations

import re

from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

# A list item ("- Lt Gen Hazem al-Tamimi, Deputy Chief of Staff") is content, however capitalised: witness
# lists, factbox bullets and speaker lines name people and bodies that a headline's capitals would not.
_LIST_ITEM_RE = re.compile(r"[-*•–—]\s")
# a footnote marker after the stop (".[3] On 27 January, ...") still ends the sentence, as in briefs and reports
_SENT_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?:\[\d{1,3}\])?(?=\s+[\"“‘(\[]?[A-Z0-9])")


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines; in these corpora a newline always ends a paragraph."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        seg = m.group(0)
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append(Span(m.start() + lead, m.start() + len(seg.rstrip())))
    return spans


def split_sentences(text: str, paras: list[Span], rules: RuleSet) -> list[Span]:
    """Sentence spans, never crossing a paragraph boundary; no stop after an abbreviation or an initial."""
    abbreviations = rules.words("sentence_abbreviations.txt")
    months = {row["name"] for row in rules.rows("time_months.csv")} if rules.has("time_months.csv") else set()
    out: list[Span] = []
    for para in paras:
        chunk = text[para.start : para.end]
        start = 0
        for m in _SENT_END_RE.finditer(chunk):
            word = re.search(r"([A-Za-z.]+)\.?$", chunk[start : m.start() + 1])
            if word and chunk[m.start()] == "." and word.group(1).lower().rstrip(".") in abbreviations and \
                    not _dated_end(chunk, word.group(1).lower().rstrip("."), start + word.start(), m.end(), months):
                continue
            if m.group(0) == "." and re.fullmatch(r"(?<![\w.])[A-Z]", chunk[m.start() - 1:m.start()]) and (
                    m.start() < 2 or not chunk[m.start() - 2].isalnum()):
                continue  # an initial ("Mr. K. P. Sen Gupta said"), not the end of a sentence
            end = m.end()
            out.append(Span(para.start + start, para.start + end))
            start = end + (len(chunk[end:]) - len(chunk[end:].lstrip()))
        if start < len(chunk):
            out.append(Span(para.start + start, para.end))
    return [s for s in out if text[s.start : s.end].strip()]


def _dated_end(chunk: str, word: str, word_start: int, stop_end: int, months: set[str]) -> bool:
    """ "… crossed at Al-Qaim on 7-8 Dec. Over 2,100 have now gone back": a month's short form after a day's
    number ends the date, and a capital after it opens the next sentence ("Dec. 7" and "7 Dec. 2024" go on)."""
    return word in months and bool(_DAY_BEFORE_RE.search(chunk, 0, word_start)) and \
        bool(_CAPITAL_NEXT_RE.match(chunk, stop_end))


_DAY_BEFORE_RE = re.compile(r"\b\d{1,2}\s$")
_CAPITAL_NEXT_RE = re.compile(r"\s+[\"“‘(]?[A-Z]")


def headline_spans(text: str, paras: list[Span]) -> list[Span]:
    """Title-case lines without final punctuation (headlines, subheads): their capitals mark no names
    and they report no speech ("Government Denies Granting Residency to Officers")."""
    out = []
    for p in paras:
        line = text[p.start:p.end]
        if re.search(r"[.!?”\":]$", line) or _LIST_ITEM_RE.match(line):  # most lines end a sentence
            continue
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
        if words and sum(w[0].isupper() for w in words) / len(words) >= 0.7:
            out.append(p)
    return out


def title_line(text: str, paras: list[Span]) -> Span | None:
    """The article's first paragraph when it is one line with no final stop and more follows: its title, in
    sentence case too ("Iraq hands back 57 Syrian officers; Lebanon reinforces the south"), which sums up the story
    and reports no speech of its own."""
    if len(paras) < 2:
        return None
    first = paras[0]
    line = text[first.start:first.end].rstrip()
    return None if "\n" in line or re.search(r"[.!?”\"]$", line) else first


def opens_list_item(text: str, start: int) -> bool:
    """Whether the line at `start` opens on a bullet or dash: an item of a list."""
    return _LIST_ITEM_RE.match(text, start) is not None
