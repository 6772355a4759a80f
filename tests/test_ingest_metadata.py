"""sources.csv edge cases, outlet inference and language, as seen in the loaded tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.load import load_articles
from pipeline.ingest.metadata import infer_outlet, normalise_url, outlet_from_url
from schemas import TABLE_SCHEMAS
from schemas.conform import conform

EN = ("Iraqi officials said on Sunday that the Syrian soldiers who crossed at Al-Qaim were moved to a base in "
      "Anbar, and that they would stay there until their return to Syria could be arranged with Damascus.")
AR = "قال مسؤولون عراقيون إن الجنود السوريين الذين عبروا الحدود عند القائم نقلوا إلى قاعدة في الأنبار. " * 3


def _folder(tmp_path: Path, files: dict[str, str], sources: str | None = None) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    if sources is not None:
        (tmp_path / "sources.csv").write_text(sources, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("url,outlet", [
    ("https://www.kurdistan24.net/en/story/1", "Kurdistan 24"), ("https://english.alaraby.co.uk/news/x", "The New Arab"),
    ("https://www.newarab.com/news/x", "The New Arab"), ("https://shafaq.com/en/x", "Shafaq News"),
    ("https://en.imarabic.com/x", None), ("https://unknown-blog.example/x", None), (None, None),
])
def test_outlet_from_url_only_for_known_domains(url, outlet):
    assert outlet_from_url(url) == outlet


def test_dateline_beats_url_and_garbage_is_never_an_outlet():
    assert infer_outlet("BAGHDAD (Reuters) - Iraq said.", "https://www.rudaw.net/x") == ("Reuters", "outlet_inferred:dateline")
    assert infer_outlet("(AFP) - Iraq said.", None) == ("AFP", "outlet_inferred:dateline")
    assert infer_outlet("ERBIL (°®Âþµº) – Iraq said.", None) == (None, None)
    assert infer_outlet("The ministry (MoI) - said it.", None) == (None, None)


def test_url_repaired_or_dropped():
    assert normalise_url("www.rudaw.net/english/x") == ("https://www.rudaw.net/english/x", "url_repaired")
    assert normalise_url("not a url") == (None, "url_invalid")
    assert normalise_url("https://rudaw.net/x") == ("https://rudaw.net/x", None)


def test_language_declared_detected_or_undetermined(tmp_path):
    folder = _folder(tmp_path, {"ar.txt": AR, "en.txt": EN, "fr.txt": "Le ministère a démenti."},
                     "file,language\nfr.txt,French\n")
    articles, rejected = load_articles(folder)
    langs = dict(zip(articles["source_file"], articles["language"]))
    assert langs == {"ar.txt": "ar", "en.txt": "en", "fr.txt": "fr"} and rejected.empty  # Arabic by its script
    flags = dict(zip(articles["source_file"], articles["quality_flags"]))
    assert "language_undetermined" not in flags["ar.txt"] and "language_without_rules" in flags["fr.txt"]
    assert not {"language_undetermined", "language_without_rules"} & set(flags["en.txt"])


def test_sources_rows_repeated_or_blank_are_reported_once(tmp_path):
    folder = _folder(tmp_path, {"a.txt": EN}, (
        "file,outlet,url,published_date\n"
        "a.txt,Rudaw,www.rudaw.net/x,0001-01-01\na.txt,Other,,\nghost.txt,,,\nghost.txt,,,\n,Orphan,,\n"))
    articles, rejected = load_articles(folder)
    row = articles.iloc[0]
    assert (row["outlet"], row["url"], row["published_date"]) == ("Rudaw", "https://www.rudaw.net/x", None)
    assert {"url_repaired", "date_invalid"} <= set(row["quality_flags"])
    assert set(zip(rejected["file"], rejected["reason"])) == {
        ("a.txt", "sources_duplicate_row"), ("ghost.txt", "sources_row_without_file"),
        ("sources.csv", "sources_row_without_file")}
    assert not rejected.duplicated(["file", "reason"]).any()


def test_explicit_missing_sources_csv_is_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(EN, encoding="utf-8")
    articles, rejected = load_articles(folder, tmp_path / "meta.csv")
    assert len(articles) == 1 and list(rejected["reason"]) == ["sources_unreadable"]


def test_sources_without_file_column(tmp_path):
    folder = _folder(tmp_path, {"a.txt": EN}, "name,outlet\na.txt,Rudaw\n")
    articles, rejected = load_articles(folder)
    assert articles.iloc[0]["outlet"] is None and list(rejected["reason"]) == ["sources_missing_file_column"]


def test_outputs_pass_the_published_schemas(tmp_path):
    folder = _folder(tmp_path, {"a.txt": EN, "b.txt": EN, "c.txt": "Show More"},
                     "file,url,published_date,extra\na.txt,rudaw.net/x,2024-12,1\nnone.txt,,,\n")
    articles, rejected = load_articles(folder)
    assert len(articles) == 1 and len(rejected) == 4
    TABLE_SCHEMAS["articles"].validate(conform("articles", articles), lazy=True)
    TABLE_SCHEMAS["rejected_inputs"].validate(conform("rejected_inputs", rejected), lazy=True)


def test_sources_csv_elsewhere_and_absent(tmp_path):
    (tmp_path / "one.txt").write_text(EN, encoding="utf-8")
    articles, rejected = load_articles(tmp_path)
    assert rejected.empty and articles.loc[0, "outlet"] is None and articles.loc[0, "language"] == "en"
    meta = tmp_path.parent / f"{tmp_path.name}_meta.csv"
    meta.write_text("file,outlet,published_date\none.txt,Rudaw,2024\n", encoding="utf-8")
    articles, rejected = load_articles(tmp_path, meta)
    assert rejected.empty
    assert (articles.loc[0, "outlet"], articles.loc[0, "published_date_precision"]) == ("Rudaw", "year")


def test_html_declared_legacy_charset(tmp_path):
    body = "قال مسؤولون عراقيون إن الجنود السوريين الذين عبروا الحدود عند القائم نقلوا إلى قاعدة في الأنبار. " * 4
    page = (f'<html><head><meta charset="windows-1256"><title>x</title></head>'
            f"<body><article><p>{body}</p><p>{body}</p></article></body></html>")
    (tmp_path / "ar.html").write_bytes(page.encode("cp1256"))
    articles, rejected = load_articles(tmp_path)
    assert rejected.empty
    row = articles.iloc[0]
    assert "encoding:cp1256" in row["quality_flags"] and "الجنود السوريين" in row["text"]
    assert row["language"] == "ar"  # not declared: Arabic by its script
