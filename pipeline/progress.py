"""Progress of long work: items done, rate and time left, per stage.

Dependency-free. A `Progress` writes a bar on a terminal, a plain line at most every
`every_s` seconds otherwise, and the same line to the `pipeline.progress` logger, which
dagster.yaml hands to Dagster (`python_logs`), so runs in the UI show it in their logs.

Two ways to feed it: `track(iterable, stage, total)` around a loop (one tick per item),
or `start_stage` / `heartbeat()` where the loop cannot be wrapped: the line then says
how long the stage has been running.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TextIO

LOGGER = logging.getLogger("pipeline.progress")
BAR_WIDTH = 24
QUIET_BELOW_S = 1.0  # a stage shorter than this is not announced as done


def clock_text(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


class Progress:
    def __init__(self, stage: str, total: int | None = None, *, unit: str = "articles", out: TextIO | None = None,
                 every_s: float = 2.0, clock=time.monotonic, last_report: float | None = None):
        self.stage, self.total, self.unit, self.every_s, self.clock = stage, total, unit, every_s, clock
        self.out = out
        self.done = 0
        self.started = clock()
        # Spacing counts from the previous stage's last line: a new stage does not restart the wait.
        self.last_report = self.started if last_report is None else last_report
        self.lock = threading.Lock()  # the heartbeat thread reports too

    def line(self) -> str:
        elapsed = self.clock() - self.started
        if not self.done:
            size = f" on {self.total} {self.unit}" if self.total else ""
            return f"{self.stage}: running{size}, {clock_text(elapsed)} elapsed"
        rate = self.done / elapsed if elapsed > 0 else 0.0
        of_total = f"/{self.total} {self.unit} ({100 * self.done // self.total}%)" if self.total else f" {self.unit}"
        left = (f", {clock_text((self.total - self.done) / rate)} left" if self.total and rate else "")
        return f"{self.stage}: {self.done}{of_total}, {rate:.1f}/s{left}"

    def _bar(self) -> str:
        filled = BAR_WIDTH * self.done // self.total if self.total else 0
        return "[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "] "

    def _emit(self, line: str, final: bool = False, log: bool = True) -> None:
        if log:  # not from the heartbeat thread: Dagster records this logger's lines in the run
            LOGGER.info(line)
        if self.out is None:
            return
        if self.out.isatty():  # one line redrawn in place, ended when the stage is
            self.out.write("\r\x1b[K" + self._bar() + line + ("\n" if final else ""))
        else:
            self.out.write(line + "\n")
        self.out.flush()

    def tick(self, force: bool = False, log: bool = True) -> None:
        """Report if `every_s` has passed since the last report (or when forced)."""
        with self.lock:
            now = self.clock()
            if force or now - self.last_report >= self.every_s:
                self.last_report = now
                self._emit(self.line(), log=log)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self.tick()

    def finish(self) -> None:
        elapsed = self.clock() - self.started
        if elapsed < QUIET_BELOW_S and not self.done:  # dozens of sub-second check steps: no noise
            return
        count = f"{self.done} {self.unit} in " if self.done else ""
        with self.lock:
            self.last_report = self.clock()
            self._emit(f"{self.stage}: done, {count}{clock_text(elapsed)}", final=True)


class Reporter:
    """The build's current stage, shared by the loop wrappers and the heartbeat thread."""

    def __init__(self, out: TextIO | None = None, every_s: float = 2.0, clock=time.monotonic):
        self.out, self.every_s, self.clock = out, every_s, clock
        self.current: Progress | None = None

    def start_stage(self, stage: str, total: int | None = None, unit: str = "articles",
                    announce: bool = False) -> Progress:
        """Make `stage` current (finishing the previous one); the heartbeat reports it from then on."""
        if self.current is not None and self.current.stage == stage:
            # the step's own loop starts: it knows its size and says so once, before the first item
            self.current.total = self.current.total or total
            if announce and not self.current.done:
                self.current.tick(force=True)
            return self.current
        last = self.current.last_report if self.current is not None else None
        self.finish()
        self.current = Progress(stage, total, unit=unit, out=self.out, every_s=self.every_s, clock=self.clock,
                                last_report=last)
        if announce:
            self.current.tick(force=True)
        return self.current

    def finish(self) -> None:
        if self.current is not None:
            self.current.finish()
            self.current = None


REPORTER = Reporter()  # silent (logger only) until the command line gives it a terminal


def track(items: Iterable, stage: str, total: int | None = None, reporter: Reporter = REPORTER) -> Iterator:
    """Yield `items`, counting each one as done in `stage` (the one-line hook for a loop)."""
    progress = reporter.start_stage(stage, total, announce=True)
    for item in items:
        yield item
        progress.advance()


def heartbeat(reporter: Reporter = REPORTER) -> threading.Event:
    """Report the current stage every `every_s` seconds from a daemon thread; set the event to stop."""
    stop = threading.Event()

    def run() -> None:
        # Wake often; Progress.tick keeps the lines `every_s` apart, so a line is never late by more than this.
        while not stop.wait(min(reporter.every_s / 4, 1.0)):
            current = reporter.current
            if current is not None:
                current.tick(log=False)

    threading.Thread(target=run, name="progress-heartbeat", daemon=True).start()
    return stop


def configure(out: TextIO | None = sys.stderr, every_s: float = 2.0) -> Reporter:
    REPORTER.out, REPORTER.every_s = out, every_s
    return REPORTER
