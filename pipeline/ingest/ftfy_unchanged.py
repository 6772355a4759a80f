"""Text that ftfy provably returns as it is, told without running ftfy on it.

Why: cleaning gave every line of every article to `ftfy.fix_text` and the whole text to `ftfy.fix_encoding`,
each pass; on the many articles without mojibake all of it (ten fixers and a large regex per line, ~1 ms an
article) returned the text unchanged. What ftfy 6 does to one segment (`fix_and_explain`), until a round
changes nothing: HTML entities (only at "&"), `fix_encoding` (nothing for ASCII text or text in which
`badness.is_bad` finds nothing: its first check), C1 controls, Latin ligatures, full-width forms, line
breaks, surrogates, terminal escapes, control characters (each a fixed set of characters, read here from
ftfy's own tables), uncurled quotes (off in the cleaning's configuration) and NFC. A segment holding none of
those characters, in NFC and not bad, comes out of the first round as it went in, so out of `fix_text`.
`tests/test_ftfy_unchanged.py` compares both on generated strings and on the fixtures' mojibake.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import ftfy
from ftfy import chardata

from pipeline.ingest.badness_scan import is_bad

# The characters a fixer other than fix_encoding and NFC can change or act on.
_FIXER_CHARACTERS = "&\x1b\r\u2028\u2029\x85" + "".join(
    chr(code) for table in (chardata.LIGATURES, chardata.WIDTH_MAP, chardata.CONTROL_CHARS) for code in table)
_RANGES = "\x80-\x9f\ud800-\udfff"  # C1 controls, surrogates


@cache
def _fixer_characters() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(_FIXER_CHARACTERS)}{_RANGES}]")


def understood(config: ftfy.TextFixerConfig) -> bool:
    """Whether the reasoning above covers this ftfy and configuration: ftfy 6's fixers, quotes kept, NFC."""
    return ftfy.__version__.startswith("6.") and not config.uncurl_quotes and config.normalization in ("NFC", None)


def encoding_unchanged(text: str) -> bool:
    """`ftfy.fix_encoding(text) == text` is certain: ftfy's own first check, ASCII or nothing that looks bad
    (searched near the non-ASCII characters only, `badness_scan.py`)."""
    return text.isascii() or not is_bad(text)


def segment_unchanged(segment: str, text_not_bad: bool) -> bool:
    """`ftfy.fix_text(segment) == segment` is certain, for a segment (one line with its newline) of a text
    `encoding_unchanged` passed (`text_not_bad`). The mojibake regex looks at nothing outside a match, so a
    match in the segment is one in the text, except its one anchored alternative, "^" then "Ã " or "Â ",
    which matches only at the very start: a segment opening with either is left to ftfy."""
    if _fixer_characters().search(segment) or not unicodedata.is_normalized("NFC", segment):
        return False
    return segment.isascii() or (text_not_bad and segment[:1] not in ("Ã", "Â"))
