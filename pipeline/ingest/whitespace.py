"""Normalise an article's whitespace: one space between words, newlines only between lines, no blank runs.

Every kind of horizontal whitespace (tabs, no-break and thin spaces) becomes one space, lines are stripped,
Windows and old Mac line ends become newlines, and more than one blank line in a row becomes one. Cleaning
normalises after every repair and after lines are removed, so a text already normal is returned as it is.
"""

from __future__ import annotations

import re

_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but newline, incl. NBSP and thin spaces
_BLANK_RUN = re.compile(r"\n{3,}")
_ODD_SPACE = re.compile(r"[^\S \n]")  # whitespace that is neither a space nor a newline


def _already_normal(text: str) -> bool:
    """Whether `normalise_whitespace` would return the text as it is: no whitespace but single spaces inside
    lines and newlines, no line or text opening or ending with one, no blank lines in a row. A few scans of
    the text against a substitution per line: most texts are normal from the first cleaning pass on."""
    return not (_ODD_SPACE.search(text) or "  " in text or " \n" in text or "\n " in text or "\n\n\n" in text
                or text[:1] in (" ", "\n") or text[-1:] in (" ", "\n"))


def normalise_whitespace(text: str) -> str:
    if _already_normal(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
