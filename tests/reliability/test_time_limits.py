"""Batches and the task time limit: a big batch runs in pieces that each fit the limit, and
one stopped by the limit keeps what it ranked and says how far it got."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from jobs.models import RankedPosting
from tests.reliability.stack import Visitor
from tests.reliability.test_worker_killed import start_ranking, wait_until_finished

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


async def test_a_batch_longer_than_the_time_limit_finishes_in_pieces_within_it(
    live_site, session_key, resume
):
    # Pieces of a third of the limit, rounded down (1 s), and one runner (the worker has one
    # process): 3,000 postings take several pieces, however fast extraction gets (600 came to
    # fit in one 2-s piece once it did).
    live_site.env.update({"CELERY_TASK_SOFT_TIME_LIMIT": "4", "CELERY_TASK_TIME_LIMIT": "20"})
    web = live_site.start_web()
    live_site.start_worker(pool="prefork")
    async with Visitor(web, session_key) as visitor:
        started = await start_ranking(visitor, resume, postings=3000)
        job = await wait_until_finished(started.job, 240)
    assert (job.status, job.message) == ("succeeded", "Ranked 3,000 postings."), job.error
    kept = await database_sync_to_async(RankedPosting.objects.filter(batch=started.target).count)()
    assert kept == 3000
    log = live_site.log("worker1")
    pieces = re.findall(r"Task jobs\.tasks\.rank_batch\[[0-9a-f-]{36}\] succeeded", log)
    assert len(pieces) > 1 and "SoftTimeLimitExceeded" not in log


async def test_a_batch_stopped_at_the_time_limit_keeps_its_ranked_postings(
    live_site, session_key, resume
):
    # Pieces set longer than the limit, as a misconfigured server would have them.
    live_site.env.update(
        {
            "CELERY_TASK_SOFT_TIME_LIMIT": "5",
            "CELERY_TASK_TIME_LIMIT": "30",
            "RANKING_PIECE_SECONDS": "600",
        }
    )
    web = live_site.start_web()
    live_site.start_worker(pool="prefork")
    async with Visitor(web, session_key) as visitor:
        started = await start_ranking(visitor, resume, postings=3000)
        job = await wait_until_finished(started.job, 120)
    assert job.status == "failed"
    assert "SoftTimeLimitExceeded" not in job.error
    stated = re.search(r"after reading ([\d,]+) of 3,000 postings; the ([\d,]+) ranked", job.error)
    assert stated, job.error
    kept = await database_sync_to_async(RankedPosting.objects.filter(batch=started.target).count)()
    assert kept == int(stated.group(2).replace(",", "")) and 0 < kept < 3000
