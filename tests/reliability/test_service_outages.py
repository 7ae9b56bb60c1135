"""A dead Redis seen from inside one process: the cache and the broker at a closed port.

These need no live site, so they run on the embedded defaults too; the live
site versions are in test_redis_restart.py.
"""

from __future__ import annotations

import logging

import pytest
from celery import Celery
from django.urls import reverse

from resumeopt import llm
from resumeopt.models import BackgroundJob
from resumeopt.platform.background import QUEUE_UNAVAILABLE, start_job
from tests.reliability.stack import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def dead_redis_url() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there


@pytest.fixture
def task_on_a_dead_broker(dead_redis_url):
    """A task whose app publishes to a Redis that is not there (real kombu, real redis-py).

    Its own app, never made the current one, so the project's tasks keep theirs.
    """
    app = Celery("unreachable", broker=dead_redis_url, set_as_current=False)

    @app.task(name="tests.reliability.never_runs", shared=False)
    def never_runs(job_id: str) -> None:
        raise AssertionError("a task on a dead broker cannot run")

    yield never_runs
    app.close()


def test_work_that_cannot_be_queued_fails_its_job_with_a_message_instead_of_the_request(
    user, task_on_a_dead_broker, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        job = start_job(task_on_a_dead_broker, owner=user, kind="test.rank", label="Ranking")
    job.refresh_from_db()
    assert (job.status, job.error, job.message) == ("failed", QUEUE_UNAVAILABLE, QUEUE_UNAVAILABLE)
    assert job.finished_at is not None
    assert f"Could not queue job {job.pk} (test.rank)" in caplog.text


def test_the_job_page_tells_the_user_it_did_not_start(
    user_client, user, task_on_a_dead_broker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = start_job(task_on_a_dead_broker, owner=user, kind="test.rank", label="Ranking")
    page = user_client.get(reverse("job_progress", args=[job.pk])).content.decode()
    assert "Failed" in page and "the task queue could not be reached" in page
    assert "every 3s" not in page  # a failed job is not polled forever
    assert BackgroundJob.objects.filter(status="queued").count() == 0


def test_model_replies_arrive_and_are_recorded_while_the_cache_is_down(
    fake_llm, settings, user, dead_redis_url, caplog
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": dead_redis_url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    messages = [{"role": "user", "content": "Say hello"}]
    fake_llm.then(reply="Hello once.").then(reply="Hello twice.")
    with caplog.at_level(logging.WARNING):
        first = llm.complete(messages, user=user, purpose="test")
        second = llm.complete(messages, user=user, purpose="test")
    # Without a cache the deterministic call is simply made again.
    assert (first.text, first.cached, second.text) == ("Hello once.", False, "Hello twice.")
    assert len(fake_llm.requests) == 2
    assert "LLM cache not read: the cache is unavailable" in caplog.text
    assert "LLM cache not written: the cache is unavailable" in caplog.text
