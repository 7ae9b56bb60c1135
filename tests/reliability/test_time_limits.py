"""A batch stopped by the time limit keeps what it ranked and says how far it got."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from jobs.models import RankedPosting
from tests.reliability.stack import Visitor
from tests.reliability.test_worker_killed import start_ranking, wait_until_finished

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


async def test_a_batch_stopped_at_the_time_limit_keeps_its_ranked_postings(
    live_site, session_key, resume
):
    live_site.env.update({"CELERY_TASK_SOFT_TIME_LIMIT": "10", "CELERY_TASK_TIME_LIMIT": "30"})
    web = live_site.start_web()
    live_site.start_worker(pool="prefork")
    async with Visitor(web, session_key) as visitor:
        started = await start_ranking(visitor, resume, postings=3000)
        job = await wait_until_finished(started.job, 120)
    assert job.status == "failed"
    assert "SoftTimeLimitExceeded" not in job.error
    stated = re.search(r"after ranking ([\d,]+) of 3,000 postings", job.error)
    assert stated, job.error
    kept = await database_sync_to_async(RankedPosting.objects.filter(batch=started.target).count)()
    assert kept == int(stated.group(1).replace(",", "")) and 0 < kept < 3000
