"""Progress lines: items done, rate and time left, at a bounded cadence; stages seen from input loads."""

import io

import pytest

from pipeline.progress import Progress, Reporter, clock_text, track

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_clock_text():
    assert [clock_text(s) for s in (0, 59.6, 61, 3725)] == ["0:00", "1:00", "1:01", "1:02:05"]


def test_lines_report_done_rate_and_time_left_at_most_every_interval():
    clock, out = FakeClock(), io.StringIO()
    reporter = Reporter(out=out, every_s=5.0, clock=clock)
    for _ in track(range(100), "extract", total=100, reporter=reporter):
        clock.now += 0.25  # 4 articles a second
    reporter.finish()
    lines = out.getvalue().splitlines()
    assert lines[0] == "extract: running on 100 articles, 0:00 elapsed"
    assert lines[1] == "extract: 20/100 articles (20%), 4.0/s, 0:20 left"
    assert len(lines) == 1 + 100 * 0.25 / 5 + 1  # one line per 5 s of work, plus start and end
    assert lines[-1] == "extract: done, 100 articles in 0:25"


def test_a_loop_hooked_inside_a_running_stage_fills_in_its_counts():
    """The IO manager starts "extract" when its input loads; track() in the loop then counts into it."""
    clock, out = FakeClock(), io.StringIO()
    reporter = Reporter(out=out, every_s=1.0, clock=clock)
    stage = reporter.start_stage("extract", total=4)
    for _ in track(range(4), "extract", total=4, reporter=reporter):
        clock.now += 1
    assert reporter.current is stage and stage.done == 4
    assert "extract: 3/4 articles (75%), 1.0/s, 0:01 left" in out.getvalue().splitlines()


def test_a_stage_without_ticks_says_how_long_it_has_run():
    clock = FakeClock()
    progress = Progress("warehouse", clock=clock, out=io.StringIO(), every_s=2)
    clock.now = 7
    assert progress.line() == "warehouse: running, 0:07 elapsed"


def test_terminal_gets_a_bar_redrawn_in_place():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    clock, out = FakeClock(), Terminal()
    progress = Progress("extract", 10, out=out, every_s=1, clock=clock)
    clock.now = 1
    progress.advance(5)
    assert out.getvalue() == "\r\x1b[K[############------------] extract: 5/10 articles (50%), 5.0/s, 0:01 left"


def test_short_stages_are_not_announced_as_done():
    clock, out = FakeClock(), io.StringIO()
    reporter = Reporter(out=out, every_s=5.0, clock=clock)
    reporter.start_stage("articles_schema")
    clock.now = 0.2
    reporter.start_stage("extract", total=3)
    clock.now = 3
    reporter.finish()
    assert out.getvalue() == "extract: done, 0:03\n"


def test_a_build_prints_progress_at_least_every_few_seconds(tmp_path):
    """A corpus of 200 articles (the seeds, each copied 40 times with one distinct line) through the CLI."""
    import os
    import subprocess
    import sys
    import time

    from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT

    articles = tmp_path / "articles"
    articles.mkdir()
    for copy in range(40):
        for path in DEFAULT_ARTICLES_DIR.glob("*.txt"):
            (articles / f"{copy:03d}_{path.name}").write_text(path.read_text() + f"\n\nArchive copy {copy}.\n")
    every = 1.0
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--articles", str(articles), "--out",
                             str(tmp_path / "out"), "--progress-every", str(every)], cwd=PROJECT_ROOT, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "DAGSTER_HOME": str(tmp_path / "home")})
    stamps, lines = [], []
    for line in proc.stderr:
        stamps.append(time.monotonic())
        lines.append(line.rstrip())
    assert proc.wait(timeout=300) == 0, lines
    progress = [i for i, line in enumerate(lines) if ": " in line and not line.startswith(("WARN", "20"))]
    gaps = [stamps[b] - stamps[a] for a, b in zip(progress, progress[1:])]
    assert lines[0] == "ingest: running on 200 files, 0:00 elapsed"
    assert any(line.startswith("extract: running on 200 articles") for line in lines), lines
    assert gaps and max(gaps) <= 3 * every, (max(gaps), lines)


def test_the_ingest_stage_is_sized_by_the_files_ingest_reads(tmp_path):
    """The count the progress starts from: every file, none hidden or inside a hidden folder, links to files
    counted and links to folders not followed (what `Path.rglob` with the same filter gave)."""
    from pipeline.cli_progress import input_files

    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "b.html").write_text("b")
    (tmp_path / "sub" / "deeper" / "c.txt").write_text("c")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("d")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "folder_link").symlink_to(tmp_path / "sub", target_is_directory=True)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing.txt")
    by_rglob = sum(1 for p in tmp_path.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(tmp_path).parts))
    assert input_files(tmp_path) == by_rglob == 4
    assert input_files(tmp_path / "absent") == 0
