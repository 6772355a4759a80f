"""Amounts in Arabic: Western and Arabic-Indic digits, number words (duals, compounds joined by و),
vague amounts (عشرات، مئات، آلاف), qualifiers before the number and ranges (بين ... و...).

Matching runs on the folded text (digits folded to ASCII, ٬ to a comma); mentions point into the
stored text.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.arabic.folded import Folded, fold_text
from pipeline.extract.arabic.lexicon import AFTER, BEFORE, LETTER, alt, key, table
from pipeline.extract.figures.numbers import Num, NumberMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import filter_spans

_BOUNDS = {"exact": lambda n: (n, n, n), "more_than": lambda n: (n, n + 1, None), "at_least": lambda n: (n, n, None),
           "nearly": lambda n: (n, None, n), "approximate": lambda n: (n, None, None),
           "at_most": lambda n: (n, None, n), "fewer_than": lambda n: (n, None, n - 1)}


@cache
def _patterns(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    words = table(rules, "number_words.csv", "word", "kind")
    scales = [w for w, kind in words.items() if kind in ("scale", "plural_scale")]
    quals = table(rules, "qualifiers.csv", "phrase", "position")
    months = alt(table(rules, "time_months.csv", "name", "month"))
    one = rf"(?:{alt(words)}){AFTER}"
    return {
        "digits": re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\s+({alt(scales)}){AFTER})?"),
        # "الخمسين", "الألف": a number word with the article, after a verb ("لا يتجاوز عددهم الخمسين")
        "words": re.compile(rf"{BEFORE}(?P<w>(?:ال)?{one}(?:\s+و?{one})*)"),
        "vague": re.compile(rf"{BEFORE}(?:ال)?(?P<w>{alt(table(rules, 'number_vague.csv', 'phrase', 'low'))}){AFTER}"),
        "before": re.compile(rf"(?<![{LETTER}])[وف]?(?P<q>{alt(p for p, pos in quals.items() if pos == 'before')})\s+\(?\s*$"),
        "after": re.compile(rf"\s+(?P<q>{alt(p for p, pos in quals.items() if pos == 'after')}){AFTER}"),
        "date_after": re.compile(rf"\s*(?:{months}){AFTER}"),
        "date_before": re.compile(rf"(?:{months}|عام|العام|سنه){AFTER}\s*$"),
        "range_lead": re.compile(rf"(?<![{LETTER}])[وف]?(?:ما\s+)?بين\s+$"),
    }


def words_value(phrase: str, rules: RuleSet) -> int | None:
    """"الف وتسعمائه وخمسه" -> 1905, "ثلاثه الاف" -> 3000, "الفي" -> 2000 (folded words)."""
    values = table(rules, "number_words.csv", "word", "value")
    kinds = table(rules, "number_words.csv", "word", "kind")
    total = group = 0
    tokens = [t[1:] if t not in values and t.startswith("و") else t for t in key(phrase).split()]
    tokens[:1] = [t[2:] if t not in values and t.startswith("ال") and t[2:] in values else t for t in tokens[:1]]
    tokens = _joined(tokens, values)
    orders: set[int] = set()  # the digits of each part added in the group: "ثلاثمئة وأربعمئة" is two amounts
    for i, tok in enumerate(tokens):
        if tok not in values or (i == 0 and kinds[tok] == "plural_scale"):
            return None
        value, kind = int(values[tok]), kinds[tok]
        if kind == "unit":
            if len(str(value)) in orders:
                return None
            orders.add(len(str(value)))
            group += value
        elif kind == "group":
            group = max(group, 1) * value
        elif group >= value:  # "ألفين وثلاثة آلاف": two amounts (2,000 and 3,000), not 2,003 thousand
            return None
        else:
            total, group, orders = total + max(group, 1) * value, 0, set()
    return total + group


def _joined(tokens: list[str], values: dict[str, str]) -> list[str]:
    """Two-word entries of the table as one token: "مئتان واثنا عشر" is 200 and 12, not 200, 2 and 10."""
    out: list[str] = []
    for tok in tokens:
        if out and f"{out[-1]} {tok}" in values:
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
    return out


def _simple(f: Folded, rules: RuleSet) -> list[tuple[int, int, Num]]:
    """(start, end, value) in folded offsets, dates and years left out."""
    p, text, out = _patterns(rules), f.text, []
    for m in p["digits"].finditer(text):
        if p["date_after"].match(text, m.end(1)) or p["date_before"].search(text[max(0, m.start() - 20):m.start()]):
            continue
        scale = int(table(rules, "number_words.csv", "word", "value")[key(m.group(2))]) if m.group(2) else 1
        out.append((m.start(), m.end(), int(m.group(1).replace(",", "")) * scale))  # "٣ آلاف" = 3,000
    for m in p["words"].finditer(text):
        out.extend(_amounts(text, m.start("w"), m.end("w"), rules))
    return sorted(out)


_WORD = re.compile(r"\S+")


def _amounts(text: str, start: int, end: int, rules: RuleSet) -> list[tuple[int, int, int]]:
    """The amounts a run of number words says: the whole run when it is one number, else leading words that are
    one number before a rest that is one too ("بين ألفين وثلاثة آلاف": 2,000 and 3,000, not 2,003 and آلاف), else
    the longest leading words that are one; then the rest the same way."""
    words, values, out = list(_WORD.finditer(text, start, end)), table(rules, "number_words.csv", "word", "value"), []

    def value_of(run: list[re.Match[str]]) -> int | None:
        if run and run[0].group().startswith("و") and key(run[0].group()) not in values:
            run = [_WORD.match(text, run[0].start() + 1), *run[1:]]  # "وثلاثة": the conjunction is not the amount's
        return words_value(text[run[0].start():run[-1].end()], rules) if run else None

    while words:
        sizes = [size for size in range(len(words), 0, -1) if value_of(words[:size]) is not None]
        size = next((n for n in sizes if n == len(words) or value_of(words[n:]) is not None), sizes[0] if sizes else 1)
        if value := value_of(words[:size]):
            first = words[0].start() + (1 if words[0].group().startswith("و") and key(words[0].group()) not in values else 0)
            out.append((first, words[size - 1].end(), value))
        words = words[size:]
    return out


def _mention(text: str, f: Folded, span: tuple[int, int], bounds: tuple, qualifier: str,
             num: tuple[int, int]) -> NumberMention:
    """A mention in stored offsets from folded ones: span covers the qualifier, num the amount."""
    s, e = f.start(span[0]), f.end(span[1])
    return NumberMention(s, e, text[s:e], *bounds, qualifier, f.start(num[0]), f.end(num[1]))


def find_arabic_numbers(text: str, rules: RuleSet) -> list[NumberMention]:
    """Every amount in `text`; overlapping readings settle on the longest."""
    f, p = fold_text(text), _patterns(rules)
    simple, cands = _simple(f, rules), []
    quals = table(rules, "qualifiers.csv", "phrase", "qualifier")
    for (s1, e1, v1), (s2, e2, v2) in zip(simple, simple[1:]):
        lead = p["range_lead"].search(f.text[max(0, s1 - 12):s1])
        if lead and re.fullmatch(r"\s+و\s*", f.text[e1:s2]) and v1 < v2:
            cands.append(_mention(text, f, (s1 - (min(s1, 12) - lead.start()), e2), (None, v1, v2), "range", (s1, e2)))
    for s, e, v in simple:
        q, qs, qe = "exact", s, e
        if m := p["before"].search(f.text[max(0, s - 30):s]):
            q, qs = quals[key(m.group("q"))], s - (min(s, 30) - m.start("q"))
        elif m := p["after"].match(f.text, e):
            q, qe = quals[key(m.group("q"))], m.end()
        cands.append(_mention(text, f, (qs, qe), _BOUNDS[q](v), q, (s, e)))
    vague = table(rules, "number_vague.csv", "phrase", "low")
    highs = table(rules, "number_vague.csv", "phrase", "high")
    for m in p["vague"].finditer(f.text):
        word = key(m.group("w"))
        where = (m.start("w"), m.end("w"))
        cands.append(_mention(text, f, where, (None, int(vague[word]), int(highs[word])), "vague", where))
    return filter_spans(cands)
