"""Characters the database cannot store never reach it.

PostgreSQL refuses a NUL in text and jsonb, and half of a surrogate pair cannot be encoded as
UTF-8: JSON can carry both as escapes ("\\u0000", "\\ud800") and a CSV as a raw byte. Every
door that takes such text (uploads, the REST API, sockets, postings files) drops the NUL and
writes U+FFFD for the lone half, and keeps the rest of what was sent.
"""

from __future__ import annotations

import json

import pytest

from resumeopt.importers import import_bytes
from resumeopt.jsonlimits import loads_limited
from resumeopt.models import Resume
from resumeopt.tests.linkedin_archives import linkedin_files, make_zip

NUL_AND_HALF = '{"basics": {"name": "Ja\\u0000ne Doe \\ud800", "label": "Nurse \\ud83d\\ude00"}}'


def test_json_from_outside_keeps_its_text_without_what_cannot_be_stored():
    basics = loads_limited(NUL_AND_HALF)["basics"]
    assert basics["name"] == "Jane Doe \ufffd"
    assert basics["label"] == "Nurse \U0001f600"  # a whole pair is one character, kept


def test_a_json_resume_upload_with_escaped_nul_imports_clean():
    document = import_bytes(NUL_AND_HALF.encode(), "resume.json").document
    assert document["basics"]["name"] == "Jane Doe \ufffd"


def test_a_linkedin_export_with_a_nul_byte_imports_clean():
    files = linkedin_files("en")
    first_name = files["Profile.csv"].split(b"\n")[1].split(b",")[0]
    files["Profile.csv"] = files["Profile.csv"].replace(first_name, first_name + b"\x00", 1)
    document = import_bytes(make_zip(files), "export.zip").document
    assert "\\u0000" not in json.dumps(document)
    assert document["basics"]["name"].startswith(first_name.decode())


@pytest.mark.django_db
def test_the_api_saves_a_section_sent_with_nul_and_half_a_pair(api_client):
    client, resume = api_client
    body = '{"value": "Ja\\u0000ne \\udfff Doe"}'
    response = client.put(
        f"/api/resumes/{resume.pk}/sections/basics/name",
        body,
        content_type="application/json",
        HTTP_AUTHORIZATION=client.authorization,
    )
    assert response.status_code == 200, response.content
    assert Resume.objects.get(pk=resume.pk).content["basics"]["name"] == "Jane \ufffd Doe"


@pytest.mark.django_db
def test_an_api_body_nested_too_deep_is_a_400(api_client):
    client, resume = api_client
    response = client.put(
        f"/api/resumes/{resume.pk}/sections/basics/name",
        '{"value": ' + "[" * 100_000 + "]" * 100_000 + "}",
        content_type="application/json",
        HTTP_AUTHORIZATION=client.authorization,
    )
    assert response.status_code == 400
    assert response.json()["error"]


@pytest.fixture
def api_client(client, user, resume):
    from resumeopt.accounts.tokens import create_token

    client.authorization = f"Bearer {create_token(user, 'tests', 'read_write')[1]}"
    return client, resume
