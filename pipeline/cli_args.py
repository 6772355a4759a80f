"""The command line's commands and options; what each command does is `cli.py`'s."""

from __future__ import annotations

import argparse

from pipeline.paths import DEFAULT_ARTICLES_DIR, DEFAULT_OUTPUT_DIR


def parser(description: str | None) -> argparse.ArgumentParser:
    """The commands and their options (`python -m pipeline --help`)."""
    p = argparse.ArgumentParser(prog="python -m pipeline", description=description)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="ingest, extract, check and publish a release")
    b.add_argument("--articles", default=str(DEFAULT_ARTICLES_DIR),
                   help="folder of articles (relative paths start at the project root)")
    b.add_argument("--sources", default=None, help="sources.csv (default: <articles>/sources.csv)")
    b.add_argument("--out", default=str(DEFAULT_OUTPUT_DIR), help="output folder (default: outputs/)")
    b.add_argument("--include-text", action="store_true",
                   help="keep the full article text (text, raw_text) in the release; the warehouse always has it")
    b.add_argument("--strict", action="store_true",
                   help="exit 3 when any input file or row was set aside (the release is still published)")
    b.add_argument("--rebase", action="store_true",
                   help="publish a new major version without comparing against the latest release (when it is damaged)")
    b.add_argument("-v", "--verbose", action="store_true", help="show Dagster's step logs")
    b.add_argument("--progress-every", type=float, default=None, metavar="SECONDS",
                   help="seconds between progress lines on stderr (default: 3; a bar redrawn every 0.5 on a terminal)")
    v = sub.add_parser("verify", help="check a release folder or bundle: checksums, schemas, provenance")
    v.add_argument("path", help="releases/<version>/ folder or releases/<name>-<version>.zip")
    e = sub.add_parser("evaluate", help="score a build against hand annotations (acceptance format)")
    e.add_argument("out", help="output folder (its latest release) or a release folder")
    e.add_argument("gold", help="folder of annotation JSON files, one per article (docs/evaluate.md)")
    e.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    bn = sub.add_parser("bench", help="time a full build, a rebuild, one added article and one regex pass")
    bn.add_argument("--articles", type=int, default=1000, metavar="N", help="articles to generate (default 1000)")
    bn.add_argument("--keep", default=None, metavar="DIR",
                    help="generate and build in DIR and keep it (default: a temporary folder)")
    c = sub.add_parser("cache", help="the per-article extraction cache")
    c.add_argument("action", choices=["clear"], help="clear: remove every stored result of ingest, extraction and charts")
    c.add_argument("--out", default=str(DEFAULT_OUTPUT_DIR), help="output folder whose cache to clear")
    d = sub.add_parser("dev", help="start the Dagster UI for this project")
    d.add_argument("--port", type=int, default=3000)
    return p
