"""The per-article cache: an unchanged article is never extracted again, a rule change invalidates, a
damaged entry is recomputed, and the tables are the same with or without it."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.bench.corpus import article_text, seed_paragraphs
from pipeline.cache.entries import FILE_NAME
from pipeline.extract.cache import fingerprint as fingerprint_module
from pipeline.extract.cache.store import ArticleCache, clear
from pipeline.extract.rows import job as job_module
from pipeline.extract.rows.corpus import extract_tables
from pipeline.paths import TOPIC_PACKS_DIR
from pipeline.topics import DEFAULT_TOPIC
from tests.cache_damage import truncate_one_entry


def _articles(count: int) -> pd.DataFrame:
    paragraphs, _rows = seed_paragraphs()
    return pd.DataFrame([dict(article_id=f"{i:016x}", text=article_text(i, paragraphs), language="en",
                              published_date="2025-02", published_date_precision="month", outlet="The New Arab")
                         for i in range(count)])


@pytest.fixture
def extracted(monkeypatch):
    """Article ids extracted (not taken from the cache), in the order they were."""
    seen: list[str] = []
    real = job_module.run_job

    def counting(job):
        seen.append(job.article_id)
        return real(job)

    monkeypatch.setattr(job_module, "run_job", counting)
    return seen


def _same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> bool:
    return left.keys() == right.keys() and all(left[name].equals(right[name]) for name in left)


def test_unchanged_articles_are_not_extracted_again(tmp_path, extracted):
    articles, cache = _articles(3), ArticleCache(tmp_path, "fp")
    first = extract_tables(articles, cache=cache)
    assert len(extracted) == 3
    changed = articles.copy()
    changed.loc[1, "text"] = changed.loc[1, "text"] + "Some 300 soldiers crossed at Al-Qaim.\n"
    extract_tables(changed, cache=cache)
    assert extracted[3:] == [changed.loc[1, "article_id"]]  # only the edited article
    assert _same(extract_tables(articles, cache=cache), first) and len(extracted) == 4


def test_same_tables_with_and_without_the_cache(tmp_path):
    articles, cache = _articles(3), ArticleCache(tmp_path, "fp")
    plain = extract_tables(articles)
    assert _same(extract_tables(articles, cache=cache), plain)  # filling the cache
    assert _same(extract_tables(articles, cache=cache), plain)  # read from it


def test_a_new_fingerprint_misses_and_the_old_entries_stay(tmp_path, extracted):
    articles = _articles(2)
    extract_tables(articles, cache=ArticleCache(tmp_path, "before"))
    extract_tables(articles, cache=ArticleCache(tmp_path, "after"))
    assert len(extracted) == 4
    extract_tables(articles, cache=ArticleCache(tmp_path, "before"))
    assert len(extracted) == 4
    assert clear(tmp_path) and not tmp_path.exists() and not clear(tmp_path)


def test_a_damaged_entry_is_recomputed_and_rewritten(tmp_path, extracted):
    articles, cache = _articles(2), ArticleCache(tmp_path, "fp")
    first = extract_tables(articles, cache=cache)
    truncate_one_entry(tmp_path)
    assert _same(extract_tables(articles, cache=ArticleCache(tmp_path, "fp")), first)
    assert len(extracted) == 3
    extract_tables(articles, cache=ArticleCache(tmp_path, "fp"))
    assert len(extracted) == 3  # the rewritten entry is read again


def test_a_rule_table_edit_changes_the_fingerprint(tmp_path, monkeypatch):
    topics = tmp_path / "topics"
    shutil.copytree(TOPIC_PACKS_DIR, topics, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint_module, "TOPIC_PACKS_DIR", topics)
    monkeypatch.setattr(fingerprint_module, "CODE_FILES", (fingerprint_module.PACKAGE_DIR / "paths.py",))
    compute = fingerprint_module.fingerprint.__wrapped__
    before = compute(DEFAULT_TOPIC)
    assert compute(DEFAULT_TOPIC) == before
    table = topics / DEFAULT_TOPIC / "organizations.csv"
    table.write_text(table.read_text() + "\n")
    assert compute(DEFAULT_TOPIC) != before
    other = topics / "other_topic"
    shutil.copytree(topics / DEFAULT_TOPIC, other)
    after = compute(DEFAULT_TOPIC)
    (other / "organizations.csv").write_text("changed")
    assert compute(DEFAULT_TOPIC) == after  # another topic's tables do not touch this one's entries


def test_cache_clear_command(tmp_path, capsys):
    from pipeline.cli import main

    ArticleCache(tmp_path / "cache" / "articles", "fp").put("ab", b"x")
    entry = tmp_path / "cache" / "articles" / "fp" / FILE_NAME
    assert entry.is_file()
    assert main(["cache", "clear", "--out", str(tmp_path)]) == 0
    assert not entry.exists() and "cleared " in capsys.readouterr().out
