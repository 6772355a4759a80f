"""The ingest cache: an unchanged file is never decoded or cleaned again; its bytes, its name, its
sources.csv row and the ingest code all key its entry; the tables are the same with or without it."""

from __future__ import annotations

import shutil

import pytest

from pipeline.ingest import files as files_module
from pipeline.ingest.cache import ingest_cache
from pipeline.ingest.load import load_folder
from pipeline.paths import DEFAULT_ARTICLES_DIR
from tests.cache_damage import truncate_one_entry


@pytest.fixture
def cleaned(monkeypatch):
    """Source files built (decoded and cleaned) rather than taken from the cache."""
    seen: list[str] = []
    real = files_module.build_article

    def counting(raw, source):
        seen.append(raw.source_file)
        return real(raw, source)

    monkeypatch.setattr(files_module, "build_article", counting)
    return seen


def _folder(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(DEFAULT_ARTICLES_DIR, folder)
    return folder


def test_unchanged_files_are_not_cleaned_again(tmp_path, cleaned):
    folder, cache = _folder(tmp_path), ingest_cache(tmp_path / "cache")
    plain = load_folder(folder)
    first = load_folder(folder, cache=cache)
    assert len(cleaned) == 2 * 5
    again = load_folder(folder, cache=cache)
    assert len(cleaned) == 10
    for loaded in (first, again):
        assert loaded.articles.equals(plain.articles) and loaded.rejected.equals(plain.rejected)
    edited = sorted(folder.glob("*.txt"))[2]
    edited.write_text(edited.read_text() + "\nAbout 40 more officers arrived on Monday.\n")
    load_folder(folder, cache=cache)
    assert cleaned[10:] == [edited.name]


def test_a_changed_sources_row_or_name_misses(tmp_path, cleaned):
    folder, cache = _folder(tmp_path), ingest_cache(tmp_path / "cache")
    load_folder(folder, cache=cache)
    sources = folder / "sources.csv"
    sources.write_text(sources.read_text().replace("The New Arab,Baghdad bars", "Kurdistan 24,Baghdad bars"))
    moved = sorted(folder.glob("*.txt"))[1]
    moved.rename(folder / "renamed.txt")
    loaded = load_folder(folder, cache=cache)
    assert sorted(cleaned[5:]) == sorted(["000_12642a1dddfa9e4b.txt", "renamed.txt"])
    assert "Kurdistan 24" in set(loaded.articles["outlet"])


def test_a_damaged_entry_is_cleaned_again(tmp_path, cleaned):
    folder, cache = _folder(tmp_path), ingest_cache(tmp_path / "cache")
    first = load_folder(folder, cache=cache)
    for number in range(5):
        truncate_one_entry(tmp_path / "cache", number)
    assert load_folder(folder, cache=cache).articles.equals(first.articles)
    assert len(cleaned) == 10


def test_stored_signatures_give_the_same_stories():
    from pipeline.bench.corpus import article_text, seed_paragraphs
    from pipeline.ingest.stories import story_ids
    from pipeline.ingest.story_signatures import signature_values

    paragraphs, _rows = seed_paragraphs()
    texts = {f"{i:02d}": article_text(i % 6, paragraphs) + ("" if i < 6 else "Reposted.\n") for i in range(12)}
    known = {aid: signature_values(text) for aid, text in texts.items()}
    assert story_ids(texts, known=known) == story_ids(texts)
    assert len(set(story_ids(texts).values())) == 6  # each repost joins its original


def test_the_folder_key_is_what_ingest_read(tmp_path):
    from pipeline.ingest.load import folder_key

    folder = _folder(tmp_path)
    (folder / "empty.txt").write_text("")
    (folder / "link.txt").symlink_to(sorted(folder.glob("*.txt"))[0])
    keys = [folder_key(folder), load_folder(folder).folder_key]
    assert keys[0] == keys[1] == folder_key(folder, folder / "sources.csv")
    sources = folder / "sources.csv"
    sources.write_text(sources.read_text() + "\n")
    keys.append(folder_key(folder))
    assert keys[2] == load_folder(folder).folder_key
    (folder / "empty.txt").write_text("x")
    keys.append(folder_key(folder))
    (folder / "empty.txt").rename(folder / "renamed.txt")
    keys.append(folder_key(folder))
    assert len(set(keys)) == 4  # sources.csv, a file's bytes, a file's name: each changes it
