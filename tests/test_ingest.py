"""The five seed articles load as a user would check them."""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import pytest

from pipeline.ingest.load import load_articles
from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.text.garbled import garbled_spans
from schemas import TABLE_SCHEMAS

ARTICLE_COLUMNS = tuple(TABLE_SCHEMAS["articles"].to_schema().columns)
REJECTED_INPUT_COLUMNS = tuple(TABLE_SCHEMAS["rejected_inputs"].to_schema().columns)


@pytest.fixture(scope="module")
def loaded() -> tuple[pd.DataFrame, pd.DataFrame]:
    return load_articles(DEFAULT_ARTICLES_DIR)


@pytest.fixture(scope="module")
def by_file(loaded) -> dict[str, dict]:
    return {row["source_file"][:3]: row for row in loaded[0].to_dict("records")}


def test_five_articles_no_rejects_contract_columns(loaded):
    articles, rejected = loaded
    assert list(articles.columns) == list(ARTICLE_COLUMNS)
    assert list(rejected.columns) == list(REJECTED_INPUT_COLUMNS)
    assert len(articles) == 5 and rejected.empty
    assert list(articles["source_file"]) == sorted(articles["source_file"])


def test_ids_are_content_hashes_and_stable(loaded):
    articles, _ = loaded
    again, _ = load_articles(DEFAULT_ARTICLES_DIR)
    assert list(articles["article_id"]) == list(again["article_id"])
    for row in articles.itertuples():
        assert re.fullmatch(r"[0-9a-f]{16}", row.article_id)
        assert row.article_id == hashlib.sha256(row.text.encode()).hexdigest()[:16]
        raw = (DEFAULT_ARTICLES_DIR / row.source_file).read_bytes()
        assert row.raw_sha256 == hashlib.sha256(raw).hexdigest()
        assert row.raw_text == raw.decode("utf-8")


def test_dates_and_precision(by_file):
    assert (by_file["000"]["published_date"], by_file["000"]["published_date_precision"]) == ("2025-03", "month")
    assert (by_file["004"]["published_date"], by_file["004"]["published_date_precision"]) == ("2024-12-12", "day")
    assert all(r["language"] == "en" for r in by_file.values())


@pytest.mark.parametrize("needle", ["[Getty]", "(Photo: AP)", "Show More", "Related Articles",
                                    "Back to top button", "Verified by MonsterInsights"])
def test_captions_and_furniture_gone(loaded, needle):
    assert not loaded[0]["text"].str.contains(needle, regex=False).any()


def test_body_kept_and_caption_flags(by_file):
    # The caption of 000 repeats a body sentence; the body copy must survive.
    assert "The official said that the officers were confined to Camp Taji" in by_file["000"]["text"]
    assert by_file["000"]["text"].startswith("Iraqi authorities have imposed new restrictions")
    assert "removed:caption" in by_file["003"]["quality_flags"]
    assert "removed:furniture" in by_file["002"]["quality_flags"]
    assert by_file["002"]["text"].startswith("The Fate of Syrian Officers")  # "Policy" label dropped
    assert by_file["002"]["text"].endswith("part of the al-Assad family.")
    assert "In this June 10, 2011, file photo" not in by_file["003"]["text"]


def test_mojibake_repaired_and_unrepaired_flagged(loaded, by_file):
    assert not loaded[0]["text"].str.contains("â€").any()
    row = by_file["004"]
    assert "mojibake_unrepaired" in row["quality_flags"]
    spans = garbled_spans(row["text"])
    assert spans and all("°" in row["text"][s.start:s.end] or "Â" in row["text"][s.start:s.end] for s in spans)
    assert "Speaking on condition of anonymity to" in row["text"]
    for other in ("000", "001", "002", "003"):
        assert "mojibake_unrepaired" not in by_file[other]["quality_flags"]


def test_outlets(by_file):
    assert by_file["003"]["outlet"] == "Kurdistan 24"
    assert by_file["002"]["outlet"] is None  # imarabic.com is not in the domain table: no guess
    assert by_file["004"]["outlet"] == "The New Arab"


def test_text_is_normalised(loaded):
    for text in loaded[0]["text"]:
        assert "\r" not in text and "\n\n\n" not in text and "\u00a0" not in text
        assert all(line == line.rstrip() for line in text.split("\n"))
        assert "’" in text or "“" in text  # curly quotes kept, not uncurled
