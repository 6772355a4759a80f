"""Read amounts out of news text: digits, number words, vague amounts, ranges, qualifiers.

Every mention keeps offsets into the source so a count row can point at its words. Which noun
follows (soldiers? kilometres?) is the caller's business; `is_measure` helps reject units.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipeline.extract.figures.number_mention import Num, NumberMention
from pipeline.extract.figures.number_ranges import number_ranges
from pipeline.extract.figures.number_words import number_words, words_to_number
from pipeline.extract.figures.qualifiers import qualified
from pipeline.text.caseless_set import CaselessSet
from pipeline.text.rules import RuleSet
from pipeline.text.rules import alternation as _alt
from pipeline.text.spans import filter_spans

__all__ = ["NumberMention", "find_numbers", "words_to_number"]


@cache
def _vague(rules: RuleSet) -> dict[str, tuple[int, int]]:
    return {r["phrase"]: (int(r["low"]), int(r["high"])) for r in rules.rows("number_vague.csv")}


@cache
def _named_amount(rules: RuleSet) -> dict[str, int]:
    return {r["phrase"]: int(r["best"]) for r in rules.rows("number_vague.csv") if r.get("best")}


@cache
def _patterns(rules: RuleSet) -> dict[str, re.Pattern[str] | CaselessSet]:
    table = number_words(rules)
    words = _alt(list(table))
    units = _alt([w for w, (_, k) in table.items() if k == "unit"])
    scales = _alt([w for w, (_, k) in table.items() if k != "unit"])
    after_scale = "(?:" + "|".join(f"(?<={w})" for w, (_, k) in table.items() if k != "unit") + ")"
    months = _alt([r["name"] for r in rules.rows("time_months.csv")])
    cues = _alt([r["word"] for r in rules.rows("number_year_cues.csv")])
    return {
        # "(?<![\w.,:/])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+|\d+)" with its first digit first and the look backs
        # after it: the engine then tries the pattern only at digits, not at every character. South Asian
        # grouping ("1,20,000", "12,50,000": lakhs) is tried first.
        "digits": re.compile(rf"(\d(?<![\w.,:/]\d)(?<![A-Za-z]-\d)(?:\d?(?:,\d\d)+,\d{{3}}(?![\d,]\d)|\d{{0,2}}(?:,\d{{3}})+|\d*))"
                             rf"(\.\d+)?"
                             rf"(?:\s+({scales})s?\b)?", re.I),
        # "and" joins parts of one number only after hundred/thousand: "two and three" stay two numbers.
        # number words and vague amounts ignore case: found in one scan of the lower-cased text
        "words_vague": CaselessSet([
            re.compile(rf"\b(?:an?\s+(?:{scales})|{units})(?:(?:-|\s+|{after_scale}\s+and\s+)(?:{words}))*\b", re.I),
            re.compile(rf"\b({_alt(list(_vague(rules)))})\b", re.I)]),
        "date_after": re.compile(rf"(?:\s*(?:-|–|and|to|or|&)\s*\d{{1,2}})?\s+(?:of\s+)?(?:{months})\b", re.I),
        "date_before": re.compile(rf"\b(?:{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to|&)\s*)?$", re.I),
        "year_before": re.compile(rf"\b(?:{cues}|{months})[\s,-]+$", re.I),
        "not_amount_after": re.compile(r"(?:st|nd|rd|th|:\d|\s*%|\s*per\s*cent|-?(?:st|nd|rd|th)\b)", re.I),
        "ordinal_after": re.compile(r"-(?:first|second|third|\w+th)\b", re.I),
    }


def _is_date_or_year(text: str, start: int, end: int, raw: str, p: dict[str, re.Pattern[str]]) -> bool:
    if p["date_after"].match(text, end) or p["date_before"].search(text, max(0, start - 30), start):
        return len(raw) in (1, 2, 4)
    # A bare year stands alone or after a time cue; an amount is followed by its noun.
    return (len(raw) == 4 and 1800 <= int(raw) <= 2100 and (
        bool(p["year_before"].search(text, max(0, start - 20), start)) or not re.match(r"\s[a-z]", text[end:end + 2])))


def _simple(text: str, worded: list[re.Match[str]], rules: RuleSet) -> list[tuple[int, int, Num]]:
    """(start, end, value) of digits and word numbers (`worded`) that are amounts, not dates, years or
    ordinals."""
    p, out = _patterns(rules), []
    for m in p["digits"].finditer(text):
        if p["not_amount_after"].match(text, m.end(2) if m.group(2) else m.end(1)):
            continue
        if not m.group(2) and _is_date_or_year(text, m.start(), m.end(1), m.group(1), p):
            continue
        value = Decimal(m.group(1).replace(",", "") + (m.group(2) or "")) * (words_to_number(m.group(3) or "", rules) or 1)
        out.append((m.start(), m.end(), int(value) if value == value.to_integral() else float(value)))
    for m in worded:
        value = words_to_number(m.group(0), rules)
        if value is not None and not p["ordinal_after"].match(text, m.end()):
            end = m.end()
            # "two and a half thousand men": the half is of the scale word after it
            if (half := _HALF_SCALE.match(text, end)) and (scale := words_to_number(half.group(1), rules)):
                value, end = int((value + Decimal("0.5")) * scale), half.end()
            out.append((m.start(), end, value))
    return out


_HALF_SCALE = re.compile(r"\s+and\s+a\s+half\s+(hundred|thousand|million)\b", re.I)


_RESTATED_GAP = re.compile(r"\)\s*|\s*\(")


def _restated(text: str, simple: list[tuple[int, int, Num]]) -> list[tuple[int, int, Num]]:
    """ "(755) seven hundred and fifty-five", "seven hundred and fifty-five (755)": an official statement's figure in
    digits and again in words (Arabic-language communiqués write both) is one amount."""
    out: list[tuple[int, int, Num]] = []
    for start, end, value in simple:
        if out and out[-1][2] == value and _RESTATED_GAP.fullmatch(text, out[-1][1], start):
            first = out.pop()
            opened = first[0] - 1 if text[first[0] - 1:first[0]] == "(" else first[0]
            closed = end + 1 if text[end:end + 1] == ")" else end
            out.append((opened, closed, value))
        else:
            out.append((start, end, value))
    return out


def find_numbers(text: str, rules: RuleSet) -> list[NumberMention]:
    """Every amount in `text`; where readings overlap, `filter_spans` keeps the longest."""
    if not text:
        return []
    worded, vague = _patterns(rules)["words_vague"].finditer_each(text)
    simple = _restated(text, sorted(_simple(text, worded, rules)))
    cands = number_ranges(text, simple, rules) + [qualified(text, s, e, v, rules) for s, e, v in simple]
    for m in vague:
        phrase = " ".join(m.group(1).lower().split())
        if (best := _named_amount(rules).get(phrase)) is not None:  # "a couple of hundred": about 200
            cands.append(NumberMention(m.start(), m.end(), m.group(0), best, None, None, "approximate", m.start(),
                                       m.end()))
            continue
        low, high = _vague(rules)[phrase]
        cands.append(NumberMention(m.start(), m.end(), m.group(0), None, low, high, "vague", m.start(), m.end()))
    return filter_spans(cands)
