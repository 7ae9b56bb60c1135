"""Long-running work: start a Celery task tracked by a BackgroundJob row.

Views call `start_job`; the task wraps its work in `run_job`, which marks the
row running, lets the work report progress, and records the result or a
readable error. Progress is pushed to the owner's channel-layer group so open
pages update at once; pages also poll the row, so nothing depends on the push
arriving (the in-memory layer does not cross processes).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from resumeopt.models import BackgroundJob

logger = logging.getLogger(__name__)

QUEUE_UNAVAILABLE = (
    "This did not start: the task queue could not be reached. "
    "What you entered is saved; please start it again in a minute."
)


def worker_lost_message(attempts: int) -> str:
    return (
        f"This job stopped the worker running it {attempts} times (it may need more memory "
        "than the server has, for instance a very large file), so it was not tried again. "
        "Try it with less data, or split it."
    )


class JobCancelled(Exception):
    """Raised inside a job's work when the user cancelled it."""


def user_group(user_id: int) -> str:
    """The channel-layer group every socket of one user joins."""
    return f"user.{user_id}"


PUSH_SECONDS = 10.0  # a push that has not gone by then is given up (and logged)


def notify_user(user_id: int, event: dict[str, Any]) -> None:
    """Best-effort push to the user's open pages; the database stays the truth.

    Sent on this process's own event loop (see _push_loop), where the Redis layer keeps
    its connection from one push to the next. async_to_sync ran each push on a new loop,
    for which channels_redis opened a new connection: 5.5 ms of CPU and 26 ms of wall time
    a push at load 12, for the few a second a batch ranking sends. The in-memory layer
    (one process, tests) is still sent to as before: its queues belong to the caller's loop.
    """
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        if isinstance(layer, InMemoryChannelLayer):
            async_to_sync(layer.group_send)(user_group(user_id), event)
            return
        pushed = asyncio.run_coroutine_threadsafe(
            layer.group_send(user_group(user_id), event), _push_loop()
        )
        try:
            pushed.result(PUSH_SECONDS)
        except TimeoutError:
            pushed.cancel()
            raise
    except Exception:  # a Redis hiccup must never fail the work itself
        logger.warning("Could not push %s to user %s", event.get("type"), user_id, exc_info=True)


_pushing: tuple[int, asyncio.AbstractEventLoop] | None = None  # (the process, its loop)
_pushing_lock = threading.Lock()


def _push_loop() -> asyncio.AbstractEventLoop:
    """This process's loop for pushes from synchronous code, running on a thread of its own
    (started on first use, and again in a forked child, which has not that thread)."""
    global _pushing
    with _pushing_lock:
        if _pushing is None or _pushing[0] != os.getpid():
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="pushes", daemon=True).start()
            _pushing = (os.getpid(), loop)
        return _pushing[1]


def toast(user_id: int, message: str, level: str = "info") -> None:
    notify_user(user_id, {"type": "toast", "level": level, "message": message})


def start_job(
    task,
    *,
    owner,
    kind: str,
    label: str,
    total: int = 0,
    args: tuple = (),
    kwargs: dict | None = None,
) -> BackgroundJob:
    """Create the job row and enqueue `task(job_id, *args, **kwargs)` once the row is committed."""
    job = BackgroundJob.objects.create(owner=owner, kind=kind, label=label[:200], total=total)
    transaction.on_commit(lambda: _enqueue(job, task, args, kwargs or {}))
    return job


def _enqueue(job: BackgroundJob, task, args: tuple, kwargs: dict) -> None:
    """Publish the task; if the broker stays unreachable, fail the job with a message.

    Celery retries the publish briefly on its own. Past that, a 500 would lose the
    page and leave the row "queued" until the sweeper; instead the request goes on
    and the job's progress tells the user it did not start (what they entered is saved).
    """
    # kombu (and amqp) load with Celery when a job is queued, not with every page's views.
    from kombu.exceptions import OperationalError

    try:
        task.delay(str(job.pk), *args, **kwargs)
    except OperationalError:
        logger.error(
            "Could not queue job %s (%s): the broker is unreachable",
            job.pk,
            job.kind,
            exc_info=True,
        )
        finish_job(job, BackgroundJob.Status.FAILED, error=QUEUE_UNAVAILABLE)


class JobRun:
    """Handle given to a running job's code to report what it is doing."""

    def __init__(self, job: BackgroundJob):
        self.job = job
        self.result: Any = None
        self.result_url = ""
        self.message = ""
        self.handed_over = False

    def continue_in(self, task, *args) -> None:
        """End this run without finishing the job: `task(job_id, *args)` goes on with it.

        For work split into pieces that each fit the task time limit. The next piece
        counts its own attempts, so only a piece that keeps killing its worker fails the job.
        """
        self.handed_over = True
        BackgroundJob.objects.filter(pk=self.job.pk).update(attempts=0, heartbeat_at=timezone.now())
        _enqueue(self.job, task, args, {})

    def start_alongside(self, task, *args) -> None:
        """Queue `task(job_id, *args)` to do another share of this job's work at the same time.

        As with `continue_in`, the job's count of attempts starts again: a share's own start
        is no sign of a lost worker. The run that finishes the last share finishes the job;
        the others end with `leave_to_another_run`.
        """
        BackgroundJob.objects.filter(pk=self.job.pk).update(attempts=0)
        _enqueue(self.job, task, args, {})

    def leave_to_another_run(self) -> None:
        """End this run without touching the job: another run of it is doing the work."""
        self.handed_over = True

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        now = timezone.now()
        fields = {"done": done, "heartbeat_at": now}
        if total is not None:
            fields["total"] = total
        if message:
            fields["message"] = message[:300]
        # One query while the job goes on: the row of a cancelled job is left as it is.
        updated = (
            BackgroundJob.objects.filter(pk=self.job.pk)
            .exclude(status=BackgroundJob.Status.CANCELLED)
            .update(**fields)
        )
        for name, value in fields.items():
            setattr(self.job, name, value)
        if (
            not updated
            and BackgroundJob.objects.filter(
                pk=self.job.pk, status=BackgroundJob.Status.CANCELLED
            ).exists()
        ):
            raise JobCancelled
        _announce(self.job)


@contextmanager
def run_job(job_id: str) -> Iterator[JobRun | None]:
    """Run a job's work, recording its outcome on the row.

    Yields None when the job is missing or already finished (a redelivered
    task), so running a task twice does the work once. An exception inside is
    recorded as a failure with its message and not re-raised: the row is where
    the user sees the outcome.
    """
    with transaction.atomic():
        job = BackgroundJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.is_finished:
            job = None
        else:
            # acks_late + reject_on_worker_lost hand a task whose worker died out again at
            # once: count each start, so one that kills its worker cannot loop for ever.
            job.attempts += 1
            lost = job.attempts > settings.BACKGROUND_JOB_MAX_ATTEMPTS
            if not lost:
                job.status = BackgroundJob.Status.RUNNING
                job.started_at = job.started_at or timezone.now()
                job.heartbeat_at = timezone.now()
                if job.attempts > 1:
                    job.message = (
                        f"Started again after its worker stopped (attempt {job.attempts})."
                    )
                job.save(
                    update_fields=["status", "started_at", "heartbeat_at", "attempts", "message"]
                )
    if job is not None and lost:
        logger.error(
            "Background job %s (%s) lost its worker %d times; failed",
            job.pk,
            job.kind,
            job.attempts - 1,
        )
        finish_job(job, BackgroundJob.Status.FAILED, error=worker_lost_message(job.attempts - 1))
        job = None
    if job is None:
        yield None
        return
    _announce(job)
    run = JobRun(job)
    try:
        yield run
    except JobCancelled:
        finish_job(job, BackgroundJob.Status.CANCELLED, message="Cancelled.")
    except Exception as error:
        logger.exception("Background job %s (%s) failed", job.pk, job.kind)
        finish_job(job, BackgroundJob.Status.FAILED, error=_readable(error))
    else:
        if run.handed_over:
            return
        finish_job(
            job,
            BackgroundJob.Status.SUCCEEDED,
            result=run.result,
            message=run.message or "Done.",
            result_url=run.result_url,
        )


def finish_job(
    job: BackgroundJob,
    status: str,
    *,
    result: Any = None,
    error: str = "",
    message: str = "",
    result_url: str = "",
) -> None:
    job.status = status
    job.result = result
    job.error = error
    job.message = (message or error)[:300]
    job.result_url = result_url
    job.finished_at = timezone.now()
    if status == BackgroundJob.Status.SUCCEEDED and job.total:
        job.done = job.total
    job.save()
    _announce(job)


def cancel_job(job: BackgroundJob) -> None:
    """Ask a job to stop; a queued one stops at once, a running one at its next progress report."""
    if job.is_finished:
        return
    if job.status == BackgroundJob.Status.QUEUED:
        finish_job(job, BackgroundJob.Status.CANCELLED, message="Cancelled.")
    else:
        BackgroundJob.objects.filter(pk=job.pk).update(status=BackgroundJob.Status.CANCELLED)


def sweep_stalled_jobs(stall_seconds: int) -> int:
    """Mark failed every job whose worker stopped reporting; returns how many."""
    cutoff = timezone.now() - timedelta(seconds=stall_seconds)
    stalled = BackgroundJob.objects.filter(
        status__in=[BackgroundJob.Status.RUNNING, BackgroundJob.Status.QUEUED],
        created_at__lt=cutoff,
    ).exclude(heartbeat_at__gte=cutoff)
    count = 0
    for job in stalled:
        finish_job(
            job,
            BackgroundJob.Status.FAILED,
            error="The worker running this job stopped before it finished. Please start it again.",
        )
        count += 1
    return count


def _announce(job: BackgroundJob) -> None:
    notify_user(job.owner_id, {"type": "job.update", "job_id": str(job.pk)})


def _readable(error: Exception) -> str:
    # Celery is imported where a job runs, not by every process that imports start_job.
    from celery.exceptions import SoftTimeLimitExceeded

    if isinstance(error, SoftTimeLimitExceeded):
        minutes = max(1, round(settings.CELERY_TASK_SOFT_TIME_LIMIT / 60))
        return (
            f"This job took longer than its {minutes}-minute limit and was stopped. Try it with "
            "less data."
        )
    text = str(error).strip()
    return text[:1000] if text else f"The job failed ({type(error).__name__})."
