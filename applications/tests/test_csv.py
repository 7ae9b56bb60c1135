"""CSV export and import: a round trip keeps everything, a bad file adds nothing and says why."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications import csvfile, tracking
from applications.models import Application, Contact, StageKind

pytestmark = pytest.mark.django_db


def _upload(client, text: str):
    upload = SimpleUploadedFile("apps.csv", text.encode("utf-8"), content_type="text/csv")
    return client.post(reverse("applications:csv_import"), {"file": upload})


def test_export_then_import_round_trips(user_client, user, other_user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.move(application, tracking.stage_of_kind(user, StageKind.INTERVIEW), user=user)
    Contact.objects.create(
        application=application, name="Sam Reyes", email="sam@example.org", role="Recruiter"
    )
    Application.objects.filter(pk=application.pk).update(
        notes="=cmd|' /C calc'!A0", next_step="Call back"
    )
    exported = user_client.get(reverse("applications:csv_export"))
    text = b"".join([exported.content]).decode()
    assert text.splitlines()[0] == ",".join(csvfile.COLUMNS)
    assert "'=cmd" in text  # a formula is written as text
    user_client.force_login(other_user)
    response = _upload(user_client, text)
    assert response.status_code == 302
    copy = Application.objects.get(owner=other_user)
    assert (copy.company, copy.title, copy.stage.kind) == (job.company, job.title, "interview")
    assert copy.notes == "=cmd|' /C calc'!A0" and copy.next_step == "Call back"
    assert copy.applied_at is not None and copy.responded_at is not None
    assert list(copy.contacts.values_list("name", "email", "role")) == [
        ("Sam Reyes", "sam@example.org", "Recruiter")
    ]


def test_a_file_with_bad_rows_imports_nothing_and_lists_every_problem(user_client, user):
    text = (
        "company,title,stage,applied,match_score,contacts\n"
        "Good Co,Engineer,applied,2026-01-05,80,\n"
        "Bad Date,Engineer,applied,05/01/2026,80,\n"
        "Bad Stage,Engineer,hired,,,\n"
        ",,,,,\n"
        "Bad Score,Engineer,saved,,120,\n"
        "Bad Mail,Engineer,saved,,,Sam <not-an-email>\n"
    )
    response = _upload(user_client, text)
    page = response.content.decode()
    assert response.status_code == 200 and "Nothing was imported" in page
    for expected in ("Line 3", "Line 4", "Line 6", "Line 7", "hired", "120"):
        assert expected in page
    assert not Application.objects.filter(owner=user).exists()


@pytest.mark.parametrize(
    "data", [b"\xff\xfe\x00bad", b"just,some\nwords,here\n", b"company,title\n"]
)
def test_unreadable_or_empty_files_are_refused_clearly(user, data):
    with pytest.raises(csvfile.CSVImportError) as error:
        csvfile.import_csv(user, data)
    assert error.value.problems


def test_stage_names_the_user_chose_are_understood(user):
    stage = tracking.stage_of_kind(user, StageKind.SCREENING)
    stage.name = "Phone screen"
    stage.save()
    assert csvfile.import_csv(user, b"company,stage\nRenamed Co,Phone screen\nKind Co,offer\n") == 2
    kinds = dict(Application.objects.filter(owner=user).values_list("company", "stage__kind"))
    assert kinds == {"Renamed Co": "screening", "Kind Co": "offer"}


def test_the_account_data_download_includes_the_csv(user_client, user, resume, job):
    import io
    import zipfile

    tracking.track_job(user, job, resume=resume)
    response = user_client.post(reverse("account_data_export"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    text = archive.read("applications/applications.csv").decode()
    assert job.company in text and text.startswith("company,title,stage")


def test_nul_characters_are_dropped(user):
    assert csvfile.import_csv(user, b"company,title\nA\x00B,C\n") == 1
    assert Application.objects.get(owner=user).company == "AB"


@pytest.mark.parametrize(
    "data", [b"company\n" + b"x" * 200_000 + b"\n", b'company\n"open' + b"y" * 140_000]
)
def test_malformed_csv_is_a_message_not_a_crash(user_client, user, data):
    response = user_client.post(
        reverse("applications:csv_import"),
        {"file": SimpleUploadedFile("a.csv", data, content_type="text/csv")},
    )
    assert response.status_code == 200 and "Nothing was imported" in response.content.decode()
    assert not Application.objects.filter(owner=user).exists()
