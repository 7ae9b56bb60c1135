"""A burst the site cannot serve at once gets 503 with Retry-After, never 500.

Live daphne on PostgreSQL: a burst of concurrent page loads against a web
process allowed two at a time; and a real psycopg pool of one connection,
exhausted, behind the site's 500 handler.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from django.db import connection
from django.test import RequestFactory

from resumeopt.platform.overload import RETRY_AFTER_SECONDS, server_error
from tests.reliability.stack import Visitor

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


async def test_a_burst_over_the_concurrency_limit_gets_503_with_retry_after(
    live_site, session_key, resume
):
    live_site.env.update({"MAX_CONCURRENT_REQUESTS": "2", "REQUEST_QUEUE_SECONDS": "0.2"})
    web = live_site.start_web()
    async with Visitor(web, session_key) as visitor:
        pages = await asyncio.gather(*(visitor.get(f"/resumes/{resume.pk}/") for _ in range(40)))
        statuses = Counter(page.status for page in pages)
        assert set(statuses) == {200, 503}, statuses
        busy = next(page for page in pages if page.status == 503)
        assert busy.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
        assert "ResumeOpt is busy" in busy.text and "try again" in busy.text
        # The limit is on requests at once, not a lock-out: the next page loads.
        assert (await visitor.get(f"/resumes/{resume.pk}/")).status == 200
        assert (await visitor.get("/healthz")).status == 200


def test_an_exhausted_database_pool_answers_503_not_500(user):
    from psycopg_pool import ConnectionPool

    settings = connection.settings_dict
    pool = ConnectionPool(
        kwargs={
            "dbname": settings["NAME"],
            "user": settings["USER"],
            "password": settings["PASSWORD"],
            "host": settings["HOST"] or "127.0.0.1",
            "port": settings["PORT"] or 5432,
        },
        min_size=1,
        max_size=1,
        timeout=0.2,
        open=True,
    )
    request = RequestFactory().get("/resumes/")
    try:
        with pool.connection():
            try:
                pool.getconn()  # the one connection is taken: this waits 0.2 s, then gives up
            except Exception:
                response = server_error(request)
            else:
                pytest.fail("a pool of one gave out a second connection")
    finally:
        pool.close()
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert b"ResumeOpt is busy" in response.content


def test_other_server_errors_stay_500(rf):
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
