"""The shape of the extraction core: what imports what, where caseload knowledge lives, and that each
layer of an article is computed once."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pandas as pd

from pipeline.extract.doc import article_doc
from pipeline.extract.rows.corpus import extract_tables
from pipeline.ingest.load import load_articles
from pipeline.paths import DEFAULT_ARTICLES_DIR, INGEST_DATA_DIR, LANGUAGE_PACKS_DIR, PACKAGE_DIR, TOPIC_PACKS_DIR
from pipeline.text.rules import read_rows

STAGES = ("pipeline.ingest", "pipeline.extract", "pipeline.publish", "pipeline.checks", "pipeline.automation")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE_DIR / folder).rglob("*.py"))


def test_the_extraction_core_imports_no_dagster_and_no_other_stage():
    for path in modules("extract"):
        if path.name == "assets.py" and path.parent.name == "extract":
            continue  # the stage's Dagster wrapper
        bad = {m for m in imports_of(path) if m.split(".")[0] == "dagster"
               or (m.startswith(STAGES) and not m.startswith("pipeline.extract"))}
        assert not bad, (path, bad)


def test_shared_text_utilities_import_no_stage():
    for folder in ("text", "lang", "topics"):
        for path in modules(folder):
            assert not {m for m in imports_of(path) if m.startswith(STAGES)}, path


def test_ingest_does_not_import_extraction():
    for path in modules("ingest"):
        assert not {m for m in imports_of(path) if m.startswith("pipeline.extract")}, path


def _caseload_names() -> set[str]:
    """Names the topic pack holds: its curated places, provinces and people."""
    topic = TOPIC_PACKS_DIR / "syria_iraq_2024"
    names = {r["name"] for r in read_rows(topic / "places_curated_sites.csv")}
    names |= {r["name"] for r in read_rows(topic / "places_governorates.csv")}
    names |= {r["name"] for r in read_rows(topic / "known_persons.csv")}
    return {n for n in names if len(n) > 4}


def test_caseload_places_and_people_live_only_in_the_topic_pack():
    generic = [p for p in [*LANGUAGE_PACKS_DIR.rglob("*"), *(PACKAGE_DIR / "extract").rglob("data/*"), *INGEST_DATA_DIR.glob("*")]
               if p.suffix in (".csv", ".txt")]
    names = _caseload_names()
    assert {"Camp Taji", "Al-Rutba", "Bashar al-Assad"} <= names
    for path in generic:
        text = path.read_text(encoding="utf-8")
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        hits = {n for n in names if re.search(rf"\b{re.escape(n)}\b", body)}
        assert not hits, (path, hits)


def test_each_article_is_split_into_sentences_once(monkeypatch):
    calls: list[int] = []
    real = article_doc.split_sentences

    def counting(text, paras, rules):
        calls.append(len(text))
        return real(text, paras, rules)

    monkeypatch.setattr(article_doc, "split_sentences", counting)
    articles, _ = load_articles(DEFAULT_ARTICLES_DIR)
    tables = extract_tables(articles)
    assert len(tables["claims"]) > 0
    assert len(calls) == len(articles) == 5


def test_rows_follow_model_column_order():
    tables = extract_tables(pd.DataFrame(columns=["article_id", "text", "language", "published_date",
                                                   "published_date_precision", "outlet"]))
    from schemas import ALL_SCHEMAS
    for name, df in tables.items():
        assert list(df.columns) == list(ALL_SCHEMAS[name].to_schema().columns), name
