"""Fixtures for the reliability tests (defined in fixtures.py, shared with one browser test).

Tests that use them are marked `services`: they run where DATABASE_URL and
REDIS_URL point at PostgreSQL and Redis (CI's second pass) and are skipped on
the embedded defaults, whose in-memory SQLite test database a subprocess
cannot open.
"""

from tests.reliability.fixtures import live_site, redis_server, session_key  # noqa: F401
