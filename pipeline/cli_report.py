"""What a finished build says: one line per failed step or check, the warnings, the tables published."""

from __future__ import annotations

import json

from dagster import AssetCheckSeverity

from pipeline.instance import instance_home


def instance_line(result) -> str:
    return (f"dagster instance: {instance_home()} (run {result.run_id}; "
            "see it in the UI: python -m pipeline dev)")


def _check_line(ev) -> str:
    meta = ev.metadata or {}
    count = meta["failure_count"].value if "failure_count" in meta else "?"
    sample = meta["failure_sample"].value[:1] if "failure_sample" in meta else []
    key = ev.asset_check_key
    return (f"check {key.asset_key.to_user_string()}:{key.name} failed "
            f"({count} failure(s)); first: {json.dumps(sample, default=str)}")


def failures(result) -> list[str]:
    """One line per failed step or failed ERROR-severity check, naming it."""
    lines = [_check_line(ev) for ev in result.get_asset_check_evaluations()
             if not ev.passed and ev.severity != AssetCheckSeverity.WARN]
    for ev in result.get_step_failure_events():
        err = ev.event_specific_data.error
        if err is not None and err.cls_name == "DagsterAssetCheckFailedError":
            continue  # a step that failed its own blocking checks: each is named above
        while err is not None and err.cause is not None:  # Dagster wraps the user's exception: show the user's
            err = err.cause
        first = (err.message if err else "unknown error").strip().splitlines()[0]
        lines.append(f"step {ev.step_key} failed: {first}")
    return lines


def warnings_of(result) -> list[str]:
    """Failed WARN-severity checks: reported in one line each, but they do not fail the build."""
    lines = []
    for ev in result.get_asset_check_evaluations():
        if ev.passed or ev.severity != AssetCheckSeverity.WARN:
            continue
        meta = ev.metadata or {}
        count = meta["failure_count"].value if "failure_count" in meta else "?"
        key = ev.asset_check_key
        lines.append(f"{key.asset_key.to_user_string()}:{key.name} flagged {count} case(s) "
                     "(listed in the check's metadata in the Dagster UI)")
    return lines


def _materialization(result, asset: str) -> dict:
    for event in result.get_asset_materialization_events():
        mat = event.materialization
        if mat.asset_key.to_user_string() == asset:
            return {k: v.value for k, v in mat.metadata.items()}
    return {}


def report(result, out_dir) -> int:
    """What a user wants to see after a build: the version (or "unchanged"), rows, what was set aside."""
    meta = _materialization(result, "release")
    index = json.loads((out_dir / "releases" / "index.json").read_text(encoding="utf-8"))
    entry = next(r for r in index["releases"] if r["version"] == meta["version"])
    folder = out_dir / "releases" / entry["path"]
    if meta.get("status") == "unchanged":
        print(f"unchanged: the tables equal release {meta['version']}; no new release ({folder})")
    else:
        print(f"release {meta['version']} ({meta['change_level']}): {folder}")
        if entry.get("bundle"):
            print(f"  bundle: {out_dir / 'releases' / entry['bundle']['path']}")
    for name, count in entry["tables"].items():
        print(f"  {name:<20} {count:>6} rows")
    set_aside = _materialization(result, "rejected_rows").get("dagster/row_count", 0)
    inputs = entry["tables"].get("rejected_inputs", 0)
    print(f"inputs set aside: {inputs} (see rejected_inputs)")
    print(f"rows set aside: {set_aside} (see rejected_rows)")
    return inputs + set_aside
