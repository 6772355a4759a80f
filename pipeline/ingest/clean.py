"""Turn a decoded article into the text every character offset refers to.

Invisible format characters (zero-width spaces, soft hyphens, bidi controls) are
removed first and flagged `invisible_removed` (see invisible.py). Otherwise only
whole lines are removed, and only when a rule in `cleaning_rules.csv` (caption
credit, site furniture) or the duplicate-line rule says so; body paragraphs are
never edited beyond encoding repair and whitespace.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.ingest.invisible import join_digit_groups, strip_invisible
from pipeline.ingest.line_filter import filter_lines
from pipeline.ingest.mojibake import repair_mojibake
from pipeline.ingest.whitespace import normalise_whitespace
from pipeline.text.garbled import garbled_spans

__all__ = ["CleanResult", "clean_text", "garbled_spans"]

MAX_PASSES = 5


@dataclass(frozen=True)
class CleanResult:
    text: str
    flags: tuple[str, ...]
    removed: tuple[tuple[str, str], ...] = field(default=())  # (flag, line) for the audit trail


def _one_pass(text: str, fixed_lines: dict[str, str],
              matched: dict[tuple[str, str], bool]) -> tuple[str, bool, list[tuple[str, str]]]:
    repaired, was_repaired = repair_mojibake(text, fixed_lines)
    filtered, removed = filter_lines(normalise_whitespace(repaired), matched)
    return normalise_whitespace(filtered), was_repaired, removed


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
