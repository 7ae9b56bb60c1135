"""A live ResumeOpt for browser tests: daphne and a Celery worker against the test database.

The servers run as subprocesses with the same settings the tests use, so
the browser sees what the tests create. With the embedded defaults the
test database is a SQLite file (an in-memory one cannot be shared); in CI
it is PostgreSQL, with Redis for the channel layer and broker.

Chromium is Debian's (`apt-get install chromium`), never a downloaded one.
Without it the tests skip, unless RESUMEOPT_REQUIRE_BROWSER=1 (CI), where
a missing browser is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.net import free_port

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Make the SQLite test database a file the server processes can open."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        path = Path(tempfile.gettempdir()) / f"resumeopt-e2e-{os.getpid()}.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(path)


def _database_url() -> str:
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


@pytest.fixture(scope="session")
def live_server_url(django_db_setup, django_db_blocker):
    """daphne and one Celery worker serving the test database until the session ends."""
    with serve_live() as url:
        yield url


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
        "DATABASE_URL": _database_url(),
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


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        if os.environ.get("RESUMEOPT_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is not installed (apt-get install -y chromium).")
        pytest.skip("Chromium is not installed; browser tests skipped.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the
    # test's own ORM calls (fixtures, flushes) are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def page(browser, live_server_url, transactional_db, request):
    """A fresh browser context per test; a screenshot is saved if the test fails."""
    context = browser.new_context(base_url=live_server_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def settled(page) -> None:
    """Wait until the page a click brought has run its scripts, as a person's eyes would.

    Playwright acts on a control as soon as it is visible, which can be while the rest of a
    long page is still parsing and before htmx (a deferred script) has bound anything; the
    click then gets the no-JavaScript fallback. Call this once the new page is known to be
    there (its heading or toast is visible), before using its htmx controls.
    """
    page.wait_for_load_state("load")


def unlabelled_controls(page) -> list[str]:
    """Form controls on the page that no label names (accessibility basics)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby'))
            .map(el => el.outerHTML.slice(0, 120))"""
    )
