"""In a real browser: the API's interactive docs and a share link page work under the site's CSP."""

import json
from pathlib import Path

from playwright.sync_api import expect

from exports import exporting, sharing
from resumeopt.resumes import create_resume

SAMPLE = Path(__file__).resolve().parents[2] / "resumeopt" / "sample" / "sample.resume.json"


def _csp_errors(page) -> list[str]:
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return errors


def test_the_api_docs_render_under_the_csp(page):
    errors = _csp_errors(page)
    page.goto("/api/docs")
    expect(page.get_by_text("ResumeOpt API").first).to_be_visible()
    expect(page.get_by_text("/api/resumes").first).to_be_visible()
    assert errors == []


def test_a_share_link_opens_for_a_visitor_with_its_styles(page, django_user_model):
    user = django_user_model.objects.create_user("sam", "sam@example.com", "a-long-password-3")
    resume = create_resume(user, "Sam's resume", json.loads(SAMPLE.read_text()))
    link = sharing.create_link(resume, exporting.Source("current", "Current state"))
    errors = _csp_errors(page)
    page.goto(link.get_absolute_url())
    heading = page.get_by_role("heading", name="Alex Morgan")
    expect(heading).to_be_visible()
    # The resume's own stylesheet applied: the body is a centred column, not the browser default.
    assert page.evaluate("getComputedStyle(document.body).maxWidth") != "none"
    assert errors == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")
