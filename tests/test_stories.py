"""Stories: a copy of an article (under another outlet's name, with a new headline or credit line) joins the
original's story; different articles on the same events, even by the same outlet, do not."""

from __future__ import annotations

import shutil

from pipeline.ingest import stories, story_pairs, story_signatures
from pipeline.ingest.load import load_articles
from pipeline.ingest.stories import STORY_THRESHOLD, story_ids
from pipeline.ingest.story_signatures import similarity
from pipeline.paths import DEFAULT_ARTICLES_DIR

SEEDS = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(DEFAULT_ARTICLES_DIR.glob("*.txt"))}


def test_the_threshold_is_documented():
    assert STORY_THRESHOLD == 0.5 and "Why 0.5" in stories.__doc__


def test_a_repost_with_a_new_headline_and_a_trimmed_end_is_the_same_story():
    original = SEEDS["003"]
    repost = "Syrian commanders in Iraq: a controversy\n\n" + original[: int(len(original) * 0.85)] + "\nRead more."
    assert similarity(original, repost) >= 0.8
    ids = story_ids({"aaaa0000": original, "bbbb0000": repost, "cccc0000": SEEDS["004"]})
    assert ids == {"aaaa0000": "aaaa0000", "bbbb0000": "aaaa0000", "cccc0000": "cccc0000"}


def test_different_articles_on_the_same_events_are_different_stories():
    # 000 and 001 are both The New Arab, both about the officers who stayed: still two reports
    assert max(similarity(a, b) for a in SEEDS.values() for b in SEEDS.values() if a is not b) < 0.1
    ids = story_ids({f"{i:08x}": text for i, text in enumerate(SEEDS.values())})
    assert len(set(ids.values())) == len(SEEDS)


def test_stories_are_deterministic():
    texts = {f"{i:08x}": text for i, text in enumerate(SEEDS.values())}
    assert story_ids(texts) == story_ids(dict(reversed(texts.items())))


def test_a_verbatim_copy_under_another_outlet_is_kept_in_the_same_story(tmp_path):
    shutil.copytree(DEFAULT_ARTICLES_DIR, tmp_path / "a")
    shutil.copy(tmp_path / "a" / "003_5534ab36bd3f4f34.txt", tmp_path / "a" / "copy.txt")
    shutil.copy(tmp_path / "a" / "004_ace763b708bf3151.txt", tmp_path / "a" / "same_outlet.txt")
    with (tmp_path / "a" / "sources.csv").open("a", encoding="utf-8") as sources:
        sources.write("copy.txt,BasNews,,,2025-02,en\nsame_outlet.txt,The New Arab,,,2024-12-12,en\n")
    articles, rejected = load_articles(tmp_path / "a")
    by_file = articles.set_index("source_file")
    assert by_file.loc["copy.txt", "story_id"] == by_file.loc["003_5534ab36bd3f4f34.txt", "story_id"]
    assert by_file["article_id"].is_unique
    # the same text twice under the same outlet is still one article and a duplicate input
    assert rejected.set_index("file").loc["same_outlet.txt", "reason"] == "duplicate"


def test_signatures_with_the_permutations_drawn_once_are_datasketchs_own():
    from datasketch import MinHash

    for text in SEEDS.values():
        own = MinHash(num_perm=story_signatures.PERMUTATIONS, seed=story_signatures.SEED)
        own.update_batch(s.encode("utf-8") for s in sorted(story_signatures.shingles(text)))
        assert (story_signatures.signature(text).hashvalues == own.hashvalues).all()


def test_the_candidate_pairs_are_those_datasketchs_lsh_index_proposes():
    import random

    import numpy as np
    from datasketch import MinHashLSH

    rng = random.Random(5)
    words = " ".join(SEEDS.values()).split()
    texts = {}
    for n in range(60):  # a few originals and many trimmed or extended copies of them
        start = rng.randrange(0, len(words) - 300)
        base = words[start:start + rng.randint(60, 300)]
        texts[f"{n:04d}"] = " ".join(base[rng.randint(0, 20):] + words[:rng.randint(0, 30)])
    ids = sorted(texts)
    values = np.array([story_signatures.signature(texts[aid]).hashvalues for aid in ids])
    index = MinHashLSH(threshold=STORY_THRESHOLD, num_perm=story_signatures.PERMUTATIONS)
    for aid in ids:
        index.insert(aid, story_signatures.signature(texts[aid]))
    proposed = {(i, ids.index(other)) for i, aid in enumerate(ids)
                for other in index.query(story_signatures.signature(texts[aid])) if other > aid}
    first, second = story_pairs.candidate_pairs(values, STORY_THRESHOLD)
    assert set(zip(first.tolist(), second.tolist())) == proposed and proposed
    assert story_ids({}) == {}


def test_a_build_process_imports_datasketch_only_when_it_computes_a_signature():
    import subprocess
    import sys

    code = "import sys, pipeline.definitions; print('datasketch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_signature_values_and_bands_without_datasketch_are_datasketchs_own():
    import random

    from datasketch import MinHash, MinHashLSH

    from pipeline.bench.corpus import article_text, seed_paragraphs
    from pipeline.ingest import minhash_values

    assert minhash_values.reproduced()  # the installed datasketch is one whose numbers are reproduced
    paragraphs, _ = seed_paragraphs()
    rng = random.Random(3)
    texts = [*SEEDS.values(), "", "one two", "Short text of four", *(article_text(n, paragraphs) for n in range(200)),
             *(" ".join(rng.choice(paragraphs).split()[: rng.randint(1, 40)]) for _ in range(100))]
    for text in texts:
        own = MinHash(num_perm=story_signatures.PERMUTATIONS, seed=story_signatures.SEED)
        own.update_batch(s.encode("utf-8") for s in sorted(story_signatures.shingles(text)))
        values = story_signatures.signature_values(text)
        assert values.dtype == own.hashvalues.dtype and (values == own.hashvalues).all()
    for (threshold, permutations), bands in minhash_values.KNOWN_BANDS.items():
        assert bands == tuple(MinHashLSH(threshold=threshold, num_perm=permutations).hashranges)
