"""Control characters are counted by one regex: the same characters unicodedata calls Cc, but for the
controls plain text carries (tab, newlines, form feed, DOS end-of-file)."""

from __future__ import annotations

import sys
import unicodedata

from pipeline.ingest import decode


def test_the_control_class_is_unicodes_cc_but_the_text_controls():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        expected = unicodedata.category(ch) == "Cc" and ch not in decode._TEXT_CONTROLS
        assert bool(decode._CONTROLS.fullmatch(ch)) == expected, hex(code)


def test_the_control_share_counts_each_control_once():
    assert decode._control_share("ab\x00\x01\n\t\x7f\x9f\u00a0é") == 4 / 10
    assert decode._control_share("") == 0.0
