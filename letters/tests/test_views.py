"""Letters in the browser's terms: draft, edit with history, feedback, restore, export."""

import io
import zipfile

import pytest
from django.urls import reverse

from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from letters.models import Letter

pytestmark = pytest.mark.django_db

POSTING = (
    "Backend Engineer at Quillfeather\nRequirements\n- Python, Django and PostgreSQL.\n- Rust."
)


@pytest.fixture
def job(user):
    return JobDescription.objects.create(
        owner=user,
        title="Backend Engineer",
        company="Quillfeather",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )


@pytest.fixture
def letter(user_client, user, resume, job):
    user_client.post(reverse("letters:create"), {"resume": resume.pk, "job": job.pk})
    return Letter.objects.get(owner=user)


def test_drafting_from_a_job_quotes_the_resume_and_names_what_it_left_out(user_client, letter, job):
    assert letter.title == f"Letter for {job.display_title}"
    assert "Quillfeather" in letter.body and "Django" in letter.body
    assert letter.left_out == ["Rust"] and "Rust" not in letter.body
    page = user_client.get(letter.get_absolute_url()).content.decode()
    assert "does not show it: Rust" in page
    assert letter.history.get().history_change_reason == "offline draft"


def test_editing_keeps_history_and_restore_brings_text_back(user_client, letter):
    original = letter.body
    user_client.post(
        letter.get_absolute_url(), {"title": letter.title, "body": "Dear team,\n\nShort."}
    )
    letter.refresh_from_db()
    assert letter.body == "Dear team,\n\nShort."
    first = letter.history.order_by("history_date").first()
    user_client.post(reverse("letters:restore", args=[letter.pk, first.history_id]))
    letter.refresh_from_db()
    assert letter.body == original
    reasons = list(
        letter.history.order_by("history_date").values_list("history_change_reason", flat=True)
    )
    assert reasons == ["offline draft", "edit", "restore"]


def test_a_letter_without_a_title_is_refused_and_keeps_the_text(user_client, letter):
    response = user_client.post(
        letter.get_absolute_url(), {"title": "", "body": "New text I typed"}
    )
    assert response.status_code == 200
    assert "New text I typed" in response.content.decode()
    letter.refresh_from_db()
    assert letter.body != "New text I typed"


def test_live_feedback_flags_a_claim_the_resume_does_not_support(user_client, letter):
    response = user_client.post(
        reverse("letters:feedback", args=[letter.pk]),
        {"body": "Dear Quillfeather, I am an expert in Rust and Haskell."},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert response.status_code == 200 and page.lstrip().startswith('<div id="letter-feedback"')
    assert "Haskell" in page and "words: aim for" in page


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt"])
def test_letters_export_with_the_resume_header(user_client, letter, resume, fmt):
    response = user_client.get(reverse("letters:export", args=[letter.pk, fmt]))
    assert response.status_code == 200
    assert "cover-letter" in response["Content-Disposition"]
    data = response.content
    name = resume.content["basics"]["name"]
    if fmt == "pdf":
        from exports.tests.reading import pdf_text

        text = pdf_text(data)
    elif fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            text = archive.read("word/document.xml").decode()
    else:
        text = data.decode()
    assert name in text and "Quillfeather" in text


def test_an_unknown_export_format_is_404(user_client, letter):
    assert user_client.get(reverse("letters:export", args=[letter.pk, "exe"])).status_code == 404


def test_letter_files_count_in_the_exports_quota(user_client, letter, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exports": (1, 3600)}
    assert user_client.get(reverse("letters:export", args=[letter.pk, "md"])).status_code == 200

    refused = user_client.get(reverse("letters:export", args=[letter.pk, "pdf"]))
    assert refused.status_code == 429
    assert "limit of 1 exported files" in refused.content.decode()


def test_redrafting_offline_replaces_the_text_and_keeps_the_old_one(user_client, letter):
    user_client.post(letter.get_absolute_url(), {"title": letter.title, "body": "Scratch"})
    user_client.post(reverse("letters:redraft", args=[letter.pk]))
    letter.refresh_from_db()
    assert "Quillfeather" in letter.body
    assert letter.history.filter(body="Scratch").exists()


def test_drafting_with_the_model_keeps_only_supported_sentences(
    user_client, letter, fake_llm, django_capture_on_commit_callbacks
):
    fake_llm.then(
        reply=(
            "Dear Quillfeather hiring team,\n\nI build backend services with Python and Django. "
            "I grew revenue by 412% at Vexmoor Labs.\n\nKind regards,\nAlex Morgan"
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(
            reverse("letters:redraft", args=[letter.pk]), {"with_model": "on"}
        )
    assert response.status_code == 302
    letter.refresh_from_db()
    assert "Python and Django" in letter.body
    assert "412%" not in letter.body and "Vexmoor" not in letter.body
    assert letter.draft_job.status == "succeeded"
    assert "1 sentence" in letter.draft_job.message
    assert letter.history.latest().history_change_reason == "model draft"


def test_delete_removes_the_letter_and_its_history(user_client, letter):
    user_client.post(reverse("letters:delete", args=[letter.pk]))
    assert not Letter.objects.exists() and not Letter.history.exists()


def test_naming_a_version_of_the_letter(user_client, letter):
    record = letter.history.get()
    user_client.post(
        reverse("letters:name_version", args=[letter.pk, record.history_id]),
        {"name": "Sent to Quillfeather"},
    )
    user_client.post(
        reverse("letters:name_version", args=[letter.pk, record.history_id]), {"name": ""}
    )
    assert list(letter.versions.values_list("name", flat=True)) == ["Sent to Quillfeather"]
    assert "Sent to Quillfeather" in user_client.get(letter.get_absolute_url()).content.decode()


def test_the_letter_takes_the_template_its_resume_was_last_exported_with(
    user, letter, resume, settings, tmp_path
):
    from exports.exporting import CURRENT, Source, export_file
    from exports.renderers import ExportOptions
    from letters.documents import export_options

    settings.MEDIA_ROOT = tmp_path
    fallback = ExportOptions()
    assert export_options(letter, fallback) is fallback
    export_file(resume, Source(CURRENT, "Current state"), "pdf", ExportOptions(template="compact"))
    assert export_options(letter, fallback).template == "compact"
