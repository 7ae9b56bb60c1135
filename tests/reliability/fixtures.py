"""The reliability fixtures: a private Redis, a live site on the test database, a session.

Used by tests/reliability (through its conftest) and by the browser test in
tests/e2e/test_redis_restart.py, which imports them. Tests that use them are
marked `services`: the live site's processes need the test database on
PostgreSQL (CI's second and third passes). In CI (RESUMEOPT_REQUIRE_SERVICES=1)
a missing redis-server binary is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.reliability.stack import LiveSite, RedisServer, session_cookie


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        if os.environ.get("RESUMEOPT_REQUIRE_SERVICES") == "1":
            pytest.fail("redis-server is not installed (apt-get install -y redis-server).")
        pytest.skip("redis-server is not installed.")
    server = RedisServer(tmp_path / "redis")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def live_site(transactional_db, redis_server, tmp_path):
    """A live site on our own Redis; the test starts the web processes and workers it needs.

    Settings for the subprocesses go in `live_site.env` before the first start.
    """
    site = LiveSite(redis_server, tmp_path / "site")
    yield site
    site.stop()


@pytest.fixture
def session_key(user) -> str:
    return session_cookie(user)
