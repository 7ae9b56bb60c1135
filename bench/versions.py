"""Benchmark comparing versions and rendering a long history.

    .venv/bin/python bench/versions.py

Targets (issue #6): compare two two-page resumes under 20 ms median; the
history page with 1,000 history rows under 150 ms, with a bounded number of
queries.
"""

import copy
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.generate import resume  # noqa: E402
from bench.timing import baseline_seconds, median_seconds, ms  # noqa: E402
from versions.diff import compare  # noqa: E402


def edited(document: dict) -> dict:
    """The same resume after a round of tailoring: bullets reworded, one role added, one removed."""
    new = copy.deepcopy(document)
    for role in new["work"]:
        role["highlights"] = [
            text.replace("using", "with").replace("Led", "Directed") for text in role["highlights"]
        ]
        role["highlights"].append("Presented the results to the leadership team.")
    new["work"].insert(
        0,
        {
            "name": "Newco",
            "position": "Staff Engineer",
            "startDate": "2025-01",
            "highlights": ["Joined to lead the platform team."],
        },
    )
    new["work"].pop()
    new["basics"]["summary"] += " Now focused on platform reliability."
    return new


def history_page(rows: int) -> tuple[float, int]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from resumeopt.models import Resume
    from resumeopt.resumes import create_resume

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    user = get_user_model().objects.create_user("bench")
    saved = create_resume(user, "Bench", resume(1, roles=9, bullets=6))
    base = saved.history.first()
    Resume.history.model.objects.bulk_create(
        Resume.history.model(
            id=saved.pk,
            title=saved.title,
            content=base.content,
            revision=n,
            created_at=base.created_at,
            updated_at=base.updated_at,
            owner_id=user.pk,
            history_date=base.history_date,
            history_type="~",
            history_change_reason="edit",
            history_user=user,
        )  # fmt: skip
        for n in range(2, rows + 1)
    )
    client = Client()
    client.force_login(user)
    url = f"/versions/resumes/{saved.pk}/"
    elapsed = median_seconds(lambda: client.get(url), runs=15)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return elapsed, len(queries)


def main() -> None:
    old = resume(5, roles=9, bullets=6)
    new = edited(old)
    baseline = baseline_seconds(old)
    elapsed = median_seconds(lambda: compare(old, new), runs=30)
    changed = compare(old, new).changed
    print(f"baseline (10 JSON round trips):        {ms(baseline)}")
    print(f"compare two two-page resumes:          {ms(elapsed)} median ({elapsed / baseline:.1f}x baseline; target < 20 ms; "
          f"{len(changed)} sections changed)")  # fmt: skip
    page, queries = history_page(1000)
    print(
        f"history page with 1,000 history rows:  {ms(page)} median, {queries} queries (target < 150 ms)"
    )


if __name__ == "__main__":
    main()
