"""How a prediction is compared with an annotation: normalised text, folded names, dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

QUOTES = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "ʼ": "'", "`": "'"}
ARTICLES = ("al", "el", "the")  # a leading article does not make a different place or person


def norm_text(text: str | None) -> str:
    """Curly quotes made straight and white space collapsed: anchors are copied by hand."""
    text = text or ""
    for curly, plain in QUOTES.items():
        text = text.replace(curly, plain)
    return " ".join(text.split())


def fold(name: str | None) -> str:
    """No case, no diacritics, no apostrophes or hyphens, no leading article: 'Al-Qā’im' == 'qaim'."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’‘`ʼ]", "", text)
    text = re.sub(r"[-_/.,()]", " ", text)
    return " ".join(token for token in text.split() if token not in ARTICLES)


def names_of(row: dict) -> set[str]:
    """The folded canonical name and aliases of a location or entity row."""
    names = {fold(row.get("name"))} | {fold(alias) for alias in row.get("aliases") or []}
    return {name for name in names if name}


def as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def periods_overlap(gold: dict, pred: dict) -> bool:
    """The predicted period touches the annotated one; an open annotated end bounds one side only."""
    pred_start, pred_end = as_date(pred.get("period_start")), as_date(pred.get("period_end"))
    if pred_start is None and pred_end is None:
        return False
    gold_start = as_date(gold.get("period_start")) or dt.date.min
    gold_end = as_date(gold.get("period_end")) or dt.date.max
    return (pred_start or pred_end) <= gold_end and (pred_end or pred_start) >= gold_start
