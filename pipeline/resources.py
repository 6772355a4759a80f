"""Configurable resources: where articles come from, where outputs go, how tables pass between steps."""

from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableIOManagerFactory, ConfigurableResource, EnvVar, FilesystemIOManager, IOManager

from pipeline.paths import DEFAULT_ARTICLES_DIR, DEFAULT_OUTPUT_DIR, anchored, stage_cache_dir
from pipeline.progress_io import StageReportingIOManager
from pipeline.topics import DEFAULT_TOPIC


class ArticlesSource(ConfigurableResource):
    """The folder of input articles and its sources.csv (outlet, title, url, date per file)."""

    articles_dir: str = str(DEFAULT_ARTICLES_DIR)
    sources_csv: str | None = None

    def articles_path(self) -> Path:
        return anchored(self.articles_dir)

    def sources_path(self) -> Path:
        return anchored(self.sources_csv) if self.sources_csv else self.articles_path() / "sources.csv"


class OutputStore(ConfigurableResource):
    """The output folder: warehouse.duckdb, releases/ and the intermediate tables."""

    output_dir: str = str(DEFAULT_OUTPUT_DIR)
    # Public profile by default: releases leave the full article text out (the warehouse keeps it).
    include_text: bool = False

    def root(self) -> Path:
        return anchored(self.output_dir)

    def releases_dir(self) -> Path:
        return self.root() / "releases"

    def warehouse_path(self) -> Path:
        return self.root() / "warehouse.duckdb"

    def intermediate_dir(self) -> Path:
        return self.root() / "intermediate"

    def cache_dir(self, kind: str) -> Path:
        return stage_cache_dir(self.root(), kind)


class TopicPack(ConfigurableResource):
    """The caseload the articles are about: which topic pack (`pipeline/topics/<name>/`) adds its places,
    bodies and people to the generic rules."""

    topic: str = DEFAULT_TOPIC


class TableIOManager(ConfigurableIOManagerFactory):
    """Pickles each table under <output_dir>/intermediate.

    Why pickle on the filesystem: it works both for `dagster dev` (each step in its
    own process, so in-memory passing is impossible) and for in-process tests; it
    round-trips pandas dtypes exactly (Int64, datetime64, list cells), which a
    Parquet or DuckDB IO manager would not without a second schema mapping; and it
    lives under the output folder, so a test's tmp_path isolates it completely.
    """

    output: OutputStore

    def create_io_manager(self, context) -> IOManager:
        inner = FilesystemIOManager(base_dir=str(self.output.intermediate_dir())).create_io_manager(context)
        return StageReportingIOManager(inner)  # tells the progress reporter which step runs


def build_resources(articles_dir=None, output_dir=None, sources_csv=None, include_text: bool = False,
                    topic: str = DEFAULT_TOPIC) -> dict:
    """Resources for explicit paths (the CLI and tests); None means the project default."""
    source = ArticlesSource(
        articles_dir=str(articles_dir or DEFAULT_ARTICLES_DIR),
        sources_csv=str(sources_csv) if sources_csv else None,
    )
    output = OutputStore(output_dir=str(output_dir or DEFAULT_OUTPUT_DIR), include_text=include_text)
    return {"article_source": source, "output_store": output, "io_manager": TableIOManager(output=output),
            "topic_pack": TopicPack(topic=topic)}


def _env_or(var: str, default: Path):
    # EnvVar keeps the value out of the UI's stored config; it is only usable when set.
    return EnvVar(var) if os.environ.get(var) else str(default)


def resources_from_env() -> dict:
    """Resources for `dagster dev`: PIPELINE_ARTICLES_DIR / PIPELINE_OUTPUT_DIR / PIPELINE_TOPIC when set,
    else defaults."""
    source = ArticlesSource(articles_dir=_env_or("PIPELINE_ARTICLES_DIR", DEFAULT_ARTICLES_DIR))
    output = OutputStore(output_dir=_env_or("PIPELINE_OUTPUT_DIR", DEFAULT_OUTPUT_DIR))
    topic = TopicPack(topic=EnvVar("PIPELINE_TOPIC") if os.environ.get("PIPELINE_TOPIC") else DEFAULT_TOPIC)
    return {"article_source": source, "output_store": output, "io_manager": TableIOManager(output=output),
            "topic_pack": topic}
