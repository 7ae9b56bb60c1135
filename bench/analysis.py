"""Benchmark the analysis engine and live feedback.

    .venv/bin/python bench/analysis.py

Prints the median time to analyse a two-page resume, throughput over 1,000
generated resumes, the live feedback consumer's work per draft (analysis of
the draft and the saved version's impact, rewrites, rendering the partial),
and the feedback socket's server time per update (the real consumer over
Channels' in-process communicator, database read included), each with its
ratio to a baseline. Target (issue #3): under 50 ms per update for a
two-page resume.
"""

import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django

django.setup()

from bench.timing import baseline_seconds, median_seconds, ms, percentile  # noqa: E402
from optimizer import analysis  # noqa: E402
from optimizer.analysis import analyze  # noqa: E402
from optimizer.analysis.checks.length import page_estimate, total_words  # noqa: E402
from optimizer.analysis.document import read_document  # noqa: E402
from optimizer.consumers import FEEDBACK  # noqa: E402
from optimizer.feedback import draft_feedback  # noqa: E402
from optimizer.routing import websocket_urlpatterns  # noqa: E402
from optimizer.suggestions import suggest  # noqa: E402
from resumeopt.resumes import create_resume  # noqa: E402
from resumeopt.sections import unit_form  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402


def uncached_analyze(document: dict):
    analysis._cache.clear()
    return analyze(document)


def main() -> None:
    two_pages = resume(7, roles=9, bullets=6)
    shape = read_document(two_pages)
    print(
        f"two-page resume: {total_words(shape)} words, about {page_estimate(shape):.1f} pages, "
        f"{len(analyze(two_pages).findings)} findings, {len(analysis.CHECKS)} checks"
    )
    baseline = baseline_seconds(two_pages)
    once = median_seconds(lambda: uncached_analyze(two_pages), runs=30)
    cached = median_seconds(lambda: analyze(two_pages), runs=30)
    with_suggestions = median_seconds(
        lambda: (uncached_analyze(two_pages), suggest(two_pages)), runs=30
    )
    print(f"baseline (10 JSON round trips): {ms(baseline)}")
    print(f"analyze, two pages:             {ms(once)} median  ({once / baseline:.1f}x baseline)")
    print(
        f"analyze + suggest:              {ms(with_suggestions)} median  "
        f"({with_suggestions / baseline:.1f}x baseline)"
    )
    print(f"analyze, cached repeat:         {ms(cached)} median")

    documents = [resume(seed) for seed in range(1000)]
    analysis._cache.clear()
    started = time.perf_counter()
    for document in documents:
        analyze(document)
    elapsed = time.perf_counter() - started
    print(
        f"throughput over 1,000 generated resumes: {len(documents) / elapsed:.0f} resumes/s "
        f"({elapsed:.2f} s)"
    )

    drafts = iter(range(10**6))
    work = median_seconds(lambda: consumer_work(two_pages, next(drafts)), runs=30)
    print(
        f"live update, analyse + render:  {ms(work)} median  ({work / baseline:.1f}x "
        "baseline; the consumer's work per draft: form to draft, analysis of the draft, "
        "impact, rewrites, partial)"
    )

    feedback_times = asyncio.run(socket_round_trips(two_pages))
    median = statistics.median(feedback_times)
    print(
        f"feedback socket, per update (in-process, server side): {ms(median)} median, "
        f"{ms(percentile(feedback_times, 0.99))} p99 over {len(feedback_times)} drafts "
        f"({median / baseline:.1f}x baseline; target < 50 ms)"
    )


def _draft_data(document: dict, index: int) -> dict:
    """The section form of the first role as the browser sends it, with one new bullet."""
    form = unit_form("work", document["work"][0])
    data = {f"unit-work-0-{k}": v for k, v in form.initial.items() if v is not None}
    data["unit-work-0-highlights"] += f"\nShipped change number {index} to production."
    return data


def consumer_work(document: dict, index: int) -> str:
    """What FeedbackConsumer does for one draft once it has the saved resume."""
    from django.template.loader import render_to_string

    feedback = draft_feedback(document, "work/0", _draft_data(document, index))
    return render_to_string(f"{FEEDBACK}#feedback", {"feedback": feedback})


async def socket_round_trips(document: dict) -> list[float]:
    """Send drafts of one role to the real consumer and time each answer."""
    from channels.db import database_sync_to_async
    from channels.routing import URLRouter
    from channels.testing import WebsocketCommunicator
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import setup_test_environment

    def prepare():
        setup_test_environment()
        connection.creation.create_test_db(verbosity=0, keepdb=False)
        user = get_user_model().objects.create_user("bench", password="x")
        return user, create_resume(user, "Bench", document)

    user, saved = await database_sync_to_async(prepare)()
    socket = WebsocketCommunicator(
        URLRouter(websocket_urlpatterns), f"/ws/resumes/{saved.pk}/feedback/"
    )
    socket.scope["user"] = user
    await socket.connect()
    times = []
    for index in range(60):
        draft = dict(_draft_data(document, 10**6 + index), live_path="work/0")
        started = time.perf_counter()
        await socket.send_to(text_data=json.dumps(draft))
        await socket.receive_from(timeout=10)
        times.append(time.perf_counter() - started)
    await socket.disconnect()
    return times[5:]


if __name__ == "__main__":
    main()
