"""What the security and operations layer costs: audit log, headers and metrics, rate limits,
the data download and account deletion.

    .venv/bin/python bench/security.py

Each figure is a median of several runs with its ratio to a baseline measured in the
same process: a save with the audit log paused, a page with the middleware this
layer adds taken out. Runs against a throwaway test database, destroyed at the end.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.timing import median_seconds, ms  # noqa: E402
from resumeopt.accounts import data as accountdata  # noqa: E402
from resumeopt.platform import audit, ratelimits  # noqa: E402
from resumeopt.resumes import ChangeReason, create_resume, save_at  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402

ADDED_MIDDLEWARE = {
    "resumeopt.platform.middleware.ServiceEndpointsMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "resumeopt.platform.middleware.ContentSecurityPolicyMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
}


def interleaved(baseline, measured, *, rounds: int = 7, runs: int = 9) -> tuple[float, float]:
    """Medians of both, measured in alternating rounds so drift (caches, WAL) hits both alike."""
    first, second = [], []
    for _ in range(rounds):
        first.append(median_seconds(baseline, runs=runs, warmup=1))
        second.append(median_seconds(measured, runs=runs, warmup=1))
    return statistics.median(first), statistics.median(second)


def main() -> None:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        user = get_user_model().objects.create_user("bench", password="bench-password-1")
        saved = create_resume(user, "Bench", resume(1, roles=9, bullets=6))
        counter = iter(range(10**6))

        def save() -> None:
            save_at(
                saved,
                "basics/label",
                f"Engineer {next(counter)}",
                user=user,
                reason=ChangeReason.EDIT,
            )

        def save_paused() -> None:
            with audit.paused():
                save()

        plain, audited = interleaved(save_paused, save)
        print(f"section save, audit log paused (baseline): {ms(plain)} median")
        print(
            f"section save, audited:                     {ms(audited)} median "
            f"({audited / plain:.2f}x baseline)"
        )

        url = f"/resumes/{saved.pk}/"
        bare = [name for name in settings.MIDDLEWARE if name not in ADDED_MIDDLEWARE]
        with override_settings(MIDDLEWARE=bare):
            bare_client = Client()  # a client loads its middleware once, on its first request
            bare_client.force_login(user)
            bare_client.get(url)
        full_client = Client()
        full_client.force_login(user)
        assert "Content-Security-Policy" in full_client.get(url)
        assert "Content-Security-Policy" not in bare_client.get(url)
        without, with_layer = interleaved(
            lambda: bare_client.get(url), lambda: full_client.get(url)
        )
        print(f"resume page without CSP/metrics middleware: {ms(without)} median (baseline)")
        print(
            f"resume page with CSP and metrics:           {ms(with_layer)} median "
            f"({with_layer / without:.2f}x baseline)"
        )

        identities = iter(range(10**6))
        hit = median_seconds(
            lambda: ratelimits.hit("uploads", f"user:{next(identities)}"), runs=200
        )
        backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        print(f"rate limit check ({backend}):             {ms(hit)} median per request")

        for n in range(4):
            extra = create_resume(user, f"Bench {n}", resume(n + 2, roles=6, bullets=5))
            for step in range(50):
                save_at(extra, "basics/label", f"Role {step}", user=user, reason=ChangeReason.EDIT)

        def download() -> int:
            archive = accountdata.build_export(user)
            size = archive.seek(0, 2)
            archive.close()
            return size

        size = download()
        took = median_seconds(download, runs=5, warmup=1)
        history = saved.history.model.objects.filter(owner=user).count()
        print(
            f"data download, 5 resumes and {history} history records: {ms(took)} median, "
            f"{size / 1024:.0f} KiB ZIP"
        )

        started = time.perf_counter()
        deleted = accountdata.delete_account(user)
        took = time.perf_counter() - started
        print(f"account deletion of the same account:   {ms(took)} ({sum(deleted.values())} rows)")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
