"""Journeys: track an application from a job page, move it through stages (drag and menu),
see it in the insights; then draft a cover letter for it, edit it with live feedback, export it."""

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.accounts import log_in, make_user
from tests.e2e.pages import settled, unlabelled_controls

POSTING = """Backend Engineer at Quillfeather
Requirements
- Python, Django and PostgreSQL.
- Rust in production."""


def _job(user):
    from jobs.extraction import extract_requirements
    from jobs.models import JobDescription

    return JobDescription.objects.create(
        owner=user,
        title="Backend Engineer",
        company="Quillfeather",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )


def test_track_from_a_job_move_through_stages_and_see_the_insight(
    page, django_user_model, sample_document
):
    from resumeopt.resumes import create_resume

    user = make_user(django_user_model, "robin")
    create_resume(user, "Robin's resume", sample_document)
    job = _job(user)
    log_in(page, "robin")

    page.goto(f"/jobs/{job.pk}/")
    page.get_by_role("button", name="Track this application").click()
    expect(page.get_by_role("heading", name="Backend Engineer at Quillfeather")).to_be_visible()
    expect(page.get_by_test_id("stage")).to_have_text("Saved")

    # Marked applied from its page: the resume version sent is pinned.
    page.get_by_label("Move to").select_option(label="Applied")
    page.get_by_role("button", name="Move", exact=True).click()
    expect(page.get_by_test_id("stage")).to_have_text("Applied")
    expect(page.get_by_role("link", name="Sent to Quillfeather")).to_be_visible()

    # On the board: drag the card to Interview, then use its menu to move it to Offer.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Applications").click()
    expect(page.get_by_role("heading", name="Applications", exact=True)).to_be_visible()
    settled(page)
    assert unlabelled_controls(page) == []
    card = page.locator(".board-card", has_text="Backend Engineer")
    interview = page.locator(".board-column", has=page.get_by_role("heading", name="Interview"))
    card.drag_to(interview)
    expect(interview.locator(".board-card", has_text="Backend Engineer")).to_be_visible()
    expect(page.locator(".toast", has_text="to Interview")).to_be_visible()
    card = page.locator(".board-card", has_text="Backend Engineer")
    card.get_by_label("Move Backend Engineer to").select_option(label="Offer")
    card.get_by_role("button", name="Move").click()
    offer = page.locator(".board-column", has=page.get_by_role("heading", name="Offer"))
    expect(offer.locator(".board-card", has_text="Backend Engineer")).to_be_visible()

    page.get_by_role("link", name="Insights").click()
    versions = page.get_by_role("region", name="By resume version sent")
    expect(versions.get_by_role("row", name="Sent to Quillfeather")).to_contain_text("1 of 1")
    expect(versions).to_contain_text("too few to tell")


def test_draft_edit_and_export_a_cover_letter(page, django_user_model, sample_document):
    from applications import tracking
    from resumeopt.resumes import create_resume

    user = make_user(django_user_model, "kim")
    resume = create_resume(user, "Kim's resume", sample_document)
    application, _ = tracking.track_job(user, _job(user), resume=resume)
    log_in(page, "kim")

    page.goto(f"/applications/{application.pk}/")
    page.get_by_role("button", name="Write a cover letter").click()
    expect(
        page.get_by_role("heading", name="Letter for Backend Engineer at Quillfeather")
    ).to_be_visible()
    # Left out: the resume does not show it.
    expect(page.locator(".notice").filter(has_text="Left out")).to_contain_text("Rust")
    letter = page.get_by_label("Letter")
    expect(letter).to_contain_text("Django")
    settled(page)

    # Live feedback follows the typing, before anything is saved.
    letter.fill("Dear Quillfeather team, I am a team player who knows Haskell.")
    feedback = page.get_by_test_id("letter-feedback")
    expect(feedback).to_contain_text("team player")
    expect(feedback).to_contain_text("Haskell")
    letter.fill("Dear Quillfeather team,\n\nI build Django services on PostgreSQL.\n\nKind regards")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".toast", has_text="Saved")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Markdown").click()
    path = download.value.path()
    text = Path(path).read_text(encoding="utf-8")
    assert (
        sample_document["basics"]["name"] in text
        and "I build Django services on PostgreSQL." in text
    )
