"""Benchmark comparing versions and rendering a long history.

    .venv/bin/python bench/versions.py

Targets (issue #6): compare two two-page resumes under 20 ms median; the
history page (the version list) with 1,000 history rows under 150 ms, with a
bounded number of queries (the same number as with 20 rows; asserted in
versions/tests/test_views.py). The page figures run against a throwaway
test database, destroyed at the end.
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

from bench.timing import baseline_seconds, median_seconds, ms  # noqa: E402
from resumeopt.models import Resume  # noqa: E402
from resumeopt.resumes import (  # noqa: E402
    ChangeReason,
    create_resume,
    save_document,
)
from tests.generated_resumes import resume  # noqa: E402
from versions.diff import compare  # noqa: E402
from versions.models import Version  # noqa: E402


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


def _add_history(saved, user, rows: int, named_every: int = 10) -> None:
    """Bulk history rows (as many edits would leave)
    and a named version every `named_every` rows."""
    base = saved.history.first()
    start = saved.history.count() + 1
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
        )
        for n in range(start, rows + 1)
    )
    records = saved.history.order_by("history_id")[start - 1 :: named_every]
    Version.objects.bulk_create(
        Version(owner=user, resume=saved, record=record, name=f"Sent out {n}", score=71)
        for n, record in enumerate(records)
    )


def history_pages() -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        user = get_user_model().objects.create_user("bench")
        saved = create_resume(user, "Bench", resume(1, roles=9, bullets=6))
        client = Client()
        client.force_login(user)
        url = f"/versions/resumes/{saved.pk}/"
        figures = {}
        for rows in (20, 1000):
            _add_history(saved, user, rows)
            elapsed = median_seconds(lambda: client.get(url), runs=15)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            figures[rows] = (elapsed, len(queries))
        few, many = figures[20], figures[1000]
        print(
            f"history page with 20 history rows:     {ms(few[0])} median, {few[1]} queries "
            "(baseline)"
        )
        print(
            f"history page with 1,000 history rows:  {ms(many[0])} median, {many[1]} queries "
            f"({many[0] / few[0]:.2f}x the 20-row page; target < 150 ms, queries bounded)"
        )

        first = saved.history.order_by("history_id").first().history_id
        compare_url = f"/versions/resumes/{saved.pk}/compare/?a={first}&b=current"

        save_document(saved, edited(saved.content), user=user, reason=ChangeReason.EDIT)
        page = median_seconds(lambda: client.get(compare_url), runs=15)
        print(f"compare page (diff, scores, findings): {ms(page)} median")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def main() -> None:
    old = resume(5, roles=9, bullets=6)
    new = edited(old)
    baseline = baseline_seconds(old)
    elapsed = median_seconds(lambda: compare(old, new), runs=30)
    changed = compare(old, new).changed
    print(f"baseline (10 JSON round trips):        {ms(baseline)}")
    print(
        f"compare two two-page resumes:          {ms(elapsed)} median "
        f"({elapsed / baseline:.1f}x baseline; target < 20 ms; {len(changed)} sections "
        "changed)"
    )
    shuffled = copy.deepcopy(new)
    for role in shuffled["work"]:
        role["highlights"] = [text.replace("the", "our") for text in reversed(role["highlights"])]
    worst = median_seconds(lambda: compare(old, shuffled), runs=30)
    print(
        f"  ...every bullet reordered and reworded: {ms(worst)} median "
        f"({worst / baseline:.1f}x baseline)"
    )
    history_pages()


if __name__ == "__main__":
    main()
