"""Serve the site for `make run`: daphne, a Celery worker and beat, supervised apart.

Each runs as a child process in a session of its own. A child that dies (a
worker killed by the OOM killer, say) is started again and the others go on:
the site stays up while the worker restarts. One that keeps dying (more than
MAX_RESTARTS times in RESTART_WINDOW seconds) stops everything with a message
rather than looping. Ctrl-C or SIGTERM stops all of them; if this supervisor
is killed outright, Linux stops the children too (PR_SET_PDEATHSIG). Beat is
its own process, and resumeopt.celery refuses a second beat, so a restart
never leaves two beats sending every scheduled task twice.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management.base import BaseCommand

from resumeopt.celery import BEAT_ALREADY_RUNNING_EXIT

MAX_RESTARTS = 5
RESTART_WINDOW = 60.0
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child before exec: receive SIGTERM when the supervisor dies (Linux only)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Child:
    name: str
    command: list[str]
    process: subprocess.Popen | None = None
    finished: bool = False
    restarts: deque = field(default_factory=deque)

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.command, start_new_session=True, preexec_fn=_die_with_parent
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)

    def wait_or_kill(self, deadline: float) -> None:
        if self.process is None:
            return
        try:
            self.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)


class Command(BaseCommand):
    help = (
        "Run daphne on HOST:PORT, a Celery worker and beat, restarting any that dies, until Ctrl-C."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--host",
            default=os.environ.get("HOST") or "127.0.0.1",
            help="Default: $HOST or 127.0.0.1.",
        )
        parser.add_argument(
            "--port", default=os.environ.get("PORT") or "8000", help="Default: $PORT or 8000."
        )
        parser.add_argument("--no-worker", action="store_true", help="Serve the site only.")

    def handle(self, *args, host: str, port: str, no_worker: bool, **options):
        python = sys.executable
        children = [
            Child(
                "web",
                [python, "-m", "daphne", "-b", host, "-p", port, "resumeopt.asgi:application"],
            ),
        ]
        if not no_worker:
            children += [
                Child(
                    "worker",
                    [
                        python,
                        "-m",
                        "celery",
                        "-A",
                        "resumeopt",
                        "worker",
                        "--loglevel",
                        "INFO",
                        "--concurrency",
                        "1",
                    ],
                ),
                Child(
                    "beat",
                    [
                        python,
                        "-m",
                        "celery",
                        "-A",
                        "resumeopt",
                        "beat",
                        "--loglevel",
                        "INFO",
                        "--schedule",
                        str(settings.VAR_DIR / "celerybeat-schedule"),
                    ],
                ),
            ]
        for child in children:
            child.start()
        self.stdout.write(
            self.style.SUCCESS(f"ResumeOpt is running at http://{host}:{port}/ (Ctrl-C stops it)")
        )

        def stop_all(*_):
            for child in children:
                child.stop()
            deadline = time.monotonic() + 10
            for child in children:
                child.wait_or_kill(deadline)

        signal.signal(signal.SIGTERM, lambda *_: (stop_all(), sys.exit(0)))
        try:
            self._supervise(children)
        except KeyboardInterrupt:
            pass
        finally:
            stop_all()

    def _supervise(self, children: list[Child]) -> None:
        """Restart each child that exits; return when one keeps exiting."""
        while True:
            time.sleep(0.5)
            for child in children:
                code = None if child.finished else child.process.poll()
                if code is None:
                    continue
                if child.name == "beat" and code == BEAT_ALREADY_RUNNING_EXIT:
                    self.stderr.write("Another beat is already running; this site uses that one.")
                    child.finished = True
                    continue
                now = time.monotonic()
                while child.restarts and child.restarts[0] < now - RESTART_WINDOW:
                    child.restarts.popleft()
                if len(child.restarts) >= MAX_RESTARTS:
                    self.stderr.write(
                        f"The {child.name} process stopped {MAX_RESTARTS + 1} times within "
                        f"{RESTART_WINDOW:.0f} s (last exit {code}); shutting everything down."
                    )
                    return
                child.restarts.append(now)
                self.stderr.write(f"The {child.name} process stopped (exit {code}); restarting it.")
                child.start()
