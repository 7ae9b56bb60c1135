"""Import through the site: review first, save on confirm, clear messages on bad files."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from resumeopt.models import Resume
from resumeopt.tests.resume_files import make_docx, make_pdf

pytestmark = pytest.mark.django_db


def _payload(page: str) -> str:
    return re.search(r'name="payload" value="([^"]+)"', page)[1]


def test_docx_upload_shows_a_review_and_saves_nothing_yet(user_client, user):
    upload = SimpleUploadedFile("jordan.docx", make_docx("table"))
    response = user_client.post(reverse("resume_import"), {"file": upload})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Check what we read" in page
    assert "Northwind Traders" in page and "Mentored four engineers" in page
    assert not Resume.objects.filter(owner=user).exists()


def test_confirming_the_review_saves_the_resume_with_reason_import(user_client, user):
    upload = SimpleUploadedFile("jordan.pdf", make_pdf("classic"))
    review = user_client.post(reverse("resume_import"), {"file": upload}).content.decode()
    response = user_client.post(reverse("resume_import_confirm"), {"payload": _payload(review)})
    resume = Resume.objects.get(owner=user)
    assert response["Location"] == resume.get_absolute_url()
    assert resume.title == "Jordan Lee – resume"
    assert resume.content["work"][0]["name"] == "Northwind Traders"
    assert resume.history.get().history_change_reason == "import"


def test_pasted_text_imports(user_client, user):
    text = "Jane Doe\njane@example.com\n\nSKILLS\nPython, Go\n\nOLD STUFF\nSomething unplaced\n"
    review = user_client.post(
        reverse("resume_import"), {"text": text, "title": "Pasted"}
    ).content.decode()
    assert "Unsorted" in review and "Something unplaced" in review
    user_client.post(reverse("resume_import_confirm"), {"payload": _payload(review)})
    resume = Resume.objects.get(owner=user, title="Pasted")
    assert resume.content["meta"]["unsorted"] == ["OLD STUFF", "Something unplaced"]
    assert "Something unplaced" in user_client.get(resume.get_absolute_url()).content.decode()


def test_import_into_an_existing_resume_keeps_the_old_content_in_history(user_client, resume):
    upload = SimpleUploadedFile("jordan.docx", make_docx("styles"))
    review = user_client.post(
        reverse("resume_import"), {"file": upload, "into": resume.pk}
    ).content.decode()
    assert f"Replace “{resume.title}”" in review.replace("&#x27;", "'")
    user_client.post(
        reverse("resume_import_confirm"), {"payload": _payload(review), "into": resume.pk}
    )
    resume.refresh_from_db()
    assert resume.content["basics"]["name"] == "Jordan Lee"
    previous = resume.history.all()[1]
    assert previous.content["basics"]["name"] == "Alex Morgan"
    assert resume.history.first().history_change_reason == "import"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("scan.pdf", make_pdf("scanned"), "scanned image"),
        ("locked.pdf", make_pdf("encrypted"), "password protected"),
        ("broken.docx", make_docx("styles")[:900], "damaged"),
        ("resume.pdf", b"Just some text pretending", "named like a PDF"),
        ("resume.json", b'{"work": [{"startDate": "soon"}]}', "work/0/startDate"),
        ("resume.json", b"{not json", "not valid JSON"),
    ],
)
def test_bad_files_get_a_clear_message_and_nothing_is_saved(user_client, user, name, data, message):
    response = user_client.post(reverse("resume_import"), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not Resume.objects.filter(owner=user).exists()


def test_file_over_the_limit_is_refused_on_the_form(user_client, user):
    upload = SimpleUploadedFile("big.pdf", b"%PDF-1.4 " + b"0" * (5 * 1024 * 1024 + 10))
    response = user_client.post(reverse("resume_import"), {"file": upload})
    assert "the limit is 5 MB" in response.content.decode()
    assert not Resume.objects.filter(owner=user).exists()


def test_empty_form_asks_for_text_or_a_file(user_client):
    response = user_client.post(reverse("resume_import"), {})
    assert "Paste your resume" in response.content.decode()


def test_altered_payload_is_refused(user_client, user):
    response = user_client.post(
        reverse("resume_import_confirm"), {"payload": "tampered:value"}, follow=True
    )
    assert "expired or was altered" in response.content.decode()
    assert not Resume.objects.filter(owner=user).exists()


def test_the_import_page_names_the_resume_it_replaces_from_the_address(user_client, resume):
    page = user_client.get(reverse("resume_import") + f"?into={resume.pk}").content.decode()
    assert "Import into “" in page and resume.title in page.replace("&#x27;", "'")


@pytest.mark.parametrize("into", ["not-a-number", " 1"])
def test_an_into_that_is_not_an_id_is_404(user_client, into):
    assert user_client.post(reverse("resume_import"), {"into": into}).status_code == 404


def test_importing_into_another_users_resume_is_404(user_client, other_resume):
    response = user_client.post(reverse("resume_import"), {"into": other_resume.pk})
    assert response.status_code == 404


def test_a_payload_signed_for_another_user_is_refused(user_client, user, other_user):
    other_client = Client()
    other_client.force_login(other_user)
    text = "Jane Doe\njane@example.com\n\nSKILLS\nPython, Go\n"
    review = other_client.post(reverse("resume_import"), {"text": text}).content.decode()
    response = user_client.post(
        reverse("resume_import_confirm"), {"payload": _payload(review)}, follow=True
    )
    assert "This import expired or was altered" in response.content.decode()
    assert not Resume.objects.filter(owner=user).exists()
