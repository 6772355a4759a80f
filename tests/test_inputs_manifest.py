"""datapackage.json's input hashes are those of the bytes ingest read, whatever the folder holds later."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.publish.inputs import input_manifest
from pipeline.publish.manifest import sha256_file
from tests.scoring import read_table

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

def test_release_inputs_equal_articles_raw_sha256(seed_build):
    out = seed_build[0]
    latest = json.loads((out / "releases" / "index.json").read_text())["latest"]
    package = json.loads((out / "releases" / latest / "datapackage.json").read_text())
    articles = read_table(out / "releases" / latest / "articles.parquet")
    listed = {i["file"]: i["sha256"] for i in package["inputs"]}
    assert listed["sources.csv"] == sha256_file(DEFAULT_ARTICLES_DIR / "sources.csv")
    assert {f: listed[f] for f in articles["source_file"]} == dict(zip(articles["source_file"], articles["raw_sha256"]))


def test_a_file_edited_after_ingest_does_not_change_the_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("as read")
    read_hash = sha256_file(tmp_path / "a.txt")
    articles = pd.DataFrame({"source_file": ["a.txt"], "raw_sha256": [read_hash]})
    rejected = pd.DataFrame({"file": ["pipe.txt", "sources.csv:3"], "reason": ["not_a_file", "sources_bad_row"]})
    (tmp_path / "a.txt").write_text("edited during the build")
    manifest = input_manifest(articles, rejected, "sources.csv", "f" * 64)
    assert manifest == [{"file": "a.txt", "sha256": read_hash},
                        {"file": "pipe.txt", "sha256": None, "set_aside": "not_a_file"},
                        {"file": "sources.csv", "sha256": "f" * 64}]
