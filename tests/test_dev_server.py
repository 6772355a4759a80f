"""`python -m pipeline dev` hands the server a working Ctrl-C and SIGTERM even from a background job."""

import os
import signal
import subprocess
import sys

from pipeline.dev_server import HOST, dev_argv
from pipeline.paths import PROJECT_ROOT

SHOW_SIGINT = "import signal, os; print(repr(signal.getsignal(signal.SIGINT)), os.getcwd(), sep='|')"
# The launcher run in a process that starts the way a shell's `cmd &` does: SIGINT ignored.
LAUNCH_FROM_BACKGROUND = f"""
import signal, sys
from pathlib import Path
signal.signal(signal.SIGINT, signal.SIG_IGN)
from pipeline.dev_server import exec_with_interrupts
exec_with_interrupts([sys.executable, "-c", {SHOW_SIGINT!r}], {{}}, Path({str(PROJECT_ROOT)!r}))
"""


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd="/",
                          env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_program_started_from_a_background_job_would_keep_sigint_ignored():
    # Why the launcher exists: without it Dagster maps SIGTERM onto this ignored SIGINT.
    ignored = _run(f"import signal, subprocess, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
                   f"subprocess.run([sys.executable, '-c', {SHOW_SIGINT!r}])")
    assert ignored.split("|")[0] == repr(signal.SIG_IGN)


def test_the_launched_server_gets_the_default_interrupt_handler_and_the_project_root():
    handler, cwd = _run(LAUNCH_FROM_BACKGROUND).split("|")
    assert handler == repr(signal.default_int_handler)
    assert cwd == str(PROJECT_ROOT)


def test_the_server_listens_on_loopback_only_at_the_given_port():
    argv = dev_argv(3123)
    assert argv[-4:] == ["-h", HOST, "-p", "3123"] and HOST == "127.0.0.1"
    assert argv[-5] == "dev" and os.path.exists(argv[0])
