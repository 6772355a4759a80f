"""A reader's letter signed on a line of its own ("Col. (ret.) Henri Mbala, Lubumbashi"): such a line is as
short and unpunctuated as a headline, but the name on it is a person's, so the line is told apart by what stands
before it, a paragraph that ends a sentence, and by the shape of the signature itself."""

from __future__ import annotations

import re

from pipeline.text.rules import RuleSet


def signs(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """The name signs what comes before it (`signature_line`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    signed = signature_line(text, line_start, len(text) if line_end < 0 else line_end, rules)
    return signed is not None and signed.start("name") <= start and end <= signed.end("name")


def signature_line(text: str, line_start: int, line_end: int, rules: RuleSet) -> re.Match[str] | None:
    """A line of its own that is a name and where or what the writer is ("Col. (ret.) Henri Mbala, Lubumbashi"),
    right after a paragraph that ends a sentence: it signs a reader's letter, as short and unpunctuated as a
    headline but naming a person."""
    if line_start < 2 or not _ends_sentence_before(text, line_start - 1):
        return None  # asked first: the pattern's nested name parts cost ~150 µs on a headline that fails it
    return rules.pattern("letter_signature").fullmatch(text, line_start, line_end)


def _ends_sentence_before(text: str, end: int) -> bool:
    """The last character before `end` that is not white space closes a sentence."""
    last = end
    while last and text[last - 1].isspace():
        last -= 1
    return last > 0 and text[last - 1] in ".!?\"”"
