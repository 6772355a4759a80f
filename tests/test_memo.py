"""Whole-corpus steps are skipped when their input tables are those of the last build, and only then."""

from __future__ import annotations

import pandas as pd
from dagster import AssetCheckResult, MetadataValue, Output

from pipeline.memo import frame_key, memoized
from pipeline.resources import OutputStore


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"id": ["a", "b"], "n": pd.array([1, None], dtype="Int64"),
                         "aliases": [["x", "y"], []], "note": [None, float("nan")]})


def test_the_key_is_the_content():
    frame = _frame()
    assert frame_key(frame) == frame_key(frame.copy()) == frame_key(pd.concat([frame.iloc[:1], frame.iloc[1:]]))
    changed = [frame.assign(aliases=[["x", "z"], []]), frame.assign(n=pd.array([1, 2], dtype="Int64")),
               frame.assign(note=[None, None]), frame.rename(columns={"note": "notes"}),
               frame.astype({"n": "float64"}), frame.iloc[::-1], frame.iloc[:1],
               frame.assign(id=["a", 1]), frame.assign(id=["a", "1"]), frame.assign(id=["a", None])]
    keys = {frame_key(frame), *(frame_key(other) for other in changed)}
    assert len(keys) == len(changed) + 1


def test_a_step_runs_again_only_when_its_inputs_or_settings_change(tmp_path):
    store, runs = OutputStore(output_dir=str(tmp_path)), []

    def step(tables, settings=("t",)):
        def compute():
            runs.append(len(tables["t"]))
            yield Output(tables["t"].iloc[:1], output_name="first", metadata={"n": MetadataValue.int(1)})
        return list(memoized("step", tables, settings, store, compute))

    first = step({"t": _frame()})
    again = step({"t": _frame().copy()})
    assert runs == [2] and again[0].value.equals(first[0].value) and again[0].metadata == first[0].metadata
    step({"t": _frame().iloc[:1]})
    step({"t": _frame().iloc[:1]}, settings=("other topic",))
    assert runs == [2, 1, 1]
    damaged = next((tmp_path / "intermediate").rglob("step.first.pickle"))
    damaged.write_bytes(b"not a pickle")
    step({"t": _frame().iloc[:1]}, settings=("other topic",))
    assert runs == [2, 1, 1, 1]
    step({"t": _frame().iloc[:1]}, settings=("other topic",))
    assert runs == [2, 1, 1, 1]


def test_a_skipped_step_reports_the_check_results_of_the_tables_it_hands_on(tmp_path):
    store, looked = OutputStore(output_dir=str(tmp_path)), []

    def step(table):
        def compute():
            looked.append(1)
            yield Output(table, output_name="t")
            yield AssetCheckResult(passed=len(table) > 1, asset_key="t", check_name="rows")
        return [(type(e).__name__, getattr(e, "passed", None)) for e in memoized("step", {"t": table}, (), store, compute)]

    assert step(_frame()) == step(_frame().copy()) == [("Output", None), ("AssetCheckResult", True)]
    assert len(looked) == 1
    assert step(_frame().iloc[:1]) == [("Output", None), ("AssetCheckResult", False)] and len(looked) == 2


def test_the_last_outputs_are_those_of_a_build_whose_checks_passed(tmp_path):
    from pipeline.memo import last_outputs

    store = OutputStore(output_dir=str(tmp_path))

    def step(passed: bool, frame: pd.DataFrame, note: str):
        kept = {"note": note}
        return list(memoized("step", {"input": frame}, (), store, lambda: [
            Output(frame, output_name="table"), AssetCheckResult(passed=passed, asset_key="table", check_name="c")],
            kept=kept))

    step(True, _frame(), "first")
    assert last_outputs("step", store, ("note",))["note"] == "first"
    assert frame_key(last_outputs("step", store)["table"]) == frame_key(_frame())
    step(False, _frame().iloc[:1], "second")  # another input, a failed check
    assert last_outputs("step", store, ("note",)) is None
    assert last_outputs("nothing", store) is None
