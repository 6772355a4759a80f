"""Run a command and measure it honestly: wall time, and the peak memory of its whole process tree.

A build may fan out to worker processes, so the peak of the build process alone would flatter it. A
sampling thread sums the memory of the process and all its descendants (read from /proc) ten times a
second: their proportional set size, so pages a forked worker shares with its parent count once, not in
every process (plain RSS where PSS cannot be read); `wait4` adds the kernel's own peak of the largest
single process, which sampling can miss.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.1


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_tree_bytes: int  # sampled sum of PSS over the process tree
    peak_process_bytes: int  # ru_maxrss of the largest process in the tree (exact)
    returncode: int

    @property
    def peak_bytes(self) -> int:
        return max(self.peak_tree_bytes, self.peak_process_bytes)


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and every descendant alive now."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat[stat.rindex(")") + 2:].split()[1])
            except (OSError, ValueError):
                continue  # the process ended while we looked
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(_memory_of(pid) for pid in tree)


def _memory_of(pid: int) -> int:
    try:
        for line in (Path("/proc") / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int((Path("/proc") / str(pid) / "statm").read_text().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def run_measured(command: list[str], env: dict[str, str], log: Path) -> Measured:
    with log.open("ab") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        peak, done = [0], threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss(process.pid))
                done.wait(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keeps Popen from waiting again
    return Measured(seconds, peak[0], usage.ru_maxrss * 1024, process.returncode)
