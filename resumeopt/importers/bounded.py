"""Read an uploaded file in a child process limited in time and memory.

Word, PDF, text and JSON readers have no limits of their own: a 147 KB Word
file of 49 MB of tiny paragraphs held a web process for minutes and a gigabyte.
So every upload is read by `run_bounded`, which starts

    python -m resumeopt.importers.bounded MODULE:FUNCTION SECONDS MEMORY_BYTES [ARG...] < file

The child sets an address-space and a CPU limit on itself before importing any
reader, calls FUNCTION(data, *ARGS) and prints its JSON result. The parent also
kills it at a wall-clock limit, a few times the CPU limit (a loaded machine is slow, not
hostile). A file over either limit is refused with a
message; the web process or worker that received it is untouched.

A subprocess rather than multiprocessing: it works the same inside Celery's
prefork pool (daemonic processes may not fork children there) and under daphne.
It costs about 0.3 s per file (interpreter start), which an upload can afford.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

from resumeopt.importers.errors import ResumeImportError

try:
    import resource
except ImportError:  # Windows: only the parent's wall-clock limit applies
    resource = None

logger = logging.getLogger(__name__)

# A real resume or posting takes well under a second of CPU and 100 MB to read.
TIME_LIMIT_SECONDS = 20
# The CPU limit is what stops a costly file. The wall clock only stops a child that waits
# without computing, so it allows more: on a busy machine (a worker beside a batch, CI on
# two cores) a real resume's second of CPU can take many seconds, and must still be read.
WALL_CLOCK_FACTOR = 3
MEMORY_LIMIT_BYTES = 768 * 1024 * 1024
OUT_OF_MEMORY_EXIT = 3  # the child's exit status when the memory limit stopped it

PROJECT_ROOT = Path(__file__).resolve().parents[2]

TOO_COSTLY_MESSAGE = (
    "This file needs more time or memory to read than any resume or job posting should, "
    "so it was not read. Save it again from your editor (PDF or Word), or paste the text."
)
UNREADABLE_MESSAGE = (
    "This file could not be read. Save it again from your editor (PDF or Word), or paste the text."
)


def run_bounded(target: str, data: bytes, *args: str) -> Any:
    """FUNCTION(data, *args)'s result, computed in a limited child; `target` is "module:function".

    Raises ResumeImportError with the reader's own message, or a plain one when
    the child ran out of time or memory or failed.
    """
    command = [
        sys.executable,
        "-m",
        "resumeopt.importers.bounded",
        target,
        str(TIME_LIMIT_SECONDS),
        str(MEMORY_LIMIT_BYTES),
        *args,
    ]
    try:
        child = subprocess.run(
            command,
            input=data,
            capture_output=True,
            cwd=PROJECT_ROOT,
            timeout=TIME_LIMIT_SECONDS * WALL_CLOCK_FACTOR,
            check=False,
        )
    except subprocess.TimeoutExpired:
        logger.warning(
            "%s stopped after %s s (%d bytes)",
            target,
            TIME_LIMIT_SECONDS * WALL_CLOCK_FACTOR,
            len(data),
        )
        raise ResumeImportError(TOO_COSTLY_MESSAGE) from None
    if child.returncode == OUT_OF_MEMORY_EXIT or child.returncode < 0:
        # Out of memory, or killed by a signal (the CPU limit, the kernel).
        logger.warning("%s stopped (exit %s, %d bytes)", target, child.returncode, len(data))
        raise ResumeImportError(TOO_COSTLY_MESSAGE)
    if child.returncode != 0:
        stderr = child.stderr.decode(errors="replace")[-2000:]
        logger.error("%s failed (exit %s): %s", target, child.returncode, stderr)
        raise ResumeImportError(UNREADABLE_MESSAGE)
    result = json.loads(child.stdout)
    if "error" in result:
        raise ResumeImportError(result["error"])
    return result["value"]


def _limit(kind: str, soft: int, hard: int) -> None:
    """Set one limit where the platform enforces it (macOS refuses RLIMIT_AS, for one)."""
    if resource is not None and hasattr(resource, kind):
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(getattr(resource, kind), (soft, hard))


def _child_main(argv: list[str]) -> int:
    target, seconds, memory, *args = argv
    _limit("RLIMIT_AS", int(memory), int(memory))
    _limit("RLIMIT_CPU", int(seconds) + 1, int(seconds) + 2)
    data = sys.stdin.buffer.read()
    module_name, function_name = target.split(":")
    try:
        function = getattr(importlib.import_module(module_name), function_name)
        value = function(data, *args)
    except ResumeImportError as error:
        result = {"error": str(error)}
    except (MemoryError, RecursionError):
        return OUT_OF_MEMORY_EXIT
    else:
        result = {"value": value}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
