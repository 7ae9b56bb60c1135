"""Load test: a local production-like ResumeOpt under a mixed load, one offered rate at a time.

    .venv/bin/python bench/load.py [--rates 10,20,30,40] [--duration 20] [--users 40]
                                   [--postgres postgres://postgres@127.0.0.1:5432]

It starts, on 127.0.0.1 only: a database of its own on the PostgreSQL server
(resumeopt_load, created and dropped), a redis-server of its own on a free port,
two daphne processes and one Celery worker, with production settings (DEBUG
off, Redis cache, channel layer and broker, manifest static files). It seeds
USERS accounts (a resume and a posting each), signs each in, and opens one
live feedback socket per user, alternating between the two web processes.

Then, for each offered rate (arrivals per second, Poisson, spread over both web
processes, at most MAX_IN_FLIGHT at once), it runs this mix for DURATION seconds:
  60% page views, in equal shares: dashboard, resume page, findings panel, job page;
  15% section saves: open the editor (htmx GET), save a changed position (htmx POST
      with the CSRF token); a user's saves never overlap, as in one browser tab;
  25% live feedback: send a changed draft over the user's socket, wait for the partial.
For each kind it prints the count, the median and 99th-percentile latency (from
the moment the request was due, so time spent queueing counts) and the errors
(a status other than 200, a wrong answer, a timeout of 10 s, a refused socket).
Requests per second count every HTTP request and every socket exchange. The
rate the machine sustains is the highest offered rate with no errors, at least
95% of it achieved, and every kind's 99th percentile under 1 s.

The load client runs on the same machine as the servers, PostgreSQL and Redis,
so the figures are for all of them sharing its cores. After each rate it prints the
CPU each server (the worker with its pool) and the client used, as a share of one
processor, with the load average: a tail from queueing for a processor shows there
(other work on the machine included), not in the request's own time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE = "resumeopt_load"
MAX_IN_FLIGHT = 200
TIMEOUT = 10.0
SLO_P99 = 1.0
MIX = [("page", 0.60), ("save", 0.15), ("feedback", 0.25)]
PAGE_KINDS = ["dashboard", "resume page", "findings panel", "job page"]
KINDS = [*PAGE_KINDS, "open editor", "save section", "live feedback"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"Timed out waiting for {what}")
        time.sleep(0.2)


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), 0.5):
            return True
    except OSError:
        return False


class Servers:
    """redis-server, two daphne processes and a Celery worker, each in its own process group."""

    def __init__(self, directory: Path, env: dict[str, str], redis_port: int):
        self.directory, self.env, self.redis_port = directory, env, redis_port
        self.processes: list[subprocess.Popen] = []
        self.names: list[str] = []
        self.web_ports: list[int] = []

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds each server has used so far, its child processes included (the
        worker's pool), and this client's own."""
        used = {
            name: _tree_cpu_seconds(process.pid)
            for name, process in zip(self.names, self.processes, strict=True)
        }
        used["load client"] = time.process_time()
        return used

    def spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        self.names.append(name)
        with open(self.directory / f"{name}.log", "w") as log:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def start_redis(self) -> None:
        self.spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
        )
        wait_for(lambda: listening(self.redis_port), 15, "redis-server")

    def start_site(self) -> None:
        for number in (1, 2):
            port = free_port()
            self.spawn(
                f"web{number}",
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
            )
            self.web_ports.append(port)
        worker = self.spawn(
            "worker",
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "resumeopt",
                "worker",
                "--concurrency",
                "1",
                "--loglevel",
                "INFO",
            ],
        )
        for port in self.web_ports:
            wait_for(lambda port=port: listening(port), 60, f"daphne on port {port}")
        log = self.directory / "worker.log"
        wait_for(
            lambda: " ready." in log.read_text() or worker.poll() is not None, 60, "the worker"
        )
        if worker.poll() is not None:
            raise SystemExit("The worker exited:\n" + log.read_text())

    def stop(self) -> None:
        for process in reversed(self.processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _tree_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process and its descendants, from /proc (0 once gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return own + sum(_tree_cpu_seconds(int(child)) for child in children)


def recreate_database(server: str, *, drop_only: bool = False) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        if not drop_only:
            connection.execute(f"CREATE DATABASE {DATABASE}")


@dataclass
class Account:
    """One signed-in user: their ids, session, the editor's form and their feedback socket."""

    number: int
    resume_id: int
    job_id: int
    session_key: str
    form: dict[str, str]
    save_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    socket_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    socket: object = None
    saves: int = 0


def seed(users: int) -> list[Account]:
    """Accounts made with the app's own functions; sessions signed in as the site expects."""
    # Imported here: main() sets Django up only once the environment names this run's own
    # database and Redis, and the app's modules need Django set up.
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client

    from jobs.extraction import extract_requirements
    from jobs.models import JobDescription
    from resumeopt import jsonresume
    from resumeopt.resumes import create_resume
    from resumeopt.sections import form_prefix, unit_form
    from tests.generated_postings import posting

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    document = json.loads((ROOT / "resumeopt" / "sample" / "sample.resume.json").read_text())
    accounts = []
    for number in range(users):
        user = get_user_model().objects.create(username=f"load{number}")
        resume = create_resume(user, f"Resume of load{number}", document)
        text = posting(number)
        job = JobDescription.objects.create(
            owner=user, source_text=text, requirements=extract_requirements(text).to_dict()
        )
        client = Client()
        client.force_login(user)
        form = unit_form("work", jsonresume.get_at(resume.content, "work/0"))
        prefix = form_prefix("work/0")
        data = {f"{prefix}-{k}": str(v) for k, v in form.initial.items() if v is not None}
        accounts.append(Account(number, resume.pk, job.pk, client.cookies["sessionid"].value, data))
    connections.close_all()
    return accounts


class Load:
    """The client: one aiohttp session, the accounts and their sockets, and the results."""

    def __init__(self, accounts: list[Account], web_ports: list[int]):
        self.accounts = accounts
        self.bases = [f"http://127.0.0.1:{port}" for port in web_ports]
        self.csrf = secrets.token_hex(16)
        self.results: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.exchanges = 0

    async def __aenter__(self) -> Load:
        import aiohttp

        self.aiohttp = aiohttp
        self.http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0),
            cookie_jar=aiohttp.DummyCookieJar(),  # each request carries its user's cookies
            timeout=aiohttp.ClientTimeout(total=TIMEOUT),
        )
        for account in self.accounts:
            base = self.bases[account.number % len(self.bases)]
            account.socket = await self.http.ws_connect(
                f"{base.replace('http', 'ws', 1)}/ws/resumes/{account.resume_id}/feedback/",
                headers={"Origin": base, "Cookie": self.cookie(account)},
            )
        return self

    async def __aexit__(self, *exc) -> None:
        for account in self.accounts:
            await account.socket.close()
        await self.http.close()

    def cookie(self, account: Account) -> str:
        return f"sessionid={account.session_key}; csrftoken={self.csrf}"

    def reset(self) -> None:
        self.results.clear()
        self.errors.clear()
        self.exchanges = 0

    def record(self, kind: str, due: float, error: str = "") -> None:
        self.exchanges += 1
        if error:
            self.errors[kind].append(error)
        else:
            self.results[kind].append(asyncio.get_running_loop().time() - due)

    async def request(
        self,
        kind: str,
        due: float,
        method: str,
        url: str,
        account: Account,
        *,
        data: dict | None = None,
        htmx: bool = False,
    ) -> str | None:
        headers = {"Cookie": self.cookie(account)}
        if htmx:
            headers.update({"HX-Request": "true", "X-CSRFToken": self.csrf})
        try:
            async with self.http.request(
                method, url, data=data, headers=headers, allow_redirects=False
            ) as response:
                body = await response.text()
        except (TimeoutError, self.aiohttp.ClientError) as error:
            self.record(kind, due, type(error).__name__)
            return None
        if response.status != 200:
            self.record(kind, due, f"HTTP {response.status}")
            return None
        self.record(kind, due)
        return body

    async def page(self, due: float, rng: random.Random) -> None:
        account = rng.choice(self.accounts)
        base = rng.choice(self.bases)
        kind = rng.choice(PAGE_KINDS)
        path = {
            "dashboard": "/resumes/",
            "resume page": f"/resumes/{account.resume_id}/",
            "findings panel": f"/analysis/resumes/{account.resume_id}/panel/",
            "job page": f"/jobs/{account.job_id}/",
        }[kind]
        await self.request(kind, due, "GET", base + path, account)

    async def save(self, due: float, rng: random.Random) -> None:
        account = rng.choice(self.accounts)
        base = rng.choice(self.bases)
        url = f"{base}/resumes/{account.resume_id}/sections/work/0/edit/"
        async with account.save_lock:  # one tab: open the editor, then save
            editor = await self.request("open editor", due, "GET", url, account, htmx=True)
            if editor is None:
                return
            found = re.search(r'name="unit-work-0-base" value="([0-9a-f]*)"', editor)
            if found is None:
                self.record("save section", due, "no editor form")
                return
            account.saves += 1
            data = {
                **account.form,
                "unit-work-0-base": found.group(1),
                "unit-work-0-position": f"Senior Software Engineer {account.saves}",
            }
            saved = await self.request(
                "save section", due, "POST", url, account, data=data, htmx=True
            )
            if saved is not None and f"Senior Software Engineer {account.saves}" not in saved:
                self.errors["save section"].append("saved section not shown")

    async def feedback(self, due: float, rng: random.Random) -> None:
        account = rng.choice(self.accounts)
        highlights = account.form["unit-work-0-highlights"].split("\n")
        highlights[rng.randrange(len(highlights))] += f" Cut costs by {rng.randint(2, 90)}%."
        draft = {
            **account.form,
            "unit-work-0-highlights": "\n".join(highlights),
            "live_path": "work/0",
            "HEADERS": {"HX-Request": "true"},
        }
        async with account.socket_lock:  # the page sends one draft at a time
            try:
                await account.socket.send_str(json.dumps(draft))
                message = await asyncio.wait_for(account.socket.receive(), TIMEOUT)
            except (TimeoutError, self.aiohttp.ClientError) as error:
                self.record("live feedback", due, type(error).__name__)
                return
        if (
            message.type != self.aiohttp.WSMsgType.TEXT
            or 'id="feedback-unit-work-0"' not in message.data
        ):
            self.record("live feedback", due, f"socket sent {message.type.name}")
            return
        self.record("live feedback", due)

    async def step(self, rate: float, duration: float) -> float:
        """Offer `rate` arrivals per second for `duration` seconds; the seconds until all ended."""
        loop = asyncio.get_running_loop()
        rng = random.Random(int(rate * 1000))
        actions = {"page": self.page, "save": self.save, "feedback": self.feedback}
        names, weights = zip(*MIX, strict=True)
        tasks: set[asyncio.Task] = set()
        started = due = loop.time()
        while True:
            due += rng.expovariate(rate)
            if due - started > duration:
                break
            await asyncio.sleep(max(0.0, due - loop.time()))
            if len(tasks) >= MAX_IN_FLIGHT:
                self.errors["client"].append("too many in flight")
                continue
            action = actions[rng.choices(names, weights)[0]]
            task = asyncio.create_task(action(due, random.Random(rng.random())))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks)
        return loop.time() - started


def report(rate: float, seconds: float, load: Load) -> tuple[bool, float]:
    """Print one step's figures; whether it was sustained, and its achieved rate."""
    errors = sum(len(e) for e in load.errors.values())
    achieved = load.exchanges / seconds
    print(
        f"\noffered {rate:g}/s for {seconds:.1f} s: {load.exchanges} requests = "
        f"{achieved:.1f}/s, {errors} errors"
    )
    print(f"  {'kind':<16}{'count':>7}{'median':>10}{'p99':>10}{'errors':>8}")
    worst = 0.0
    for kind in KINDS:
        samples = load.results.get(kind, [])
        failed = len(load.errors.get(kind, []))
        if not samples and not failed:
            continue
        ordered = sorted(samples)
        median = statistics.median(ordered) if ordered else float("nan")
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else float("nan")
        worst = max(worst, p99)
        print(
            f"  {kind:<16}{len(samples):>7}{median * 1000:>8.0f}ms{p99 * 1000:>8.0f}ms{failed:>8}"
        )
    for kind, messages in sorted(load.errors.items()):
        counts = defaultdict(int)
        for message in messages:
            counts[message] += 1
        print(f"  errors in {kind}: " + ", ".join(f"{m} x{n}" for m, n in counts.items()))
    expected = rate * _exchanges_per_arrival()
    sustained = errors == 0 and achieved >= 0.95 * expected and worst < SLO_P99
    return sustained, achieved


def _exchanges_per_arrival() -> float:
    """A save is two requests (open the editor, save); pages and drafts are one."""
    return sum(weight * (2 if name == "save" else 1) for name, weight in MIX)


async def run(
    accounts: list[Account], servers: Servers, rates: list[float], duration: float
) -> None:
    async with Load(accounts, servers.web_ports) as load:
        await load.step(5, 5)  # warm-up: imports, caches, connections
        best = None
        for rate in rates:
            load.reset()
            before = servers.cpu_seconds()
            seconds = await load.step(rate, duration)
            sustained, achieved = report(rate, seconds, load)
            # Whether the tail is queueing for a processor: each server's share of one.
            after = servers.cpu_seconds()
            print(
                "  CPU over the run, share of one processor: "
                + ", ".join(
                    f"{name} {100 * (after[name] - before[name]) / seconds:.0f}%" for name in after
                )
                + f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors"
            )
            if sustained:
                best = (rate, achieved)
            elif best is not None:
                break  # past the knee: higher rates only queue more
        print()
        if best is None:
            print("No offered rate was sustained (no errors, >= 95% achieved, p99 < 1 s).")
        else:
            print(
                f"Sustained: {best[0]:g} arrivals/s = {best[1]:.1f} requests/s with no errors, "
                f"p99 under {SLO_P99:g} s for every kind."
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", default="10,20,30,40,50,60", help="offered arrivals per second")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per rate")
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument(
        "--postgres",
        default="postgres://postgres@127.0.0.1:5432",
        help="the PostgreSQL server (its database is created and dropped)",
    )
    args = parser.parse_args()
    rates = [float(rate) for rate in args.rates.split(",")]

    directory = Path(tempfile.mkdtemp(prefix="resumeopt-load-"))
    redis_port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "resumeopt.settings",
        "DATABASE_URL": f"{args.postgres}/{DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback; no proxy in front
        "RESUMEOPT_VAR_DIR": str(directory / "var"),
        "LOG_LEVEL": "WARNING",
        "LLM_MODEL": "",
        "RATE_LIMIT_NAMESPACE": secrets.token_hex(8),
    }
    os.environ.update(env)
    recreate_database(args.postgres)
    servers = Servers(directory, env, redis_port)
    try:
        servers.start_redis()
        import django

        django.setup()
        started = time.perf_counter()
        accounts = seed(args.users)
        print(
            f"Seeded {len(accounts)} users in {time.perf_counter() - started:.1f} s; "
            f"logs in {directory}"
        )
        servers.start_site()
        print(
            f"Two daphne processes on ports {servers.web_ports}, one Celery worker, "
            f"PostgreSQL database {DATABASE}, redis-server on port {redis_port}; "
            f"{os.cpu_count()} CPUs."
        )
        asyncio.run(run(accounts, servers, rates, args.duration))
    finally:
        servers.stop()
        recreate_database(args.postgres, drop_only=True)


if __name__ == "__main__":
    main()
