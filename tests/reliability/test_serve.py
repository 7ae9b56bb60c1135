"""`manage.py serve` keeps the site up when the worker dies, and never runs two beats.

The supervisor, daphne, the worker and beat run for real on PostgreSQL and
Redis; the test kills processes with SIGKILL as the OOM killer would.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.net import free_port
from tests.reliability.stack import ROOT, wait_until

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def children(pid: int) -> dict[int, str]:
    """The direct children of `pid`, with their command lines."""
    found = {}
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        with contextlib.suppress(FileNotFoundError):
            command = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            found[int(child)] = command
    return found


def one(pid: int, role: str) -> int | None:
    """The pid of serve's child running `role` ("daphne", "worker" or "beat"), once it is up."""
    matches = [child for child, command in children(pid).items() if f" {role} " in f"{command} "]
    return matches[0] if len(matches) == 1 else None


def answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def test_the_site_outlives_a_killed_worker_and_beat_runs_once(live_site, tmp_path):
    port = free_port()
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115
    serve = subprocess.Popen(
        [sys.executable, "manage.py", "serve", "--port", str(port)],
        cwd=ROOT,
        env=live_site.env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until(lambda: answers(port), 60, "the site to answer")
        worker = wait_until(lambda: one(serve.pid, "worker"), 30, "the worker")
        beat = wait_until(lambda: one(serve.pid, "beat"), 30, "beat")

        os.kill(worker, signal.SIGKILL)
        replacement = wait_until(
            lambda: (pid := one(serve.pid, "worker")) != worker and pid, 30, "a new worker"
        )
        assert replacement and answers(port)
        assert (
            "The worker process stopped (exit -9); restarting it."
            in (tmp_path / "serve.log").read_text()
        )

        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "resumeopt",
                "beat",
                "--schedule",
                str(tmp_path / "second-schedule"),
            ],
            cwd=ROOT,
            env=live_site.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 3
        assert "Another beat is running" in second.stderr
        assert one(serve.pid, "beat") == beat

        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=30)
        for pid in (replacement, beat):
            wait_until(
                lambda pid=pid: (
                    not Path(f"/proc/{pid}").exists()
                    or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
                ),
                15,
                "the children to stop",
            )
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            pytest.fail("daphne still listens after serve stopped")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(serve.pid, signal.SIGKILL)
        log.close()
