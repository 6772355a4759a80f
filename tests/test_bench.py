"""`python -m pipeline bench`: a deterministic corpus of distinct articles and a report of one line per timing."""

from __future__ import annotations

import re
import sys

import pytest

from pipeline.bench.command import bench_command
from pipeline.bench.corpus import add_article, write_corpus
from pipeline.bench.memory import run_measured

TIMED = ("regex pass", "full build", "unchanged rebuild", "one added article", "extraction, one core")
LINE = re.compile(r"^(?P<label>[a-z ,]+?)\s+(?P<seconds>\d+\.\d\d) s\s+(?P<ratio>[\d,]+\.\d)x regex")


def test_corpus_is_deterministic_and_distinct(tmp_path):
    first = write_corpus(tmp_path / "a", 30)
    assert first == write_corpus(tmp_path / "b", 30)
    assert len(set(first)) == 30
    assert (tmp_path / "a" / "sources.csv").read_text() == (tmp_path / "b" / "sources.csv").read_text()
    added = add_article(tmp_path / "a", 30)
    assert added not in first and (tmp_path / "a" / "bench_000030.txt").read_text() == added
    assert (tmp_path / "a" / "sources.csv").read_text().count("\n") == 32  # header, 30 rows, the new one


def test_memory_covers_the_process_tree(tmp_path):
    child = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'x = bytearray(80 << 20)'])"
    measured = run_measured([sys.executable, "-c", child], {}, tmp_path / "log")
    assert measured.returncode == 0 and measured.peak_bytes > 80 << 20


def _labels(output: str) -> list[str]:
    return [m["label"] for line in output.splitlines() if (m := LINE.match(line))]


def test_report_shape_with_a_stand_in_build(tmp_path, capsys):
    # A stand-in for `python -m pipeline` that exits at once: the report, not the build, is under test here.
    assert bench_command(5, tmp_path / "work", builder=[sys.executable, "-c", "pass"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("bench: 5 articles")
    assert _labels(out) == list(TIMED)
    assert re.search(r"peak [\d,]+ MB", out) and "% of a full build" in out


@pytest.mark.build
def test_bench_runs_real_builds(tmp_path, capsys):
    assert bench_command(5, tmp_path / "work") == 0
    out = capsys.readouterr().out
    assert _labels(out) == list(TIMED) and "FAILED" not in out
