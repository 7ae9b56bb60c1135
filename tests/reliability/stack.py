"""A live ResumeOpt with its own Redis, for tests that stop, kill and restart its parts.

`RedisServer` runs a private redis-server on a free port (configured like the
docker-compose one: append-only file on), so a test can stop and start it
without touching the shared Redis the rest of the suite uses. `LiveSite`
runs daphne processes and Celery workers as subprocesses on the test database
(PostgreSQL in CI) and that Redis. `Visitor` is a signed-in browser without
the browser: the session cookie, CSRF header and htmx header on HTTP, and the
same sockets the pages open.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import redis
from django.conf import settings
from django.test import Client
from yarl import URL

from resumeopt import jsonresume
from resumeopt.sections import form_prefix, unit_form
from tests.net import free_port

ROOT = Path(__file__).resolve().parents[2]


def live_database_url() -> str:
    """The test database, as a URL the subprocesses can use (PostgreSQL only)."""
    database = settings.DATABASES["default"]
    if "postgresql" not in database["ENGINE"]:
        raise RuntimeError("The live site needs the test database on PostgreSQL.")
    user = database.get("USER") or ""
    password = f":{database['PASSWORD']}" if database.get("PASSWORD") else ""
    credentials = f"{user}{password}@" if user else ""
    host = database.get("HOST") or "127.0.0.1"
    return f"postgres://{credentials}{host}:{database.get('PORT') or 5432}/{database['NAME']}"


def wait_until(condition: Callable[[], object], timeout: float, what: str, every: float = 0.1):
    """Poll `condition` until it returns something truthy, which is returned."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)


async def async_wait_until(condition, timeout: float, what: str, every: float = 0.2):
    """`wait_until` for coroutines: `condition` is an async callable."""
    deadline = time.monotonic() + timeout
    while True:
        result = await condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(every)


class RedisServer:
    """A redis-server of our own, with the append-only file the production compose file uses."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.directory),
                "--appendonly",
                "yes",
                "--save",
                "",
                "--logfile",
                str(self.directory / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        wait_until(self.answers, 15, "redis-server to answer")

    def answers(self) -> bool:
        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        """Shut down as an orchestrator would (SIGTERM): the append-only file is flushed."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
        self.process = None


class LiveSite:
    """daphne processes and Celery workers on the test database and one RedisServer."""

    def __init__(self, redis_server: RedisServer, directory: Path, **overrides: str):
        self.redis = redis_server
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            # The test's key, so the sessions it signs in (session_cookie) are valid there.
            "SECRET_KEY": settings.SECRET_KEY,
            "DATABASE_URL": live_database_url(),
            "REDIS_URL": redis_server.url,
            "RESUMEOPT_VAR_DIR": str(directory / "var"),
            "DEBUG": "1",
            "PYTHONUNBUFFERED": "1",
            "LLM_MODEL": "",
            "RATE_LIMIT_NAMESPACE": secrets.token_hex(8),
            # Each worker here runs one process, so a batch is ranked as one part.
            "WORKER_CONCURRENCY": "1",
            **overrides,
        }
        self.processes: list[subprocess.Popen] = []
        self.workers: list[subprocess.Popen] = []

    def _spawn(self, name: str, command: list[str]) -> tuple[subprocess.Popen, Path]:
        log_path = self.directory / f"{name}.log"
        with open(log_path, "w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", *command],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process, log_path

    def start_web(self) -> str:
        """One more daphne process; returns its base URL once it answers."""
        port = free_port()
        process, log = self._spawn(
            f"web-{port}",
            ["daphne", "-b", "127.0.0.1", "-p", str(port), "resumeopt.asgi:application"],
        )
        url = f"http://127.0.0.1:{port}"

        def answers() -> bool:
            if process.poll() is not None:
                raise RuntimeError(f"daphne exited:\n{log.read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", port), 0.5):
                    return True
            except OSError:
                return False

        wait_until(answers, 60, "daphne to listen")
        return url

    def start_worker(self, *, pool: str = "prefork", beat: bool = False) -> subprocess.Popen:
        """One Celery worker (one process in its pool); returns once it is consuming."""
        name = f"worker{len(self.workers) + 1}"
        command = [
            "celery",
            "-A",
            "resumeopt",
            "worker",
            "--pool",
            pool,
            "--concurrency",
            "1",
            "--hostname",
            f"{name}@%h",
            "--loglevel",
            "INFO",
            "--without-mingle",
            "--without-gossip",
        ]
        if beat:
            command += ["--beat", "--schedule", str(self.directory / f"{name}-beat-schedule")]
        process, log = self._spawn(name, command)

        def ready() -> bool:
            if process.poll() is not None:
                raise RuntimeError(f"The worker exited:\n{log.read_text()}")
            return " ready." in log.read_text()

        wait_until(ready, 60, "the worker to be ready", every=0.2)
        self.workers.append(process)
        return process

    def pool_children(self, worker: subprocess.Popen) -> list[int]:
        """The pids of a prefork worker's pool processes (the ones that run tasks)."""
        path = Path(f"/proc/{worker.pid}/task/{worker.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def log(self, name: str) -> str:
        return (self.directory / f"{name}.log").read_text()

    def stop(self) -> None:
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        self.processes.clear()


def session_cookie(user) -> str:
    """A signed-in session for `user`, stored in the test database the live site reads."""
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def section_form(resume, path: str, **changes) -> dict[str, str]:
    """The section's form as the editor posts it, with `changes` typed in."""
    form = unit_form(path.split("/")[0], jsonresume.get_at(resume.content, path))
    prefix = form_prefix(path)
    data = {f"{prefix}-{name}": value for name, value in form.initial.items() if value is not None}
    data.update({f"{prefix}-{name}": value for name, value in changes.items()})
    return {key: str(value) for key, value in data.items()}


@dataclass
class Page:
    status: int
    text: str
    headers: dict[str, str]


class Visitor:
    """A signed-in user on the live site: pages, htmx posts and the pages' sockets."""

    def __init__(self, base_url: str, session_key: str):
        self.base_url = base_url
        self.session_key = session_key
        self.csrf = secrets.token_hex(
            16
        )  # a CSRF secret of Django's length, sent back as the header

    async def __aenter__(self) -> Visitor:
        jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP address host
        jar.update_cookies(
            {"sessionid": self.session_key, "csrftoken": self.csrf}, URL(self.base_url)
        )
        self.http = aiohttp.ClientSession(cookie_jar=jar, timeout=aiohttp.ClientTimeout(total=30))
        return self

    async def __aexit__(self, *exc) -> None:
        await self.http.close()

    async def get(self, path: str, *, base_url: str | None = None) -> Page:
        async with self.http.get((base_url or self.base_url) + path, allow_redirects=False) as r:
            return Page(r.status, await r.text(), dict(r.headers))

    async def post(
        self, path: str, data, *, htmx: bool = True, base_url: str | None = None
    ) -> Page:
        headers = {"X-CSRFToken": self.csrf}
        if htmx:
            headers["HX-Request"] = "true"
        async with self.http.post(
            (base_url or self.base_url) + path, data=data, headers=headers, allow_redirects=False
        ) as r:
            return Page(r.status, await r.text(), dict(r.headers))

    def socket(self, path: str, *, base_url: str | None = None):
        """A WebSocket to `path`, opened as the page would (same origin, session cookie)."""
        base = base_url or self.base_url
        return self.http.ws_connect(
            base.replace("http", "ws", 1) + path, headers={"Origin": base}, heartbeat=None
        )

    async def feedback(self, resume_id: int, draft: dict, *, timeout: float = 10) -> str:
        """Send one draft over the live feedback socket and return the partial it answers."""
        async with self.socket(f"/ws/resumes/{resume_id}/feedback/") as ws:
            await ws.send_str(json.dumps({**draft, "HEADERS": {"HX-Request": "true"}}))
            return await receive_text(ws, timeout)


async def receive_text(ws, timeout: float = 10) -> str:
    """The next text frame; an AssertionError if the socket closes or nothing comes in time."""
    message = await asyncio.wait_for(ws.receive(), timeout)
    if message.type != aiohttp.WSMsgType.TEXT:
        raise AssertionError(f"The socket sent {message.type.name} ({message.data}), not text")
    return message.data


async def socket_is_refused(visitor: Visitor, path: str, timeout: float = 10) -> bool:
    """Whether the site refuses or drops a socket to `path` (as it must while Redis is away)."""
    try:
        async with visitor.socket(path) as ws:
            message = await asyncio.wait_for(ws.receive(), timeout)
            return message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    except aiohttp.WSServerHandshakeError:
        return True
