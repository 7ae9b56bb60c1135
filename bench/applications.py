"""Benchmark of the application tracker and cover letters.

    .venv/bin/python bench/applications.py

Prints medians, and ratios against a baseline run in the same process: drafting a
letter offline and checking it with the fact guard (against 10 JSON round trips of
the same resume), insights over 2,000 applications, and the board, list and insights
pages with 20 and with 500 applications (the query count must not grow; it is asserted
in tests/test_query_budgets.py). Pages run against a throwaway test database.
"""

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from applications import tracking  # noqa: E402
from applications.insights import Outcome, summarize  # noqa: E402
from applications.models import StageKind  # noqa: E402
from bench.timing import baseline_seconds, median_seconds, ms  # noqa: E402
from jobs.extraction import extract_requirements  # noqa: E402
from jobs.models import JobDescription  # noqa: E402
from letters.drafting import draft_offline, letter_warnings  # noqa: E402
from letters.feedback import letter_feedback  # noqa: E402
from resumeopt.resumes import create_resume  # noqa: E402
from tests.generated_postings import posting  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402


def outcomes(count: int, seed: int = 7) -> list[Outcome]:
    rng = random.Random(seed)
    start = datetime(2026, 6, 1, tzinfo=UTC)
    rows = []
    for _ in range(count):
        applied = start + timedelta(days=rng.randrange(180)) if rng.random() < 0.8 else None
        answered = (
            applied + timedelta(days=rng.randrange(30)) if applied and rng.random() < 0.4 else None
        )
        rows.append(
            Outcome(
                applied,
                answered,
                bool(answered) and rng.random() < 0.5,
                version=f"Version {rng.randrange(12)}",
                template=rng.choice(["classic", "modern", ""]),
                match_score=rng.choice([None, rng.randrange(101)]),
            )
        )
    return rows


def pages() -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        user = get_user_model().objects.create_user("bench")
        saved = create_resume(user, "Bench", resume(1, roles=6, bullets=5))
        client = Client()
        client.force_login(user)
        kinds = list(StageKind)
        made = 0
        figures: dict[str, dict[int, tuple[float, int]]] = {}
        for count in (20, 500):
            for n in range(made, count):
                text = posting(n)
                job = JobDescription.objects.create(
                    owner=user,
                    title=f"Engineer {n}",
                    company=f"Company {n}",
                    source_text=text,
                    requirements=extract_requirements(text).to_dict(),
                )
                application, _ = tracking.track_job(user, job, resume=saved)
                tracking.move(
                    application, tracking.stage_of_kind(user, kinds[n % len(kinds)]), user=user
                )
            made = count
            for name, url in (
                ("board", "/applications/"),
                ("list", "/applications/list/"),
                ("insights", "/applications/insights/"),
            ):
                elapsed = median_seconds(lambda url=url: client.get(url), runs=9)
                with CaptureQueriesContext(connection) as queries:
                    assert client.get(url).status_code == 200
                figures.setdefault(name, {})[count] = (elapsed, len(queries))
        for name, by_count in figures.items():
            few, many = by_count[20], by_count[500]
            print(
                f"{name + ' page':15} 20 applications: {ms(few[0])} ({few[1]} queries); "
                f"500: {ms(many[0])} ({many[1]} queries), {many[0] / few[0]:.1f}x"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def main() -> None:
    document = resume(3, roles=6, bullets=5)
    text = posting(3)
    requirements = extract_requirements(text)
    baseline = baseline_seconds(document)
    print(f"baseline (10 JSON round trips of the resume): {ms(baseline)}")
    draft = median_seconds(
        lambda: draft_offline(document, requirements, company="Acme", title="Engineer")
    )
    print(f"offline letter draft:            {ms(draft)} median ({draft / baseline:.1f}x baseline)")
    letter = draft_offline(document, requirements, company="Acme", title="Engineer").text
    guard = median_seconds(lambda: letter_warnings(letter, document, text))
    print(f"fact guard on the draft:         {ms(guard)} median ({guard / baseline:.1f}x baseline)")
    feedback = median_seconds(
        lambda: letter_feedback(
            letter, company="Acme", title="Engineer", posting=text, document=document
        )
    )
    print(
        f"letter feedback (all checks):    {ms(feedback)} median ({feedback / baseline:.1f}x "
        "baseline)"
    )
    rows = outcomes(2000)
    today = datetime(2026, 12, 5, tzinfo=UTC).date()
    summary = median_seconds(lambda: summarize(rows, today))
    print(
        f"insights over 2,000 applications: {ms(summary)} median ({summary / baseline:.1f}x "
        "baseline)"
    )
    pages()


if __name__ == "__main__":
    main()
