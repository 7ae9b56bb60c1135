"""Benchmark exports: rendering a two-page resume, and a batch of 100 files through a real worker.

    .venv/bin/python bench/exports.py [--batch 100]

Targets (issue #7): a two-page PDF renders in under 100 ms (median); the DOCX
and the other formats are reported alongside. The batch is timed end to end:
from enqueueing the Celery task to the ZIP being in storage and the job row
marked done, with a real `celery worker` subprocess (not eager) on a throwaway
SQLite database and the configured broker (file system by default, Redis when
REDIS_URL is set: then use a Redis database no other worker listens to). The
worker is warmed up with a one-file batch first, so start-up is not counted.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# A database of the bench's own, shared with the worker subprocess: never a real one.
VAR_DIR = Path(tempfile.mkdtemp(prefix="resumeopt-bench-exports-"))
os.environ["RESUMEOPT_VAR_DIR"] = str(VAR_DIR)
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.timing import baseline_seconds, median_seconds, ms  # noqa: E402
from exports import exporting  # noqa: E402
from exports.models import Export  # noqa: E402
from exports.renderers import ExportOptions, render  # noqa: E402
from exports.tasks import export_batch  # noqa: E402
from resumeopt.models import BackgroundJob  # noqa: E402
from resumeopt.platform.background import start_job  # noqa: E402
from resumeopt.resumes import ChangeReason, create_resume, save_document  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402
from versions.models import Version  # noqa: E402


def page_count(pdf: bytes) -> int:
    import io

    from pdfminer.pdfpage import PDFPage

    return sum(1 for _ in PDFPage.get_pages(io.BytesIO(pdf)))


def rendering(document: dict) -> None:
    baseline = baseline_seconds(document)
    pages = page_count(render(document, "pdf"))
    print(f"baseline (10 JSON round trips):        {ms(baseline)}")
    for template in ("classic", "modern", "compact"):
        options = ExportOptions(template=template)
        pdf = median_seconds(lambda options=options: render(document, "pdf", options), runs=30)
        docx = median_seconds(lambda options=options: render(document, "docx", options), runs=30)
        print(
            f"{template:<8} PDF ({page_count(render(document, 'pdf', options))} pages): "
            f"{ms(pdf)} median ({pdf / baseline:.1f}x baseline; target < 100 ms)   DOCX: "
            f"{ms(docx)} median ({docx / baseline:.1f}x)"
        )
    for fmt in ("md", "txt", "html", "json"):
        print(
            f"{fmt:<5} {ms(median_seconds(lambda fmt=fmt: render(document, fmt), runs=50))} median"
        )
    long = resume(11, roles=40, bullets=6)
    long_pdf = render(long, "pdf")
    print(
        f"a {page_count(long_pdf)}-page career, PDF: "
        f"{ms(median_seconds(lambda: render(long, 'pdf'), runs=5))} median"
    )
    assert pages == 2, f"the sample resume should be two pages, not {pages}"


def batch_through_worker(count: int) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench")
    saved = create_resume(user, "Bench", resume(3))
    formats = ["pdf", "docx"]
    for number in range(count // len(formats)):
        document = resume(100 + number)
        save_document(saved, document, user=user, reason=ChangeReason.EDIT)
        record = saved.history.order_by("-history_id").first()
        Version.objects.create(
            owner=user, resume=saved, record=record, name=f"Version {number + 1}"
        )
    keys = [source.key for source in exporting.sources(saved) if source.version][
        : count // len(formats)
    ]

    log = open(VAR_DIR / "worker.log", "w")  # noqa: SIM115 - closed below
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "resumeopt",
            "worker",
            "--pool",
            "solo",
            "--loglevel",
            "WARNING",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:

        def run(keys: list[str], formats: list[str]) -> tuple[float, Export, BackgroundJob]:
            export = exporting.plan_batch(saved, keys, formats, ExportOptions())
            started = time.perf_counter()
            job = start_job(
                export_batch,
                owner=user,
                kind="exports.batch",
                label="bench",
                total=len(export.items),
                args=(export.pk,),
            )
            deadline = time.monotonic() + 600
            while not BackgroundJob.objects.get(pk=job.pk).is_finished:
                if worker.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(
                        "the worker stopped or took too long:\n"
                        + (VAR_DIR / "worker.log").read_text()
                    )
                time.sleep(0.05)
            elapsed = time.perf_counter() - started
            export.refresh_from_db()
            job.refresh_from_db()
            return elapsed, export, job

        warm, _, _ = run(keys[:1], ["pdf"])
        elapsed, export, job = run(keys, formats)
    finally:
        os.killpg(worker.pid, 15)
        worker.wait(timeout=30)
        log.close()
    broker = "Redis" if os.environ.get("REDIS_URL") else "file-system broker"
    print(f"warm-up batch of 1 file through the worker: {warm:.2f} s")
    print(
        f"batch of {len(export.items)} exports ({len(keys)} versions x PDF+DOCX) through a "
        f"real Celery worker subprocess ({broker}, SQLite): {elapsed:.2f} s end to end, "
        f"{elapsed / len(export.items) * 1000:.0f} ms per file; job {job.status}, "
        f"{len(export.delivered)} files in a {export.size / 1024:.0f} KB ZIP, "
        f"{len(export.failures)} failed"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--batch", type=int, default=100, help="How many files in the batch (even)."
    )
    args = parser.parse_args()
    try:
        rendering(resume(3))
        batch_through_worker(args.batch)
    finally:
        shutil.rmtree(VAR_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
