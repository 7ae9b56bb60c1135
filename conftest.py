"""Fixtures shared by every app's tests: two users, their resumes, and service checks.

Every feature test can ask "and what does the other user see?" with
`other_user` / `other_resume`.
"""

import json
import os
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest
from hypothesis import HealthCheck, settings

# Property tests run the same examples on every run and on any machine: CI must not pass or
# fail by the examples it happened to draw, nor by how long drawing them took on a loaded
# machine (a test's own @settings still sets its number of examples).
settings.register_profile(
    "resumeopt",
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile("resumeopt")

SAMPLE_RESUME = Path(__file__).parent / "resumeopt" / "sample" / "sample.resume.json"


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 3
        ):
            return True
    except OSError:
        return False


def pytest_sessionstart(session):
    """In CI the real services must be there: a missing one fails the run, never skips."""
    if os.environ.get("RESUMEOPT_REQUIRE_SERVICES") != "1":
        return
    problems = []
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if not database_url.startswith("postgres"):
        problems.append("DATABASE_URL must point at PostgreSQL")
    elif not _reachable(database_url, 5432):
        problems.append(f"PostgreSQL is unreachable at {database_url}")
    if not redis_url.startswith("redis"):
        problems.append("REDIS_URL must point at Redis")
    elif not _reachable(redis_url, 6379):
        problems.append(f"Redis is unreachable at {redis_url}")
    if problems:
        raise pytest.UsageError("Required services missing: " + "; ".join(problems))


def pytest_collection_modifyitems(config, items):
    """Tests marked `services` run on PostgreSQL and Redis only (CI's second pass).

    On the embedded defaults they are skipped; with RESUMEOPT_REQUIRE_SERVICES=1 a
    missing service has already failed the run in pytest_sessionstart.
    """
    if os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get(
        "REDIS_URL", ""
    ).startswith("redis"):
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL and Redis (DATABASE_URL and REDIS_URL)")
    for item in items:
        if "services" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _fresh_rate_limits(settings):
    """Each test counts rate limits from zero (counters live in the cache, Redis in CI)."""
    import uuid

    settings.RATE_LIMIT_NAMESPACE = uuid.uuid4().hex


@pytest.fixture
def sample_document() -> dict:
    return json.loads(SAMPLE_RESUME.read_text(encoding="utf-8"))


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("jane", "jane@example.com", "a-long-password-1")


@pytest.fixture
def other_user(django_user_model):
    return django_user_model.objects.create_user(
        "mallory", "mallory@example.com", "a-long-password-2"
    )


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def resume(user, sample_document):
    # Imported in the fixture: conftest loads before pytest-django sets Django up.
    from resumeopt.resumes import create_resume

    return create_resume(user, "Jane's resume", sample_document)


@pytest.fixture
def other_resume(other_user, sample_document):
    from resumeopt.resumes import create_resume

    return create_resume(other_user, "Mallory's resume", sample_document)


@pytest.fixture
def fake_llm(settings):
    """A real local OpenAI-compatible server, with the LLM layer pointed at it."""
    from tests.fake_llm import FakeLLM

    server = FakeLLM().start()
    settings.LLM_MODEL = "openai/fake-model"
    settings.LLM_API_BASE = server.url
    settings.LLM_RETRY_DELAY = 0.01
    settings.LLM_TIMEOUT = 5
    yield server
    server.stop()
