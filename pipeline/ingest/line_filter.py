"""Which whole lines of an article are removed: captions, site furniture, link lists, repeated lines.

A line goes only when a rule of `cleaning_rules.csv` matches it (a caption's credit, a site's furniture, an "ALSO
READ" header with the short headlines listed after it), when it is a section label above the headline, or when it
repeats an earlier line of some length word for word. Captions stay when they are the piece (a picture package).
"""

from __future__ import annotations

import re

from pipeline.ingest.rules import line_matcher, section_labels

_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
HEAD_LINES = 3  # section labels are only furniture above the headline/lede
MIN_DUPLICATE_LEN = 20  # short repeats ("No.", "***") can be legitimate
MAX_LIST_ITEM_LEN = 150
MIN_PACKAGE_CAPTION = 100  # a picture package's caption tells a story; a page's caption under a photo is short


def _matches(kind: str, line: str, matched: dict[tuple[str, str], bool]) -> bool:
    """`line_matcher(kind)(line)`, asked once per article and line (`matched` keeps the answers): cleaning
    passes until a pass changes nothing, so the next pass asks about the same lines again."""
    key = (kind, line)
    if key not in matched:
        matched[key] = line_matcher(kind)(line)
    return matched[key]


def _picture_package(lines: list[str], matched: dict[tuple[str, str], bool]) -> bool:
    """Whether the captions are the piece: three or more long captions holding most of its text ("1. AL-QAIM,
    SUNDAY 8 DECEMBER. Syrian soldiers queue … (Photo: … / Caravan Images)"), as in a picture package."""
    captions = [line for line in lines if len(line) >= MIN_PACKAGE_CAPTION and _matches("caption", line, matched)]
    return len(captions) >= 3 and 2 * sum(map(len, captions)) > sum(map(len, lines))


def _line_kind(line: str, kept_nonblank: int, matched: dict[tuple[str, str], bool],
               package: bool = False) -> str | None:
    """The removal flag for a single line, or None to keep it."""
    if not package and _matches("caption", line, matched):
        return "removed:caption"
    if _matches("furniture", line, matched):
        return "removed:furniture"
    if kept_nonblank < HEAD_LINES and line.strip(" :|•-").casefold() in section_labels():
        return "removed:furniture"
    return None


def _is_list_item(line: str) -> bool:
    return len(line) <= MAX_LIST_ITEM_LEN and not _SENTENCE_END.search(line)


def filter_lines(text: str, matched: dict[tuple[str, str], bool]) -> tuple[str, list[tuple[str, str]]]:
    kept: list[str] = []
    removed: list[tuple[str, str]] = []
    seen: set[str] = set()
    in_list = False
    kept_nonblank = 0
    lines = text.split("\n")
    package = _picture_package(lines, matched)
    for line in lines:
        if not line:
            kept.append(line)
            continue
        if _matches("list_header", line, matched):
            removed.append(("removed:furniture", line))
            in_list = True
            continue
        if in_list and _is_list_item(line):
            removed.append(("removed:furniture", line))
            continue
        in_list = False
        kind = _line_kind(line, kept_nonblank, matched, package)
        if kind is None and len(line) >= MIN_DUPLICATE_LEN and line in seen:
            kind = "removed:duplicate_line"
        if kind:
            removed.append((kind, line))
            continue
        seen.add(line)
        kept.append(line)
        kept_nonblank += 1
    return "\n".join(kept), removed
