"""In the browser: Redis goes away while a section is being edited, then comes back.

The open page rides it out: its notifications socket stays open (the channel
layer retries its receive instead of closing the socket), live feedback keeps
answering (its socket needs no Redis), the save goes through, and once Redis
is back a message pushed to the user reaches the same page without a reload.
Runs with the browser tests (tests/e2e) on PostgreSQL (marked services); the
same outage without a browser is tests/reliability/test_redis_restart.py.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from channels_redis.core import RedisChannelLayer
from playwright.sync_api import expect

from resumeopt.models import Resume
from resumeopt.platform.background import user_group

# The live site on a private Redis, from the reliability tests (imported fixtures).
from tests.reliability.fixtures import live_site, redis_server  # noqa: F401
from tests.reliability.stack import session_cookie

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

LED = "Led the migration of the reporting pipeline"
DUTY = "Responsible for the migration of the reporting pipeline"
# The prefix the site's channel layer uses (resumeopt/settings.py), so the push reaches it.
SITE_LAYER_PREFIX = "resumeopt"
BACK = "Redis is back and this page heard it."
JOB = "Edit Senior Software Engineer at Brightwave Analytics"


def test_editing_goes_on_through_a_redis_restart(browser, live_site, redis_server, resume):  # noqa: F811
    web = live_site.start_web()
    context = browser.new_context(base_url=web, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.add_cookies([{"name": "sessionid", "value": session_cookie(resume.owner), "url": web}])
    page = context.new_page()
    try:
        page.goto(resume.get_absolute_url())
        page.get_by_role("link", name=JOB).click()
        form = page.locator("form.unit-form")
        feedback = form.locator(".live-feedback-result")
        expect(feedback).to_contain_text("no change yet")
        reconnecting = page.get_by_role("status").filter(has_text="Reconnecting")
        expect(reconnecting).to_be_hidden()

        redis_server.stop()
        bullets = form.get_by_label("Achievements")
        bullets.fill(bullets.input_value().replace(LED, DUTY))
        expect(feedback).to_contain_text("New 1: Duties instead of results.")
        form.get_by_role("button", name="Save").click()
        expect(page.locator("form.unit-form")).to_have_count(0)
        expect(page.locator("#unit-work-0")).to_contain_text(DUTY)
        assert Resume.objects.get(pk=resume.pk).content["work"][0]["highlights"][0].startswith(DUTY)

        redis_server.start()
        expect(reconnecting).to_be_hidden()
        # The socket opened before the outage still delivers: a push sent through the
        # site's Redis now shows as a toast on the page (the layer's receive retries with
        # a backoff of at most 2 s, so a few pushes may be needed while it reconnects).
        toast = page.locator("#toasts").get_by_text(BACK)
        for _ in range(45):
            push_toast(redis_server.url, resume.owner.pk, BACK)
            if toast.count():
                break
            page.wait_for_timeout(1_000)
        expect(toast.first).to_be_visible()
    finally:
        context.close()


def push_toast(redis_url: str, user_id: int, message: str) -> None:
    """Send a toast to the user's sockets through the site's Redis, as the site's own code does.

    Playwright's sync API keeps an event loop running on the test's thread, so the send
    runs on a thread (and a loop) of its own.
    """

    async def send() -> None:
        layer = RedisChannelLayer(hosts=[redis_url], prefix=SITE_LAYER_PREFIX)
        event = {"type": "toast", "level": "info", "message": message}
        await layer.group_send(user_group(user_id), event)

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, send()).result()
