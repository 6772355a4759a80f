"""ftfy once per distinct line of an article: the same text as `ftfy.fix_text` on the whole, and a line the
previous cleaning pass fixed is not given to ftfy again."""

from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import mojibake
from pipeline.ingest.clean import clean_text

PIECES = ["Ã©", "â€™", "â€œ", "&amp;", "&lt;", "<b>", "\r\n", "\r", "\u2028", "\x00", "\x1b[31m", "ﬁ", "Ａ", "Â ",
          "Ø§Ù„", "\n", "\n\n", " ", "word", "Ã", "\u0080", "caf\u00c3\u00a9", "â€\u009d", "\t", "2,493"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_line_by_line_is_ftfy_on_the_whole_text(pieces):
    text = "".join(pieces)
    assert mojibake._fix_lines(text, {}) == ftfy.fix_text(text, mojibake._FTFY_CONFIG)


def test_a_line_fixed_in_one_pass_is_not_fixed_again_in_the_next(monkeypatch):
    calls: list[str] = []
    real = ftfy.fix_text

    def counting(text, config=None):
        calls.append(text)
        return real(text, config)

    monkeypatch.setattr(mojibake.ftfy, "fix_text", counting)
    text = "Headline\n\nIraqi officials said 2,493 soldiers crossed.\nThey said it again.\n"
    clean_text(text)  # the first pass strips the last newline: a second pass sees the same lines
    assert len(calls) == len(set(calls))
