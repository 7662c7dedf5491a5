"""Several command lines of one program for one start of Python.

`python -m PROGRAM` spends most of its start importing the program. Here one Python imports it
once, then forks a process per command line that runs the module as `-m` does (runpy), with its
own standard input, output and error and its own exit status. Each run is a real process that
starts from the same imported state; none sees what an earlier one did in memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass

DRIVER = r"""
import importlib, json, os, runpy, sys, tempfile, traceback

program, runs = sys.argv[1], json.loads(sys.argv[3])
importlib.import_module(sys.argv[2])
results = []
for argv, stdin in runs:
    with tempfile.TemporaryFile() as given, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        given.write(stdin.encode("utf-8"))
        given.seek(0)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.dup2(given.fileno(), 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            code = 0
            try:
                sys.argv = [program, *argv]
                runpy.run_module(program, run_name="__main__", alter_sys=True)
            except SystemExit as done:
                if isinstance(done.code, str):
                    print(done.code, file=sys.stderr)
                code = done.code if isinstance(done.code, int) else done.code is not None
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(int(code))
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        code = os.waitstatus_to_exitcode(status)
        results.append([code, out.read().decode("utf-8"), err.read().decode("utf-8")])
print(json.dumps(results))
"""


@dataclass(frozen=True)
class Ran:
    """What one run gave back (named as subprocess.CompletedProcess names it)."""

    returncode: int
    stdout: str
    stderr: str


def forked_runs(
    program: str,
    imports: str,
    runs: Sequence[tuple[Sequence[str], str]],
    env: dict[str, str],
) -> list[Ran]:
    """`python -m program ARGV` with standard input STDIN for each (ARGV, STDIN) of runs, in
    order, each in a process forked from one Python that has imported `imports` (the module
    `program`'s __main__ imports before it reads its arguments)."""
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, program, imports, json.dumps([[*r] for r in runs])],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    return [Ran(*result) for result in results]
