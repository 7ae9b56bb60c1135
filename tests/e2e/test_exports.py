"""Journey: preview and download a PDF, then batch-export two named versions to a ZIP."""

import io
import json
import re
import zipfile
from pathlib import Path

from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import expect

from exports.tests.reading import pdf_text
from resumeopt.resumes import ChangeReason, create_resume, save_document
from tests.e2e.pages import settled, unlabelled_controls
from versions.models import Version

SAMPLE = Path(__file__).resolve().parents[2] / "resumeopt" / "sample" / "sample.resume.json"


def _name_current_state(resume, name: str) -> Version:
    record = resume.history.order_by("-history_date", "-history_id").first()
    return Version.objects.create(owner=resume.owner, resume=resume, record=record, name=name)


def test_preview_download_and_batch_export_of_two_versions(
    page, live_server_url, django_user_model
):
    user = django_user_model.objects.create_user("riley", "riley@example.com")
    # Hashed as the servers hash (tests use a fast hasher they do not know).
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode("a-long-password-42", hasher.salt())
    user.save()
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    resume = create_resume(user, "Riley's resume", document)
    _name_current_state(resume, "Sent to Acme")
    document["basics"]["label"] = "Staff Software Engineer"
    save_document(resume, document, user=user, reason=ChangeReason.EDIT)
    _name_current_state(resume, "Sent to Globex")

    _log_in(page, user, "a-long-password-42")
    page.goto(resume.get_absolute_url())
    page.get_by_role("link", name="Export", exact=True).click()
    expect(page.get_by_role("heading", name="Export “Riley's resume”")).to_be_visible()
    settled(page)
    assert unlabelled_controls(page) == []

    # Choosing another template redraws the preview (htmx) with the same PDF the download gives.
    frame = page.locator("#preview-frame")
    expect(frame).to_have_attribute("src", _contains("template=classic"))
    page.get_by_label("Modern").check()
    expect(frame).to_have_attribute("src", _contains("template=modern"))
    preview = page.request.get(frame.get_attribute("src"))
    assert preview.body().startswith(b"%PDF") and b"DejaVuSans" in preview.body()
    assert pdf_text(preview.body()).startswith("Alex Morgan Staff Software Engineer")

    with page.expect_download() as downloading:
        page.get_by_role("button", name="Download PDF").click()
    download = downloading.value
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")
    assert download.suggested_filename == "alex-morgan-resume.pdf"
    assert "Senior Software Engineer · Brightwave Analytics" in pdf_text(data)

    # Two named versions in two formats, made by the Celery worker into one ZIP.
    batch = page.locator("fieldset[data-batch]")
    batch.get_by_label("Current state").uncheck()
    batch.get_by_label("Sent to Acme").check()
    batch.get_by_label("Sent to Globex").check()
    expect(batch.get_by_label("PDF", exact=True)).to_be_checked()
    expect(batch.get_by_label("Word (DOCX)")).to_be_checked()
    batch.get_by_role("button", name="Export ZIP").click()
    expect(page.get_by_role("heading", name="Batch export")).to_be_visible()
    zip_link = page.get_by_role("link", name="Download alex-morgan-resume-exports.zip")
    expect(zip_link).to_be_visible(timeout=60_000)
    with page.expect_download() as downloading:
        zip_link.click()
    archive = zipfile.ZipFile(io.BytesIO(Path(downloading.value.path()).read_bytes()))
    assert sorted(archive.namelist()) == [
        "alex-morgan-resume-sent-to-acme.docx",
        "alex-morgan-resume-sent-to-acme.pdf",
        "alex-morgan-resume-sent-to-globex.docx",
        "alex-morgan-resume-sent-to-globex.pdf",
    ]
    assert "Staff Software Engineer" not in pdf_text(
        archive.read("alex-morgan-resume-sent-to-acme.pdf")
    )
    assert "Staff Software Engineer" in pdf_text(
        archive.read("alex-morgan-resume-sent-to-globex.pdf")
    )

    # Both exports are in the history, to download again.
    page.get_by_role("link", name="Exports", exact=True).first.click()
    expect(page.get_by_role("link", name="Download alex-morgan-resume.pdf")).to_be_visible()
    expect(page.get_by_role("link", name="Download alex-morgan-resume-exports.zip")).to_be_visible()


def _log_in(page, user, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()


def _contains(text: str) -> re.Pattern:
    return re.compile(re.escape(text))
