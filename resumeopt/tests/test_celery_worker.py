"""A real Celery worker consumes a task from the configured broker.

With the embedded defaults that is the file-system broker; in CI (REDIS_URL
set) it is Redis. The worker runs in a thread of this process, against the
test database.
"""

import threading
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.utils import timezone

from resumeopt.celery import app
from resumeopt.models import BackgroundJob
from resumeopt.tasks import sweep_stalled_jobs


@pytest.fixture
def live_worker():
    app.conf.task_always_eager = False
    try:
        with start_worker(
            app, perform_ping_check=False, pool="solo", loglevel="WARNING", shutdown_timeout=10
        ):
            yield
    finally:
        app.conf.task_always_eager = True


@pytest.mark.django_db(transaction=True)
def test_worker_runs_the_sweeper_task_from_the_broker(user, live_worker):
    stalled = BackgroundJob.objects.create(owner=user, kind="test", status="running")
    BackgroundJob.objects.filter(pk=stalled.pk).update(
        created_at=timezone.now() - timedelta(days=1)
    )
    finished = threading.Event()

    def on_done(sender=None, **kwargs):
        if getattr(sender, "name", "") == sweep_stalled_jobs.name:
            finished.set()

    task_postrun.connect(on_done, weak=False)
    try:
        sweep_stalled_jobs.delay()
        # Wait for the worker thread rather than polling: SQLite's shared
        # in-memory test database locks whole tables between threads.
        assert finished.wait(timeout=30), "the worker never ran the task"
    finally:
        task_postrun.disconnect(on_done)
    stalled.refresh_from_db()
    assert stalled.status == "failed"
