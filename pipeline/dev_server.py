"""Start `dg dev` so that Ctrl-C and SIGTERM stop it however it was launched.

Dagster maps SIGTERM onto whatever SIGINT does in its process. A POSIX shell starts a background job
(`cmd &` in a script, a CI step, nohup) with SIGINT ignored, and Python keeps an ignored SIGINT as it finds
it, so a backgrounded `dg dev` ignored SIGTERM too: its parent never shut the webserver down and had to be
killed. Resetting SIGINT before the exec gives Dagster its usual handler back.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

HOST = "127.0.0.1"


def dev_argv(port: int) -> list[str]:
    """`dg dev` from this environment (Dagster's recommended command), else `python -m dagster dev`."""
    dg = shutil.which("dg", path=os.path.dirname(sys.executable))
    command = [dg] if dg else [sys.executable, "-m", "dagster"]
    return [*command, "dev", "-h", HOST, "-p", str(port)]


def exec_with_interrupts(argv: list[str], env: Mapping[str, str], cwd: Path) -> NoReturn:
    """Replace this process by `argv` with SIGINT at its default, so the program installs its own handler.

    An exec, not a child: SIGTERM and Ctrl-C reach the server itself, and no wrapper is left to be killed
    while the server lives on.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(cwd)
    os.execve(argv[0], argv, dict(env))
