"""The documents that make a release explain itself: codebook, example queries, citation, licence.

All text derives from the version, the data's own `created` date and files in the
repository: no clock, so two builds of the same inputs write the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.datapackage import PACKAGE

DOCS_DIR = PROJECT_ROOT / "docs"
AUTHOR = "Syria–Iraq personnel dataset contributors"
LICENCE = PACKAGE["licenses"][0]

# name in the release -> what it is (the README and datapackage.json list them with this text)
DOCUMENTS = {
    "README.md": "What this release is, its tables, how to cite and verify it, example queries.",
    "codebook.md": "Every table, column, vocabulary and coding rule.",
    "CITATION.cff": "How to cite this release (Citation File Format).",
    "LICENSE.md": "The data's licence, and the rights in quoted news text.",
    "queries.sql": "Example queries for dataset.duckdb (DuckDB).",
}


def citation(version: str, created: str | None) -> str:
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below, with the release version you used."',
        "type: dataset",
        f'title: "{PACKAGE["title"]}"',
        f"version: {version}",
        *([f"date-released: {created[:10]}"] if created else []),
        "authors:",
        f'  - name: "{AUTHOR}"',
        f"license: {LICENCE['name']}",
        f'abstract: "{PACKAGE["description"]}"',
        "keywords: [Syria, Iraq, Al-Qaim, military personnel, news, event data]",
    ]
    return "\n".join(lines) + "\n"


def licence_text(include_text: bool) -> str:
    scope = ("This release also carries the full article text (`articles.text`, `articles.raw_text`), "
             "built with `--include-text`: check that you may redistribute it before you share this release."
             if include_text else
             "That is why this public release leaves the full article text out (`articles.text` and "
             "`articles.raw_text`): it keeps each article's outlet, title and URL, and only the sentences "
             "and phrases that support a row.")
    return "\n".join([
        "# Licence", "",
        f"The data of this release — the tables, their CSV copies, `dataset.duckdb`, the codebook, the charts — "
        f"is licensed under the {LICENCE['title']} licence ({LICENCE['name']}): {LICENCE['path']}. "
        "You may share and adapt it for any purpose, if you give appropriate credit (see `CITATION.cff`).", "",
        "## Quoted news text", "",
        "Words quoted from news articles (`count_text`, `quote`, `evidence`, `surface`, `period_text`, "
        "`attributed_to`, `speaker_text`, article titles) remain the property of their publishers and authors. "
        "They are reproduced as short quotations, for research and so that every row can be checked against "
        "its source; the CC BY licence above does not extend to them.", "",
        scope, "",
    ])


def write_documents(folder: Path, version: str, created: str | None, include_text: bool, readme: str) -> None:
    (folder / "README.md").write_text(readme, encoding="utf-8")
    (folder / "codebook.md").write_bytes((DOCS_DIR / "codebook.md").read_bytes())
    (folder / "queries.sql").write_bytes((DOCS_DIR / "queries.sql").read_bytes())
    (folder / "CITATION.cff").write_text(citation(version, created), encoding="utf-8")
    (folder / "LICENSE.md").write_text(licence_text(include_text), encoding="utf-8")
