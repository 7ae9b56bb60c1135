"""The live servers behind browser tests: daphne and a Celery worker on the test database."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.net import free_port

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    """The test database as a DATABASE_URL, for processes started with the test settings."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{database['NAME']}"
    user = database.get("USER") or ""
    password = f":{database['PASSWORD']}" if database.get("PASSWORD") else ""
    credentials = f"{user}{password}@" if user else ""
    host = database.get("HOST") or "127.0.0.1"
    port = database.get("PORT") or 5432
    return f"postgres://{credentials}{host}:{port}/{database['NAME']}"


@contextmanager
def serve_live(extra_env: dict[str, str] | None = None, *, worker: bool = True) -> Iterator[str]:
    """Start daphne (and a Celery worker) on the test database; `extra_env` adds settings.

    For a second server with other settings (a module's own fixture: LLM_MODEL pointed at
    a fake model server, say), pass `worker=False` so two workers never share a broker.
    """
    port = free_port()
    var_dir = Path(tempfile.mkdtemp(prefix="resumeopt-e2e-var-"))
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": database_url(),
        "RESUMEOPT_VAR_DIR": str(var_dir),
        "DEBUG": "1",
        "PYTHONUNBUFFERED": "1",
        "LLM_MODEL": "",  # the offline assistant, whatever the developer's shell says
        # Rate limits count from zero for this server, whatever earlier runs left in Redis.
        "RATE_LIMIT_NAMESPACE": var_dir.name,
        **(extra_env or {}),
    }
    log = open(var_dir / "servers.log", "w")  # noqa: SIM115 - closed at teardown
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(port),
                "resumeopt.asgi:application",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        ),
    ]
    if worker:
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "resumeopt",
                    "worker",
                    "--pool",
                    "solo",
                    "--loglevel",
                    "INFO",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=5):
                break
        except OSError:
            if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                log.flush()
                _stop(processes)
                raise RuntimeError(
                    "The live server did not start:\n" + (var_dir / "servers.log").read_text()
                ) from None
            time.sleep(0.3)
    try:
        yield url
    finally:
        _stop(processes)
        log.close()


def _stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        with contextlib.suppress(ProcessLookupError):  # it may have exited already
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
