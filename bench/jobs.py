"""Benchmark job description extraction, batch ranking and the analyze_job command.

    .venv/bin/python bench/jobs.py [--postings 1000] [--sentences 5000]

Targets (issue #4): extraction of a typical posting under 10 ms median;
ranking 1,000 postings against one resume under 10 s end to end through the
Celery task; analyze_job --jsonl sentences per second.

The ranking runs through a real Celery worker consuming the configured broker
(the file-system broker by default, Redis when REDIS_URL is set), started in
this process by celery.contrib.testing with the solo pool, on a fresh test
database: the clock runs from enqueueing the task to the task finishing, so it
includes the broker round trip, reading the pasted postings, extraction,
matching and saving every row. The taxonomy is loaded before the clock starts,
as in a worker that has served a request before.
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.generate import resume  # noqa: E402
from bench.postings import posting  # noqa: E402
from bench.timing import baseline_seconds, median_seconds, ms  # noqa: E402
from jobs.extraction import extract_requirements  # noqa: E402
from jobs.matching import match_profile, profile_of  # noqa: E402
from jobs.taxonomy import taxonomy  # noqa: E402

SKILLSPAN = ROOT.parent / "shared" / "data" / "skillspan-dev"


def extraction(document: dict) -> None:
    typical = (ROOT / "bench" / "data" / "posting.txt").read_text()
    baseline = baseline_seconds(document)
    once = median_seconds(lambda: extract_requirements(typical), runs=50)
    generated = [posting(seed) for seed in range(200)]
    started = time.perf_counter()
    for text in generated:
        extract_requirements(text)
    per_posting = (time.perf_counter() - started) / len(generated)
    requirements = extract_requirements(typical)
    profile = profile_of(document)
    matching = median_seconds(lambda: match_profile(profile, requirements), runs=50)
    words = sum(len(text.split()) for text in generated) // len(generated)
    print(f"baseline (10 JSON round trips):      {ms(baseline)}")
    print(
        f"extract a typical posting ({len(typical.split())} words, bench/data/posting.txt): {ms(once)} median of 50 "
        f"({once / baseline:.1f}x baseline; target < 10 ms)"
    )
    print(f"extract, 200 generated postings (~{words} words): {ms(per_posting)} mean per posting")
    print(f"match one posting (resume profiled, with advice): {ms(matching)} median of 50")


def ranking_through_celery(document: dict, count: int) -> None:
    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import setup_test_environment

    from jobs.models import RankedPosting, RankingBatch
    from jobs.tasks import rank_batch
    from resumeopt.background import start_job
    from resumeopt.celery import app
    from resumeopt.resumes import create_resume

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    taxonomy()
    user = get_user_model().objects.create_user("bench")
    saved = create_resume(user, "Bench", document)
    text = "\n---\n".join(posting(seed) for seed in range(count))
    batch = RankingBatch.objects.create(owner=user, resume=saved, name="Bench", source_text=text)
    done = threading.Event()
    task_postrun.connect(
        lambda sender=None, **_: done.set() if sender.name == rank_batch.name else None, weak=False
    )
    app.conf.task_always_eager = False
    with start_worker(
        app, perform_ping_check=False, pool="solo", loglevel="WARNING", shutdown_timeout=30
    ):
        started = time.perf_counter()
        job = start_job(rank_batch, owner=user, kind="jobs.rank", label="bench", args=(batch.pk,))
        if not done.wait(timeout=300):
            raise SystemExit("the worker did not finish within 5 minutes")
        elapsed = time.perf_counter() - started
    job.refresh_from_db()
    ranked = RankedPosting.objects.filter(batch=batch).count()
    broker = app.conf.broker_url.split(":")[0]
    print(f"rank {count} postings through the Celery task: {elapsed:.2f} s end to end "
          f"({ranked} ranked, job {job.status}; real worker, solo pool, {broker} broker; target < 10 s)")  # fmt: skip
    connection.creation.destroy_test_db(old_name, verbosity=0)


def jsonl_command(sentences: int) -> None:
    lines = []
    if SKILLSPAN.exists():
        for path in sorted(SKILLSPAN.glob("*.conll")):
            words = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    words.append(line.split("\t")[0])
                elif words:
                    lines.append(" ".join(words))
                    words = []
    seed = 0
    while len(lines) < sentences:
        lines.extend(line for line in posting(seed).splitlines() if line.strip())
        seed += 1
    lines = lines[:sentences]
    source = (
        "SkillSpan dev sentences, topped up with generated posting lines"
        if SKILLSPAN.exists()
        else "generated posting lines"
    )
    payload = "".join(
        json.dumps({"id": index, "text": line}) + "\n" for index, line in enumerate(lines)
    )
    command = [sys.executable, str(ROOT / "manage.py"), "analyze_job", "--jsonl"]
    started = time.perf_counter()
    subprocess.run(command, input=payload.encode(), capture_output=True, check=False, cwd=ROOT)
    total = time.perf_counter() - started
    startup_started = time.perf_counter()
    subprocess.run(command, input=b"", capture_output=True, check=False, cwd=ROOT)
    startup = time.perf_counter() - startup_started
    print(f"analyze_job --jsonl over {len(lines)} {source}: {len(lines) / total:.0f} sentences/s including start-up "
          f"({total:.2f} s), {len(lines) / max(0.001, total - startup):.0f} sentences/s after start-up ({startup:.2f} s)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=5000)
    args = parser.parse_args()
    document = resume(3)
    extraction(document)
    jsonl_command(args.sentences)
    ranking_through_celery(document, args.postings)


if __name__ == "__main__":
    main()
