"""Turn a decoded article into the text every character offset refers to.

Invisible format characters (zero-width spaces, soft hyphens, bidi controls) are
removed first and flagged `invisible_removed` (see invisible.py). Otherwise only
whole lines are removed, and only when a rule in `cleaning_rules.csv` (caption
credit, site furniture) or the duplicate-line rule says so; body paragraphs are
never edited beyond encoding repair and whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.ingest.invisible import join_digit_groups, strip_invisible
from pipeline.ingest.mojibake import repair_mojibake
from pipeline.ingest.rules import line_matcher, section_labels
from pipeline.text.garbled import garbled_spans

__all__ = ["CleanResult", "clean_text", "garbled_spans"]

_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but newline, incl. NBSP and thin spaces
_BLANK_RUN = re.compile(r"\n{3,}")
_ODD_SPACE = re.compile(r"[^\S \n]")  # whitespace that is neither a space nor a newline
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
HEAD_LINES = 3  # section labels are only furniture above the headline/lede
MIN_DUPLICATE_LEN = 20  # short repeats ("No.", "***") can be legitimate
MAX_LIST_ITEM_LEN = 150
MAX_PASSES = 5
MIN_PACKAGE_CAPTION = 100  # a picture package's caption tells a story; a page's caption under a photo is short


@dataclass(frozen=True)
class CleanResult:
    text: str
    flags: tuple[str, ...]
    removed: tuple[tuple[str, str], ...] = field(default=())  # (flag, line) for the audit trail


def _already_normal(text: str) -> bool:
    """Whether `_normalise_whitespace` would return the text as it is: no whitespace but single spaces inside
    lines and newlines, no line or text opening or ending with one, no blank lines in a row. A few scans of
    the text against a substitution per line: most texts are normal from the first cleaning pass on."""
    return not (_ODD_SPACE.search(text) or "  " in text or " \n" in text or "\n " in text or "\n\n\n" in text
                or text[:1] in (" ", "\n") or text[-1:] in (" ", "\n"))


def _normalise_whitespace(text: str) -> str:
    if _already_normal(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


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


def _filter_lines(text: str, matched: dict[tuple[str, str], bool]) -> tuple[str, list[tuple[str, str]]]:
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


def _one_pass(text: str, fixed_lines: dict[str, str],
              matched: dict[tuple[str, str], bool]) -> tuple[str, bool, list[tuple[str, str]]]:
    repaired, was_repaired = repair_mojibake(text, fixed_lines)
    filtered, removed = _filter_lines(_normalise_whitespace(repaired), matched)
    return _normalise_whitespace(filtered), was_repaired, removed


def clean_text(raw: str) -> CleanResult:
    """Repair, normalise and strip furniture until a further pass changes nothing."""
    # Invisible characters go first: a zero-width space inside "2,4<ZWSP>93" must never reach extraction.
    text, invisible = strip_invisible(raw)
    text, grouped = join_digit_groups(text)
    repaired, removed, fixed_lines = False, [], {}  # the lines ftfy fixed, for the next pass (mojibake.py)
    matched: dict[tuple[str, str], bool] = {}  # which line rules each line matched, for the next pass
    for _ in range(MAX_PASSES):
        new, was_repaired, new_removed = _one_pass(text, fixed_lines, matched)
        # a repair can bring a hiding character back ("Ø\x80" is U+0600, a format character): strip again
        new, more = strip_invisible(new)
        invisible += more
        repaired |= was_repaired
        removed.extend(new_removed)
        if new == text:
            break
        text = new
    flags = {kind for kind, _ in removed}
    if repaired:
        flags.add("mojibake_repaired")
    if invisible:
        flags.add("invisible_removed")
    if grouped:
        flags.add("digit_group_space")
    if garbled_spans(text):
        flags.add("mojibake_unrepaired")
    return CleanResult(text=text, flags=tuple(sorted(flags)), removed=tuple(removed))
