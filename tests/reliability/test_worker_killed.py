"""A Celery worker killed (SIGKILL) in the middle of a long job: never left "running".

Two ways a worker dies:
- its pool process is killed (the kernel's OOM killer picks the busy one): the
  task was acknowledged late and is rejected on worker loss, so the broker hands
  it out again and the job is done once, from the start (tasks are safe to rerun);
- the whole worker is killed (a container stopped hard): the message stays
  unacknowledged in Redis until its visibility timeout (an hour), so the stalled
  job sweeper, run by beat, fails it with a message the user sees, and the user
  can start it again.
Both for the job ranking task and the batch export task.
"""

from __future__ import annotations

import csv
import io
import os
import re
import signal
from dataclasses import dataclass

import aiohttp
import pytest
from channels.db import database_sync_to_async
from django.urls import reverse

from exports.models import Export
from jobs.models import RankedPosting, RankingBatch
from resumeopt.models import BackgroundJob, Resume
from resumeopt.platform.background import worker_lost_message
from tests.generated_postings import posting
from tests.reliability.stack import Visitor, async_wait_until
from versions.models import Version

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

STALLED = "The worker running this job stopped before it finished. Please start it again."
EXPORT_FORMATS = ["pdf", "docx", "md", "txt", "html", "json"]
EXPORT_OPTIONS = {
    "source": "current",
    "template": "classic",
    "font": "",
    "accent": "",
    "accent_custom": "#2f5bd3",
    "page_size": "letter",
    "margins_mm": "18",
    "format": "pdf",
    "sections": ["summary", "work", "education", "skills"],
    "order": ["summary", "work", "education", "skills"],
}


@dataclass
class Started:
    job: BackgroundJob
    target: RankingBatch | Export


async def start_ranking(visitor: Visitor, resume: Resume, postings: int) -> Started:
    """Upload `postings` generated postings as a CSV to be ranked against the resume."""
    table = io.StringIO()
    writer = csv.writer(table)
    writer.writerow(["id", "text"])
    writer.writerows([seed, posting(seed)] for seed in range(postings))
    form = aiohttp.FormData({"resume": str(resume.pk), "text": ""})
    form.add_field(
        "files", table.getvalue().encode(), filename="postings.csv", content_type="text/csv"
    )
    page = await visitor.post(reverse("jobs:batch_create"), form, htmx=False)
    assert page.status == 302, page.text[:500]
    batch = await database_sync_to_async(
        lambda: RankingBatch.objects.select_related("job").latest("created_at")
    )()
    return Started(batch.job, batch)


async def start_export(visitor: Visitor, resume: Resume, versions: int) -> Started:
    """A batch export of the current state and `versions` named versions in every format."""

    def name_versions() -> list[str]:
        record = resume.history.order_by("-history_date", "-history_id").first()
        return [
            str(
                Version.objects.create(
                    owner=resume.owner, resume=resume, record=record, name=f"Sent {n}"
                ).pk
            )
            for n in range(versions)
        ]

    sources = ["current", *await database_sync_to_async(name_versions)()]
    data = {**EXPORT_OPTIONS, "batch_sources": sources, "batch_formats": EXPORT_FORMATS}
    form = [(key, value) for key, values in data.items() for value in _as_list(values)]
    page = await visitor.post(reverse("exports:batch", args=[resume.pk]), form, htmx=False)
    assert page.status == 302, page.text[:500]
    export = await database_sync_to_async(
        lambda: Export.objects.select_related("job").filter(format="zip").latest("created_at")
    )()
    return Started(export.job, export)


LONG_JOBS = {
    "ranking": lambda visitor, resume: start_ranking(visitor, resume, postings=3000),
    "export": lambda visitor, resume: start_export(visitor, resume, versions=40),
}
SHORT_JOBS = {
    "ranking": lambda visitor, resume: start_ranking(visitor, resume, postings=5),
    "export": lambda visitor, resume: start_export(visitor, resume, versions=1),
}


async def fresh(job: BackgroundJob) -> BackgroundJob:
    return await database_sync_to_async(BackgroundJob.objects.get)(pk=job.pk)


async def wait_until_midway(job: BackgroundJob) -> BackgroundJob:
    """The job once it is running and has reported some progress, but not finished."""

    async def midway():
        current = await fresh(job)
        assert not current.is_finished, "the job finished before it could be interrupted"
        return current if current.status == "running" and current.done > 0 else None

    return await async_wait_until(midway, 120, "the job to report progress", every=0.05)


async def wait_until_finished(job: BackgroundJob, timeout: float) -> BackgroundJob:
    async def finished():
        current = await fresh(job)
        return current if current.is_finished else None

    return await async_wait_until(finished, timeout, "the job to finish")


async def assert_complete(started: Started, kind: str) -> None:
    """The job's outcome is whole: every posting ranked once, or every file in the ZIP."""
    job = await fresh(started.job)
    assert job.status == "succeeded", (job.status, job.error)
    if kind == "ranking":
        ranked = await database_sync_to_async(
            RankedPosting.objects.filter(batch=started.target).count
        )()
        assert ranked == job.result["ranked"] == job.total
    else:
        export = await database_sync_to_async(Export.objects.get)(pk=started.target.pk)
        assert job.result == {"delivered": len(export.items), "failed": 0}
        assert export.size > 0


@pytest.mark.parametrize("kind", ["ranking", "export"])
async def test_a_job_whose_pool_process_is_killed_is_run_again_and_completes(
    kind, live_site, session_key, resume
):
    live_site.env["RANKING_PIECE_SECONDS"] = "3600"  # one task, to see it handed out again
    web = live_site.start_web()
    worker = live_site.start_worker(pool="prefork")
    async with Visitor(web, session_key) as visitor:
        started = await LONG_JOBS[kind](visitor, resume)
        midway = await wait_until_midway(started.job)
        (child,) = live_site.pool_children(worker)
        os.kill(child, signal.SIGKILL)

        job = await wait_until_finished(started.job, 180)
        assert job.done == job.total and job.total > midway.done
        await assert_complete(started, kind)
    log = live_site.log("worker1")
    assert "WorkerLostError" in log
    # The same message was handed out twice: to the killed process, then to its replacement.
    received = re.findall(r"Task \S+\[([0-9a-f-]{36})\] received", log)
    assert len(received) == 2 and received[0] == received[1]


@pytest.mark.parametrize("kind", ["ranking", "export"])
async def test_a_job_whose_whole_worker_is_killed_is_failed_by_the_sweeper_and_can_be_rerun(
    kind, live_site, session_key, resume
):
    live_site.env["BACKGROUND_JOB_STALL_SECONDS"] = "4"  # the sweeper then runs every 1.3 s
    web = live_site.start_web()
    first = live_site.start_worker(pool="solo")
    async with Visitor(web, session_key) as visitor:
        started = await LONG_JOBS[kind](visitor, resume)
        await wait_until_midway(started.job)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)

        live_site.start_worker(pool="solo", beat=True)
        job = await wait_until_finished(started.job, 60)
        assert (job.status, job.error) == ("failed", STALLED)
        page = await visitor.get(reverse("job_progress", args=[job.pk]))
        assert "Failed" in page.text and STALLED in page.text

        again = await SHORT_JOBS[kind](visitor, resume)
        await wait_until_finished(again.job, 60)
        await assert_complete(again, kind)
        # The killed job stays failed: a late redelivery would find it finished and skip it.
        assert (await fresh(started.job)).status == "failed"


async def test_a_job_that_keeps_killing_its_worker_is_failed_after_the_maximum_attempts(
    live_site, session_key, resume
):
    """As a file that gets the pool process OOM-killed would: it must not loop for ever."""
    live_site.env["BACKGROUND_JOB_MAX_ATTEMPTS"] = "2"
    web = live_site.start_web()
    worker = live_site.start_worker(pool="prefork")
    async with Visitor(web, session_key) as visitor:
        started = await LONG_JOBS["export"](visitor, resume)
        killed: set[int] = set()
        for attempt in (1, 2):

            async def running_again(attempt=attempt):
                current = await fresh(started.job)
                children = set(live_site.pool_children(worker)) - killed
                return children if current.attempts == attempt and children else None

            (child,) = await async_wait_until(running_again, 120, f"attempt {attempt}", every=0.05)
            os.kill(child, signal.SIGKILL)
            killed.add(child)

        job = await wait_until_finished(started.job, 120)
        assert (job.status, job.attempts) == ("failed", 3)
        assert job.error == worker_lost_message(2)
        page = await visitor.get(reverse("job_progress", args=[job.pk]))
        assert "Failed" in page.text and "2 times" in page.text
    log = live_site.log("worker1")
    assert log.count("WorkerLostError") >= 2


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]
