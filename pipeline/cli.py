"""Command line: `python -m pipeline build` materialises the same asset graph as the UI."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

from dagster import DagsterInstance, materialize

from pipeline.paths import DEFAULT_ARTICLES_DIR, DEFAULT_OUTPUT_DIR, PROJECT_ROOT
from pipeline.resources import anchored, build_resources

QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def _instance() -> DagsterInstance:
    # With DAGSTER_HOME set the run is recorded where `dagster dev` shows it.
    return DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()


def failures(result) -> list[str]:
    """One line per failed step or failed check, naming it."""
    lines = []
    for ev in result.get_asset_check_evaluations():
        if not ev.passed:
            meta = ev.metadata or {}
            count = meta["failure_count"].value if "failure_count" in meta else "?"
            sample = meta["failure_sample"].value[:1] if "failure_sample" in meta else []
            key = ev.asset_check_key
            lines.append(f"check {key.asset_key.to_user_string()}:{key.name} failed "
                         f"({count} failure(s)); first: {json.dumps(sample, default=str)}")
    for ev in result.get_step_failure_events():
        err = ev.event_specific_data.error
        first = (err.message if err else "unknown error").strip().splitlines()[0]
        lines.append(f"step {ev.step_key} failed: {first}")
    return lines


def build(articles: str, out: str, sources: str | None, verbose: bool) -> int:
    from pipeline.definitions import ASSETS, CHECKS  # heavy import, only when building

    out_dir = anchored(out)
    result = materialize(
        [*ASSETS, *CHECKS],
        resources=build_resources(articles_dir=anchored(articles), output_dir=out_dir, sources_csv=sources),
        instance=_instance(),
        run_config=None if verbose else QUIET_LOGS,
        raise_on_error=False,
    )
    problems = failures(result)
    if problems or not result.success:
        print("build FAILED:", file=sys.stderr)
        for line in problems or ["run did not succeed (see the Dagster logs)"]:
            print(f"  {line}", file=sys.stderr)
        return 1
    index = json.loads((out_dir / "releases" / "index.json").read_text(encoding="utf-8"))
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    print(f"release {entry['version']}: {out_dir / 'releases' / entry['path']}")
    for name, rows in entry["tables"].items():
        print(f"  {name:<20} {rows:>6} rows")
    print(f"inputs set aside: {entry['tables'].get('rejected_inputs', 0)} (see rejected_inputs)")
    return 0


def dev(port: int) -> int:
    """`dagster dev` with DAGSTER_HOME and the working directory on the project root (see dagster.yaml)."""
    env = {**os.environ, "DAGSTER_HOME": str(PROJECT_ROOT)}
    cmd = [sys.executable, "-m", "dagster", "dev", "-h", "127.0.0.1", "-p", str(port)]
    return subprocess.call(cmd, cwd=PROJECT_ROOT, env=env)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="ingest, extract, check and publish a release")
    b.add_argument("--articles", default=str(DEFAULT_ARTICLES_DIR),
                   help="folder of articles (relative paths start at the project root)")
    b.add_argument("--sources", default=None, help="sources.csv (default: <articles>/sources.csv)")
    b.add_argument("--out", default=str(DEFAULT_OUTPUT_DIR), help="output folder (default: outputs/)")
    b.add_argument("-v", "--verbose", action="store_true", help="show Dagster's step logs")
    d = sub.add_parser("dev", help="start the Dagster UI for this project")
    d.add_argument("--port", type=int, default=3000)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "build":
        return build(args.articles, args.out, args.sources, args.verbose)
    return dev(args.port)
