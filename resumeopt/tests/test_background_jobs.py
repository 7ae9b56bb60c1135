"""Background jobs: progress, outcome, redelivery, cancelling and the sweeper."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from resumeopt.models import BackgroundJob
from resumeopt.platform import background

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(user):
    return BackgroundJob.objects.create(owner=user, kind="test.count", label="Counting", total=3)


def test_run_job_records_progress_and_result(job):
    with background.run_job(str(job.pk)) as run:
        run.progress(1, message="one")
        assert BackgroundJob.objects.get(pk=job.pk).status == "running"
        run.progress(2)
        run.result = {"counted": 3}
    job.refresh_from_db()
    assert (job.status, job.done, job.percent, job.result) == ("succeeded", 3, 100, {"counted": 3})
    assert job.finished_at is not None


def test_error_inside_a_job_is_recorded_as_failed_with_its_message(job):
    with background.run_job(str(job.pk)):
        raise ValueError("The posting file could not be read.")
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error == "The posting file could not be read."


def test_a_redelivered_task_does_the_work_once(job):
    runs = []
    for _ in range(2):
        with background.run_job(str(job.pk)) as run:
            if run is not None:
                runs.append(run)
    assert len(runs) == 1


def test_cancelling_a_running_job_stops_it_at_its_next_report(job):
    with background.run_job(str(job.pk)) as run:
        background.cancel_job(BackgroundJob.objects.get(pk=job.pk))
        run.progress(1)
        pytest.fail("progress() should have raised JobCancelled")
    job.refresh_from_db()
    assert job.status == "cancelled"


def test_sweeper_fails_jobs_whose_worker_died(job, user):
    BackgroundJob.objects.filter(pk=job.pk).update(
        status="running",
        created_at=timezone.now() - timedelta(hours=1),
        heartbeat_at=timezone.now() - timedelta(minutes=30),
    )
    alive = BackgroundJob.objects.create(
        owner=user, kind="test", status="running", heartbeat_at=timezone.now()
    )
    assert background.sweep_stalled_jobs(stall_seconds=600) == 1
    job.refresh_from_db()
    alive.refresh_from_db()
    assert job.status == "failed" and "stopped before it finished" in job.error
    assert alive.status == "running"


def test_progress_endpoint_polls_as_html_and_json(user_client, job):
    html = user_client.get(reverse("job_progress", args=[job.pk])).content.decode()
    assert f'id="job-{job.pk}"' in html and 'hx-trigger="every 3s"' in html
    data = user_client.get(
        reverse("job_progress", args=[job.pk]), HTTP_ACCEPT="application/json"
    ).json()
    assert data["status"] == "queued" and data["total"] == 3


def test_finished_job_stops_polling(user_client, job):
    background.finish_job(job, BackgroundJob.Status.SUCCEEDED)
    html = user_client.get(reverse("job_progress", args=[job.pk])).content.decode()
    assert "every 3s" not in html


def test_finished_job_links_to_its_result_unless_the_page_is_the_result(user_client, job):
    background.finish_job(job, BackgroundJob.Status.SUCCEEDED, result_url="/jobs/batches/7/")
    url = reverse("job_progress", args=[job.pk])
    elsewhere = user_client.get(
        url, HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL="http://testserver/resumes/"
    )
    assert "See the result" in elsewhere.content.decode()
    on_result = user_client.get(
        url, HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL="http://testserver/jobs/batches/7/"
    )
    assert "See the result" not in on_result.content.decode()


def test_a_job_whose_worker_keeps_dying_is_failed_after_the_maximum_attempts(job, settings):
    settings.BACKGROUND_JOB_MAX_ATTEMPTS = 3
    killed = []
    for attempt in range(1, 4):
        started = background.run_job(str(job.pk))
        assert started.__enter__() is not None  # the worker dies inside: the block never ends
        killed.append(started)
        job.refresh_from_db()
        assert (job.status, job.attempts) == ("running", attempt)
    assert "attempt 3" in job.message
    with background.run_job(str(job.pk)) as run:
        assert run is None
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error == background.worker_lost_message(3)
    assert "3 times" in job.error


def test_a_job_redelivered_once_after_its_worker_died_still_completes(job, settings):
    settings.BACKGROUND_JOB_MAX_ATTEMPTS = 3
    killed = background.run_job(str(job.pk))
    killed.__enter__()
    with background.run_job(str(job.pk)) as run:
        run.result = {"counted": 3}
    job.refresh_from_db()
    assert (job.status, job.attempts, job.result) == ("succeeded", 2, {"counted": 3})


def _progress_text(client, job) -> str:
    html = client.get(reverse("job_progress", args=[job.pk])).content.decode()
    line = re.search(r'<p class="small muted" aria-live="polite">(.*?)</p>', html, re.S).group(1)
    return " ".join(line.split())


def test_progress_reads_the_count_once(user_client, job):
    BackgroundJob.objects.filter(pk=job.pk).update(
        status=BackgroundJob.Status.RUNNING, done=2, message="Ranking postings"
    )
    assert _progress_text(user_client, job) == "2 of 3 · Ranking postings"
    job.refresh_from_db()
    background.finish_job(job, BackgroundJob.Status.SUCCEEDED, message="Ranked 3 postings.")
    assert _progress_text(user_client, job) == "Ranked 3 postings."
    background.finish_job(job, BackgroundJob.Status.SUCCEEDED, message="Done.")
    assert _progress_text(user_client, job) == "3 of 3 · Done."
