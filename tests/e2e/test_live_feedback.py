"""Journey: live feedback while editing a section, a one-click fix, and undoing it.

A user opens a job's editor and turns a bullet into duty phrasing; the
feedback under the form changes as they type (a finding appears, the score
drops). "Use" puts a rewrite into the draft; once saved, the findings panel
offers the same rewrite as a one-click fix that is saved with reason
"suggestion", and Undo takes it back. The socket survives a dropped
connection, and without JavaScript the "Check" button gives the same feedback.
"""

import re

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import expect

from resumeopt.models import Resume
from resumeopt.resumes import create_resume
from tests.e2e.pages import unlabelled_controls

PASSWORD = "a-long-password-7"
LED = "Led the migration of the reporting pipeline"
DUTY = "Responsible for the migration of the reporting pipeline"
JOB = "Edit Senior Software Engineer at Brightwave Analytics"


@pytest.fixture
def resume(django_user_model, sample_document):
    user = django_user_model.objects.create_user("robin", "robin@example.com")
    # The server runs with the production hashers, not the test settings' fast one.
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    return create_resume(user, "Robin's resume", sample_document)


def _log_in(page, resume) -> None:
    page.goto("/accounts/login/")
    assert unlabelled_controls(page) == []
    page.get_by_label("Username").fill(resume.owner.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()
    page.goto(resume.get_absolute_url())


def _score(locator) -> int:
    return int(re.search(r"Score (\d+)", locator.inner_text())[1])


def test_live_feedback_a_one_click_fix_and_undo(page, resume):
    _log_in(page, resume)
    panel_score = page.locator("#findings-panel .score-badge")
    expect(panel_score).to_be_visible()
    saved_score = int(panel_score.inner_text())

    # The editor opens with feedback on the saved text, over the socket.
    page.get_by_role("link", name=JOB).click()
    form = page.locator("form.unit-form")
    feedback = form.locator(".live-feedback-result")
    expect(feedback).to_contain_text("no change yet")
    assert unlabelled_controls(page) == []
    assert _score(feedback) == saved_score
    expect(form.get_by_role("button", name="Check")).to_be_hidden()  # JavaScript does it live

    # Typing duty phrasing: the finding appears under the form and the score drops.
    bullets = form.get_by_label("Achievements")
    bullets.fill(bullets.input_value().replace(LED, DUTY))
    expect(feedback).to_contain_text("New 1: Duties instead of results.")
    expect(feedback.locator(".badge.bad")).to_contain_text("with this change")
    assert _score(feedback) < saved_score
    # The finding names its line; clicking it selects that line in the form.
    feedback.get_by_role("button", name=re.compile(f"^{DUTY}")).click()
    selected = bullets.evaluate("el => el.value.substring(el.selectionStart, el.selectionEnd)")
    assert selected.startswith(DUTY) and selected.endswith("from 40 to 6 minutes.")

    # "Use" puts the rewrite into the draft, and the feedback follows.
    form.get_by_role("button", name=re.compile(f"^Use: {LED}")).click()
    expect(bullets).to_have_value(re.compile(LED))
    expect(feedback).to_contain_text("no change yet")

    # Saved with the duty phrasing, the panel shows the score the draft had and
    # offers the fix as one click.
    bullets.fill(bullets.input_value().replace(LED, DUTY))
    expect(feedback).to_contain_text("New 1")
    draft_score = _score(feedback)
    form.get_by_role("button", name="Save").click()
    expect(page.locator("form.unit-form")).to_have_count(0)
    job = page.locator("#unit-work-0")
    expect(job).to_contain_text(DUTY)
    panel = page.locator("#findings-panel")
    apply = panel.get_by_role("button", name=re.compile(f"^Apply: {LED}"))
    expect(apply).to_be_visible()
    expect(panel_score).to_have_text(str(draft_score))

    # The finding links to its line in the resume.
    panel.locator("a[data-finding-line='highlights/0']").first.click()
    expect(job.locator("ul.highlights > li").first).to_have_class(re.compile("finding-target"))

    apply.click()
    expect(job).to_contain_text(LED)
    expect(page.get_by_role("status").filter(has_text="Applied")).to_be_visible()
    expect(panel_score).to_have_text(str(saved_score))
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][0].startswith(LED)
    assert resume.history.first().history_change_reason == "suggestion"

    # Undo is ready once the versions card has followed the change (until then it would
    # undo against the state before the fix, which the server refuses as a conflict).
    expect(page.locator("#version-controls")).to_have_attribute(
        "data-revision", str(resume.revision)
    )
    undo = page.get_by_role("button", name="Undo")
    expect(undo).to_be_enabled()
    undo.click()
    expect(page.locator("#unit-work-0")).to_contain_text(DUTY)
    expect(page.get_by_role("status").filter(has_text="Undone")).to_be_visible()
    assert Resume.objects.get(pk=resume.pk).content["work"][0]["highlights"][0].startswith(DUTY)


def test_live_feedback_comes_back_after_a_dropped_connection(page, resume):
    sockets = []

    def relay(socket):
        socket.connect_to_server()
        sockets.append(socket)

    page.route_web_socket(re.compile(r".*/feedback/$"), relay)
    _log_in(page, resume)
    page.get_by_role("link", name=JOB).click()
    feedback = page.locator("form.unit-form .live-feedback-result")
    expect(feedback).to_contain_text("no change yet")
    assert len(sockets) == 1

    sockets[0].close(code=1012, reason="Service restart")  # what a redeploy looks like
    for _ in range(150):
        if len(sockets) == 2:
            break
        page.wait_for_timeout(100)
    assert len(sockets) == 2, "the editor did not reconnect"
    expect(page.locator("body")).not_to_have_class(re.compile("socket-reconnecting"))

    bullets = page.locator("form.unit-form").get_by_label("Achievements")
    bullets.fill(bullets.input_value().replace(LED, DUTY))
    expect(feedback).to_contain_text("New 1: Duties instead of results.")


def test_without_javascript_the_check_button_gives_the_same_feedback(
    browser, live_server_url, transactional_db, resume
):
    context = browser.new_context(base_url=live_server_url, java_script_enabled=False)
    page = context.new_page()
    try:
        _log_in(page, resume)
        page.get_by_role("link", name=JOB).click()
        form = page.locator("form.unit-form")
        bullets = form.get_by_label("Achievements")
        bullets.fill(bullets.input_value().replace(LED, DUTY))
        form.get_by_role("button", name="Check").click()

        feedback = page.locator("form.unit-form .live-feedback-result")
        expect(feedback).to_contain_text("New 1: Duties instead of results.")
        expect(page.locator("form.unit-form").get_by_label("Achievements")).to_have_value(
            re.compile(DUTY)
        )
        assert unlabelled_controls(page) == []
        assert Resume.objects.get(pk=resume.pk).content["work"][0]["highlights"][0].startswith(LED)

        page.locator("form.unit-form").get_by_role("button", name="Save").click()
        expect(page.locator("#unit-work-0")).to_contain_text(DUTY)
    finally:
        context.close()
