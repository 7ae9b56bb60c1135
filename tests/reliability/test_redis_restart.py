"""Redis stopped and started again under a running site (daphne and a Celery worker).

While Redis is away, pages render, sections save, live feedback answers (its
socket needs no channel layer), /readyz names what is down, the notifications
socket is refused (the page shows "Reconnecting…"), and work started meanwhile
is failed with a message instead of a 500. Once Redis is back the sockets,
pushes and the worker recover by themselves, and tasks queued before the
restart still run (the append-only file keeps them).
"""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from channels.db import database_sync_to_async
from django.urls import reverse

from jobs.models import RankingBatch
from resumeopt.models import BackgroundJob, Resume
from resumeopt.platform.background import QUEUE_UNAVAILABLE
from tests.reliability.stack import (
    Visitor,
    async_wait_until,
    receive_text,
    section_form,
    socket_is_refused,
)

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

POSTINGS = "\n---\n".join(
    f"Backend Engineer {n} at Example Co\n\nWe need Python, Django and PostgreSQL. "
    "3+ years of experience. Redis and Celery are a plus."
    for n in range(5)
)


def pages(resume: Resume) -> list[str]:
    return [
        reverse("dashboard"),
        reverse("resume_detail", args=[resume.pk]),
        reverse("optimizer:panel", args=[resume.pk]),
        reverse("versions:history", args=[resume.pk]),
        reverse("conversations:chat", args=[resume.pk, "work/0"]),
        reverse("jobs:list"),
        reverse("optimizer:learned"),
    ]


async def start_batch(visitor: Visitor, resume: Resume) -> RankingBatch:
    """Rank the postings against the resume as the batch form does; the new batch."""
    page = await visitor.post(
        reverse("jobs:batch_create"), {"resume": str(resume.pk), "text": POSTINGS}, htmx=False
    )
    assert page.status == 302, page.text[:500]
    batch = await database_sync_to_async(
        lambda: RankingBatch.objects.select_related("job").latest("created_at")
    )()
    assert page.headers["Location"] == batch.get_absolute_url()
    return batch


async def job_status(job: BackgroundJob) -> BackgroundJob:
    return await database_sync_to_async(BackgroundJob.objects.get)(pk=job.pk)


async def test_the_site_keeps_working_while_redis_is_down_and_recovers_after(
    live_site, redis_server, session_key, resume
):
    web = live_site.start_web()
    live_site.start_worker()
    async with Visitor(web, session_key) as visitor:
        assert (await visitor.get("/readyz")).status == 200

        redis_server.stop()

        for path in pages(resume):
            page = await visitor.get(path)
            assert page.status == 200, f"{path} answered {page.status} with Redis down"
        ready = await visitor.get("/readyz")
        assert ready.status == 503
        checks = {name: check["ok"] for name, check in json.loads(ready.text)["checks"].items()}
        assert checks == {"database": True, "cache": False, "channel_layer": False, "broker": False}

        # Editing goes on: live feedback answers and a save is kept.
        highlights = "\n".join(resume.content["work"][0]["highlights"])
        draft = section_form(resume, "work/0", highlights="Responsible for " + highlights)
        feedback = await visitor.feedback(resume.pk, {**draft, "live_path": "work/0"})
        assert 'id="feedback-unit-work-0"' in feedback and "Score" in feedback
        saved = await visitor.post(
            reverse("unit_edit", args=[resume.pk, "work/0"]),
            section_form(resume, "work/0", position="Staff Engineer"),
        )
        assert saved.status == 200
        stored = await database_sync_to_async(Resume.objects.get)(pk=resume.pk)
        assert stored.content["work"][0]["position"] == "Staff Engineer"

        # The notifications socket needs Redis: it is refused, which the page shows as
        # "Reconnecting…" while htmx's ws extension keeps retrying.
        assert await socket_is_refused(visitor, "/ws/notifications/")

        # Work started now cannot be queued: the user is told, the page does not fail.
        batch = await start_batch(visitor, resume)
        job = await job_status(batch.job)
        assert (job.status, job.error) == ("failed", QUEUE_UNAVAILABLE)
        assert (
            "the task queue could not be reached"
            in (await visitor.get(batch.get_absolute_url())).text
        )

        redis_server.start()

        await async_wait_until(
            lambda: _status(visitor, "/readyz", 200), 30, "/readyz to report ready again"
        )
        async with visitor.socket("/ws/notifications/") as notifications:
            job = (await start_batch(visitor, resume)).job
            # The worker reconnects on its own (with backoff) and its progress is pushed.
            pushed = await _frame_about(notifications, job, timeout=60)
            assert 'hx-swap-oob="outerHTML"' in pushed
            finished = await async_wait_until(
                lambda: _finished(job), 60, "the batch started after the restart to finish"
            )
        assert finished.status == "succeeded" and finished.message == "Ranked 5 postings."
        feedback = await visitor.feedback(resume.pk, {**draft, "live_path": "work/0"})
        assert 'id="feedback-unit-work-0"' in feedback


async def test_tasks_queued_before_a_redis_restart_still_run(
    live_site, redis_server, session_key, resume
):
    web = live_site.start_web()
    async with Visitor(web, session_key) as visitor:
        job = (await start_batch(visitor, resume)).job  # no worker yet: it waits in Redis
        redis_server.stop()
        redis_server.start()
        live_site.start_worker()
        finished = await async_wait_until(lambda: _finished(job), 60, "the queued batch to run")
    assert finished.status == "succeeded" and finished.result["ranked"] == 5


async def _status(visitor: Visitor, path: str, status: int) -> bool:
    return (await visitor.get(path)).status == status


async def _finished(job: BackgroundJob) -> BackgroundJob | None:
    current = await job_status(job)
    return current if current.is_finished else None


async def _frame_about(ws, job: BackgroundJob, timeout: float) -> str:
    """The first frame the notifications socket pushes about `job`."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        remaining = deadline - asyncio.get_running_loop().time()
        frame = await receive_text(ws, max(remaining, 0.1))
        if re.search(rf'id="job-{job.pk}"', frame):
            return frame
