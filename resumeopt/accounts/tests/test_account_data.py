"""The data download gives a user everything they own; deleting the account removes all of it.

`fill_account` makes one row of every kind a user can own. The checks compare
the whole database before and after, model by model, without asking
resumeopt.accounts.data which models it knows: a model added later that the
download or the deletion misses fails them.
"""

import io
import json
import zipfile

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import reverse

from resumeopt import resumes
from resumeopt.accounts import data as accountdata
from resumeopt.accounts.tokens import create_token
from resumeopt.models import AuditEntry, BackgroundJob, LLMCall, Resume
from resumeopt.platform import audit

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-1"


def fill_account(user, sample_document) -> dict:
    """One row of everything a user can own, made the way the app makes them."""
    get = apps.get_model
    resume = resumes.create_resume(user, "Data resume", sample_document)
    resumes.save_at(resume, "basics/label", "Platform lead", user=user, reason="edit")
    gone = resumes.create_resume(user, "Deleted later", sample_document)
    gone.delete()
    job = BackgroundJob.objects.create(owner=user, kind="exports.batch", label="Batch export")
    LLMCall.objects.create(user=user, model="openai/fake", purpose="chat", prompt_tokens=10)
    audit.record(AuditEntry.Action.LOGIN, user=user)
    create_token(user, "CI", "read")
    share = get("exports", "ShareLink").objects.create(
        owner=user, resume=resume, label="Current state", token=f"share-{user.pk}"
    )
    get("exports", "ShareLinkDay").objects.create(link=share, day="2026-01-05", views=3)
    get("optimizer", "SuggestionEvent").objects.create(
        owner=user, resume=resume, kind="applied", suggestion_key="verb:1", source="rules"
    )
    get("optimizer", "LearnedPreferences").objects.create(owner=user, state={"weights": [0.5]})
    conversation = get("conversations", "Conversation").objects.create(
        owner=user, resume=resume, section_path="work/0"
    )
    message = get("conversations", "Message").objects.create(
        conversation=conversation, role="user", content="Make my first bullet stronger"
    )
    run = get("conversations", "OptimizationRun").objects.create(owner=user, resume=resume, job=job)
    get("conversations", "Proposal").objects.create(
        owner=user,
        resume=resume,
        conversation=conversation,
        message=message,
        run=run,
        path="work/0/highlights/0",
        original="Did things",
        replacement="Led things",
    )
    posting = get("jobs", "JobDescription").objects.create(
        owner=user, title="Platform engineer", source_text="Python, Kubernetes"
    )
    batch = get("jobs", "RankingBatch").objects.create(owner=user, name="Spring", resume=resume)
    batch.source_file.save("postings.csv", ContentFile(b"title,text\nSRE,Go and Kubernetes\n"))
    ranked = get("jobs", "JobDescription").objects.create(
        owner=user, batch=batch, title="SRE", source_text="Go and Kubernetes"
    )
    get("jobs", "RankedPosting").objects.create(batch=batch, posting=ranked, score=71)
    get("versions", "Version").objects.create(
        owner=user,
        resume=resume,
        record=resume.history.first(),
        name="Sent to Acme",
        target_job=posting,
    )
    get("versions", "VersionSettings").objects.create(user=user, keep_unnamed=20)
    export = get("exports", "Export")(
        owner=user, resume=resume, source_label="Current state", format="md", filename="cv.md"
    )
    export.file.save("cv.md", ContentFile(b"# Alex Morgan\n"), save=False)
    export.save()
    get("exports", "ExportPreferences").objects.create(user=user, options={"template": "classic"})
    stage = get("applications", "Stage").objects.create(owner=user, kind="applied", name="Applied")
    application = get("applications", "Application").objects.create(
        owner=user,
        job=posting,
        company="Acme",
        title="Platform engineer",
        stage=stage,
        stage_changed_at=resume.created_at,
    )
    application.exports.add(export)
    get("applications", "Event").objects.create(application=application, kind="note", text="Called")
    get("applications", "Contact").objects.create(application=application, name="Sam Reyes")
    letter = get("letters", "Letter").objects.create(
        owner=user, title="For Acme", resume=resume, body="Dear Acme"
    )
    get("letters", "LetterVersion").objects.create(
        owner=user, letter=letter, record=letter.history.first(), name="Sent"
    )
    letter_run = get("letters", "AssistantRun").objects.create(
        letter=letter, kind="edit", part="opening", content="Shorter opening."
    )
    get("letters", "LetterProposal").objects.create(
        owner=user,
        letter=letter,
        run=letter_run,
        part="opening",
        original="Dear Acme",
        replacement="Dear Acme team",
    )
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Resume),
        object_id=str(resume.pk),
        object_repr="Data resume",
        action_flag=ADDITION,
    )
    return {"export": export, "batch": batch, "resume": resume}


def snapshot() -> dict[str, set]:
    return {
        model._meta.label_lower: set(model._default_manager.values_list("pk", flat=True))
        for model in apps.get_models()
    }


def added(before: dict[str, set], after: dict[str, set]) -> dict[str, set]:
    return {label: after[label] - before[label] for label in after if after[label] - before[label]}


# Rows that belong to no user: sessions from logging in, and the record that an account was deleted.
NOT_OWNED = {"sessions.session"}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def other_account(other_user, sample_document, media):
    fill_account(other_user, sample_document)
    return other_user


def open_zip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


# The download ------------------------------------------------------------------------------


def test_the_download_holds_every_kind_of_record_the_user_owns(
    client, user, other_account, sample_document, media
):
    before = snapshot()
    fill_account(user, sample_document)
    mine = added(before, snapshot())
    client.force_login(user)
    response = client.post(reverse("account_data_export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = open_zip(response)
    manifest = json.loads(archive.read("manifest.json"))
    for label, pks in mine.items():
        if label == "auth.user" or label in NOT_OWNED:
            continue
        assert label in manifest["models"], f"{label} is missing from the download"
        assert manifest["models"][label]["rows"] >= len(pks), f"rows of {label} are missing"
    data_files = {name for name in archive.namelist() if name.startswith("data/")}
    for label, entry in manifest["models"].items():
        if entry["file"].startswith("data/"):
            assert entry["file"] in data_files
            assert len(json.loads(archive.read(entry["file"]))) == entry["rows"], label


def test_the_download_holds_only_the_users_own_records(client, user, other_account, media):
    client.force_login(user)
    archive = open_zip(client.post(reverse("account_data_export")))
    everything = b"".join(archive.read(name) for name in archive.namelist()).decode()
    assert "mallory" not in everything.lower()
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["models"]["resumeopt.resume"]["rows"] == 0


def test_resumes_come_as_json_resume_files_with_their_history(client, user, sample_document, media):
    filled = fill_account(user, sample_document)
    client.force_login(user)
    archive = open_zip(client.post(reverse("account_data_export")))
    resume = filled["resume"]
    folder = f"resumes/{resume.pk}-data-resume"
    assert (
        json.loads(archive.read(f"{folder}/resume.json"))
        == Resume.objects.get(pk=resume.pk).content
    )
    history = json.loads(archive.read(f"{folder}/history.json"))
    assert [entry["reason"] for entry in history] == ["create", "edit"]
    assert history[-1]["content"]["basics"]["label"] == "Platform lead"
    account = json.loads(archive.read("account.json"))
    assert account["username"] == "jane" and "password" not in account
    assert "README.txt" in archive.namelist()


def test_the_download_includes_the_stored_files(client, user, sample_document, media):
    filled = fill_account(user, sample_document)
    client.force_login(user)
    archive = open_zip(client.post(reverse("account_data_export")))
    assert archive.read(f"files/{filled['export'].file.name}") == b"# Alex Morgan\n"
    assert archive.read(f"files/{filled['batch'].source_file.name}").startswith(b"title,text")
    files = json.loads(archive.read("manifest.json"))["files"]
    assert {entry["model"] for entry in files} == {"exports.export", "jobs.rankingbatch"}


def test_a_missing_stored_file_is_noted_not_fatal(client, user, sample_document, media):
    filled = fill_account(user, sample_document)
    filled["export"].file.storage.delete(filled["export"].file.name)
    client.force_login(user)
    archive = open_zip(client.post(reverse("account_data_export")))
    files = json.loads(archive.read("manifest.json"))["files"]
    assert [entry.get("missing") for entry in files if entry["model"] == "exports.export"] == [True]


def test_downloading_is_recorded_and_needs_a_post(user_client, user):
    assert user_client.get(reverse("account_data_export")).status_code == 405
    user_client.post(reverse("account_data_export"))
    assert AuditEntry.objects.filter(user=user, action=AuditEntry.Action.DATA_EXPORT).exists()


def test_the_download_needs_a_login(client):
    response = client.post(reverse("account_data_export"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_zip_entries_never_leave_their_folder():
    assert accountdata.archive_name("../../etc/passwd") == "files/etc/passwd"
    assert accountdata.archive_name("/abs/x.pdf") == "files/abs/x.pdf"


# Deleting the account -----------------------------------------------------------------------


def test_deleting_the_account_removes_every_row_and_file_it_owns(
    client, user, other_account, sample_document, media, django_capture_on_commit_callbacks
):
    theirs = snapshot()
    filled = fill_account(user, sample_document)
    stored = [media / filled["export"].file.name, media / filled["batch"].source_file.name]
    assert all(path.exists() for path in stored)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("landing")

    left = added(theirs, snapshot())
    left.pop("sessions.session", None)
    deletion = AuditEntry.objects.get(action=AuditEntry.Action.ACCOUNT_DELETE)
    assert left == {"resumeopt.auditentry": {deletion.pk}}, f"rows survived: {left}"
    assert (deletion.user_id, deletion.username, deletion.object_id) == (None, "", str(user.pk))
    assert not any(path.exists() for path in stored)
    # Everything else, the other user's rows included, is still there.
    after = snapshot()
    gone = {label: theirs[label] - after[label] for label in theirs if theirs[label] - after[label]}
    assert gone == {"auth.user": {user.pk}}
    assert (media / "exports" / str(other_account.pk)).exists()


def test_deleting_the_account_logs_out_and_the_login_no_longer_works(client, user):
    client.force_login(user)
    client.post(reverse("account_delete"), {"password": PASSWORD})
    assert client.get(reverse("dashboard")).status_code == 302
    response = client.post(reverse("login"), {"username": "jane", "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_a_wrong_password_deletes_nothing(user_client, user, resume):
    response = user_client.post(reverse("account_delete"), {"password": "not-it"})
    assert response.status_code == 400
    assert "That is not your password. Nothing was deleted." in response.content.decode()
    assert Resume.objects.filter(pk=resume.pk).exists()
    user.refresh_from_db()


def test_password_guesses_on_the_delete_form_are_rate_limited(user_client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (2, 900)}
    for _ in range(2):
        user_client.post(reverse("account_delete"), {"password": "guess"})
    response = user_client.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 429
    assert user.__class__.objects.filter(pk=user.pk).exists()


def test_deleting_needs_a_post_and_a_login(user_client, user):
    from django.test import Client

    assert user_client.get(reverse("account_delete")).status_code == 405
    response = Client().post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_every_model_holding_user_data_is_filled_by_this_test(user, sample_document, media):
    """A new model tied to users must get a row in fill_account, so the checks above cover it."""
    fill_account(user, sample_document)
    empty = [
        accountdata.label(model)
        for model in accountdata.owned_models()
        if not accountdata.owned_rows(model, user.pk).exists()
    ]
    assert not empty, f"add a row of {empty} to fill_account"


def test_the_account_page_offers_the_download_and_the_deletion(user_client):
    page = user_client.get(reverse("account")).content.decode()
    assert reverse("account_data_export") in page and "Download all my data" in page
    assert reverse("account_delete") in page and 'name="password"' in page
    assert reverse("optimizer:learned") in page  # the switch for suggestions that learn
