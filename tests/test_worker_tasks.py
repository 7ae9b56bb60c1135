"""Batch ranking and batch export run through a real Celery worker, from the view that
enqueues them to the rows the worker writes, on the configured broker (the file-system
one by default, Redis when REDIS_URL is set)."""

import io
import threading
import zipfile

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from exports.models import Export
from exports.tasks import export_batch
from jobs.models import RankedPosting, RankingBatch
from jobs.tasks import rank_batch
from resumeopt.celery import app
from resumeopt.tests.resume_files import make_zip

pytestmark = pytest.mark.django_db(transaction=True)
BACKEND = b"Backend Engineer at Acme\nRequirements\n- 5+ years with Python and Kubernetes.\n"
DATA = b"Data Analyst\nWe need Tableau and SAS."


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


def _run_in_worker(task, start, until=lambda: True) -> None:
    """Call `start` (which enqueues `task`) and wait for the worker to finish a run of that
    task after which `until()` holds (asked on the worker's thread)."""
    finished = threading.Event()

    def on_done(sender=None, **kwargs):
        if getattr(sender, "name", "") == task.name and until():
            finished.set()

    task_postrun.connect(on_done, weak=False)
    try:
        start()
        # Wait on the worker thread, not by polling: SQLite's shared in-memory test
        # database locks whole tables between threads.
        assert finished.wait(timeout=60), f"the worker never ran {task.name}"
    finally:
        task_postrun.disconnect(on_done)


def test_a_worker_ranks_an_uploaded_batch(user_client, user, resume, live_worker):
    archive = make_zip({"backend.txt": BACKEND, "data.txt": DATA})
    upload = SimpleUploadedFile("postings.zip", archive)
    _run_in_worker(
        rank_batch,
        lambda: user_client.post(
            reverse("jobs:batch_create"), {"resume": resume.pk, "files": [upload]}
        ),
    )
    batch = RankingBatch.objects.get(owner=user)
    batch.job.refresh_from_db()
    assert batch.job.status == "succeeded"
    ranked = RankedPosting.objects.filter(batch=batch).order_by("-score")
    assert [row.posting.source_name for row in ranked] == ["backend.txt", "data.txt"]


def test_a_batch_bigger_than_one_piece_of_work_finishes_in_several_worker_tasks(
    user_client, user, resume, live_worker, settings
):
    settings.RANKING_PIECE_SECONDS = 0  # each saved step of postings is a piece of its own
    settings.RANKING_PARTS = 1
    table = "id,text\n" + "".join(
        f'{n},"Data Analyst\nWe need SQL and Tableau. Ref {n}."\n' for n in range(250)
    )
    upload = SimpleUploadedFile("postings.csv", table.encode())
    pieces = []

    def on_done(sender=None, task_id=None, **kwargs):
        if getattr(sender, "name", "") == rank_batch.name:
            pieces.append(task_id)

    task_postrun.connect(on_done, weak=False)
    try:
        _run_in_worker(
            rank_batch,
            lambda: user_client.post(
                reverse("jobs:batch_create"), {"resume": resume.pk, "files": [upload]}
            ),
            until=lambda: RankingBatch.objects.get(owner=user).job.is_finished,
        )
    finally:
        task_postrun.disconnect(on_done)
    batch = RankingBatch.objects.get(owner=user)
    batch.job.refresh_from_db()
    assert batch.job.status == "succeeded", batch.job.error
    assert batch.job.message == "Ranked 250 postings."
    assert (batch.job.done, batch.job.total) == (250, 250)
    assert len(pieces) == 3  # 100, 100 and 50 postings
    assert RankedPosting.objects.filter(batch=batch).count() == 250


def test_a_batch_is_queued_for_each_runner_and_finished_once_every_stretch_is_read(
    user_client, user, resume, live_worker, settings
):
    settings.RANKING_PARTS = 2
    rows = [f'{n},"Data Analyst\nWe need SQL and Tableau. Ref {n}."\n' for n in range(250)]
    rows[10] = rows[200] = '"bad","' + "word " * 25_000 + '"\n'  # failures in two stretches
    upload = SimpleUploadedFile("postings.csv", ("id,text\n" + "".join(rows)).encode())
    runs = []

    def on_done(sender=None, args=None, **kwargs):
        if getattr(sender, "name", "") == rank_batch.name:
            runs.append(args[2] if len(args) > 2 else 0)

    task_postrun.connect(on_done, weak=False)
    try:
        _run_in_worker(
            rank_batch,
            lambda: user_client.post(
                reverse("jobs:batch_create"), {"resume": resume.pk, "files": [upload]}
            ),
            # One worker process: runner 0 takes every stretch while runner 1 waits its
            # turn, then finds the job finished.
            until=lambda: len(runs) == 2,
        )
    finally:
        task_postrun.disconnect(on_done)
    batch = RankingBatch.objects.get(owner=user)
    batch.job.refresh_from_db()
    assert runs == [0, 1]
    assert len(batch.parts) > 2 and all(s["next"] == s["end"] for s in batch.parts)
    assert batch.job.status == "succeeded", batch.job.error
    assert batch.job.message == "Ranked 248 postings; 2 could not be read."
    assert (batch.job.done, batch.job.total) == (250, 250)
    assert [failure["name"] for failure in batch.failures] == ["bad", "bad"]
    # Each keeps its place in the upload, so equal scores list in the upload's order.
    places = RankedPosting.objects.filter(batch=batch).values_list(
        "posting__source_name", "position"
    )
    assert sorted(places, key=lambda place: place[1]) == [
        (str(n), n) for n in range(250) if n not in (10, 200)
    ]


def test_a_worker_builds_a_batch_export(user_client, resume, live_worker):
    form = {
        "source": "current",
        "template": "classic",
        "font": "",
        "accent": "",
        "accent_custom": "#2f5bd3",
        "page_size": "letter",
        "margins_mm": "18",
        "sections": ["summary", "work", "education", "skills"],
        "order": ["summary", "work", "education", "skills"],
        "format": "pdf",
        "batch_sources": ["current"],
        "batch_formats": ["pdf", "json"],
    }
    _run_in_worker(
        export_batch, lambda: user_client.post(reverse("exports:batch", args=[resume.pk]), form)
    )
    export = Export.objects.get(format="zip")
    export.job.refresh_from_db()
    assert export.job.status == "succeeded" and export.job.result == {"delivered": 2, "failed": 0}
    content = user_client.get(reverse("exports:file", args=[export.pk])).streaming_content
    names = zipfile.ZipFile(io.BytesIO(b"".join(content))).namelist()
    assert sorted(name.rsplit(".", 1)[1] for name in names) == ["json", "pdf"]
