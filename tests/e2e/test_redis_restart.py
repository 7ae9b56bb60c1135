"""In the browser: Redis goes away while a section is being edited, then comes back.

The page says "Reconnecting…" while its notifications socket is down, live
feedback keeps answering (its socket needs no Redis), the save goes through,
and once Redis is back the page reconnects and the notice goes away.
Runs with the browser tests (tests/e2e) on PostgreSQL (marked services); the
same outage without a browser is tests/reliability/test_redis_restart.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from resumeopt.models import Resume

# The live site on a private Redis, from the reliability tests (imported fixtures).
from tests.reliability.fixtures import live_site, redis_server  # noqa: F401
from tests.reliability.stack import session_cookie

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

LED = "Led the migration of the reporting pipeline"
DUTY = "Responsible for the migration of the reporting pipeline"
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
        expect(reconnecting).to_be_visible()
        bullets = form.get_by_label("Achievements")
        bullets.fill(bullets.input_value().replace(LED, DUTY))
        expect(feedback).to_contain_text("New 1: Duties instead of results.")
        form.get_by_role("button", name="Save").click()
        expect(page.locator("form.unit-form")).to_have_count(0)
        expect(page.locator("#unit-work-0")).to_contain_text(DUTY)
        assert Resume.objects.get(pk=resume.pk).content["work"][0]["highlights"][0].startswith(DUTY)

        redis_server.start()
        # htmx's ws extension retries with a jittered backoff of up to a minute.
        expect(reconnecting).to_be_hidden(timeout=90_000)
    finally:
        context.close()
