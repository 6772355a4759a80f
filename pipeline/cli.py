"""Command line: `python -m pipeline build` materialises the same asset graph as the UI."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

from pipeline.cli_args import parser
from pipeline.cli_progress import build_progress
from pipeline.collector import paused, tuned_for_build
from pipeline.paths import PROJECT_ROOT, anchored, stage_cache_dir
from pipeline.pool_server import start_early
from pipeline.preflight import EXIT_BAD_OUTPUT, preflight
from pipeline.publish.lock import BuildLocked, build_lock

# Nothing above imports Dagster or pandas (~0.8 s): a build starts its pools' fork server first, so that the
# server's imports and warm-up run on the other core while this process imports them (`build`).

# Step failures are summarised by `failures` (cli_report.py), one line each; Dagster's own error logs (with stack
# traces) would bury them, so they are shown with -v only.
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


# Exit codes: 0 built; 1 a step or blocking check failed; 2 another build holds the output folder;
# 3 built, but with --strict and something was set aside (rejected_inputs or rejected_rows);
# 4 the articles folder is missing, not a folder or empty; 5 the output folder cannot be written (preflight.py).


def build(articles: str, out: str, sources: str | None, verbose: bool, include_text: bool = False,
          strict: bool = False, progress_every: float | None = None, rebase: bool = False) -> int:
    out_dir, articles_dir = anchored(out), anchored(articles)
    if refused := preflight(articles_dir, anchored(sources) if sources else articles_dir / "sources.csv", out_dir):
        print(f"build FAILED: {refused[1]}", file=sys.stderr)
        return refused[0]
    # A full build's pools: their server imports on the other core meanwhile (pipeline/pool_server.py).
    start_early(articles_dir, stage_cache_dir(out_dir, "ingest"))
    with paused():  # ~2 s of imports, only when building; their objects live as long as the process
        from pipeline.cli_report import failures, instance_line, report, warnings_of
        from pipeline.definitions import ASSETS, CHECKS
        from pipeline.instance import open_instance
        from pipeline.resources import build_resources
        from pipeline.run import materialize_uncaptured
    try:
        # The UI's instance: the run, its materialisations and check results show up there.
        with (build_lock(out_dir), open_instance() as instance, build_progress(articles_dir, progress_every),
              tuned_for_build()):
            result = materialize_uncaptured(
                [*ASSETS, *CHECKS],
                resources=build_resources(articles_dir=articles_dir, output_dir=out_dir,
                                          sources_csv=sources, include_text=include_text),
                instance=instance,
                run_config={**({} if verbose else QUIET_LOGS),
                            **({"ops": {"release": {"config": {"rebase": True}}}} if rebase else {})} or None,
                raise_on_error=False,
            )
    except BuildLocked as err:
        print(f"build REFUSED: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # the output folder went away or became unwritable after the preflight
        print(f"build FAILED: the output folder {out_dir} cannot be used ({err.strerror or err})", file=sys.stderr)
        return EXIT_BAD_OUTPUT
    problems = failures(result)
    if problems or not result.success:
        print("build FAILED:", file=sys.stderr)
        for line in problems or ["run did not succeed (see the Dagster logs)"]:
            print(f"  {line}", file=sys.stderr)
        print(instance_line(result), file=sys.stderr)
        return 1
    set_aside = report(result, out_dir)
    print(instance_line(result))
    for line in warnings_of(result):
        print(f"warning: {line}")
    if strict and set_aside:
        print(f"build completed, but {set_aside} input(s)/row(s) were set aside (--strict)", file=sys.stderr)
        return 3
    return 0


def dev(port: int) -> NoReturn:
    """`dg dev` (else `dagster dev`) on the instance command-line builds use, from the project root; this
    process becomes the server (pipeline/dev_server.py)."""
    from pipeline.dev_server import dev_argv, exec_with_interrupts
    from pipeline.instance import prepare_home

    env = {**os.environ, "DAGSTER_HOME": str(prepare_home())}
    print(f"dagster instance: {env['DAGSTER_HOME']}")
    exec_with_interrupts(dev_argv(port), env, PROJECT_ROOT)


def clear_cache(out_dir) -> int:
    """Remove the caches of ingest, extraction and charts, the steps' kept outputs (`pipeline/memo.py`) and the
    tables kept as Arrow (`publish/arrow_once.py`); the gazetteer cache is left alone."""
    from pipeline.cache.store import clear
    from pipeline.memo import MEMO_FOLDER
    from pipeline.publish.arrow_once import ARROW_FOLDER
    from pipeline.resources import OutputStore

    output = OutputStore(output_dir=str(out_dir))
    for folder in (*(output.cache_dir(kind) for kind in ("ingest", "articles", "charts")),
                   output.intermediate_dir() / MEMO_FOLDER, output.intermediate_dir() / ARROW_FOLDER):
        print(f"{'cleared' if clear(folder) else 'nothing to clear in'} {folder}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    if args.command == "build":
        return build(args.articles, args.out, args.sources, args.verbose, args.include_text, args.strict,
                     progress_every=args.progress_every, rebase=args.rebase)
    if args.command == "verify":
        from pipeline.publish.verify import verify_command

        return verify_command(anchored(args.path))
    if args.command == "evaluate":
        from pipeline.evaluate.command import evaluate_command

        return evaluate_command(anchored(args.out), anchored(args.gold), args.json)
    if args.command == "cache":
        return clear_cache(anchored(args.out))
    if args.command == "bench":
        from pipeline.bench.command import bench_command

        return bench_command(args.articles, anchored(args.keep) if args.keep else None)
    return dev(args.port)
