"""The REST API: token auth and scopes, owner scoping, JSON errors, pagination, the schema."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile

from conversations.models import Conversation, Proposal
from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from resumeopt.accounts.models import PersonalAccessToken
from resumeopt.models import AuditEntry, Resume
from resumeopt.resumes import create_resume
from resumeopt.tests.linkedin_archives import make_linkedin_zip
from versions import history

pytestmark = pytest.mark.django_db

POSTING = "Platform Engineer at Fabrikam\nRequirements\n- Python and Kubernetes, 3+ years."


def _job(owner, text=POSTING):
    return JobDescription.objects.create(
        owner=owner,
        title="Platform Engineer",
        company="Fabrikam",
        source_text=text,
        requirements=extract_requirements(text).to_dict(),
    )


def test_without_a_token_every_route_is_401(client, resume):
    for url in ("/api/resumes", f"/api/resumes/{resume.pk}", "/api/jobs"):
        response = client.get(url)
        assert response.status_code == 401
        assert "Bearer" in response.json()["error"]


def test_a_logged_in_session_is_not_enough(user_client, resume):
    assert user_client.get(f"/api/resumes/{resume.pk}").status_code == 401


def test_revoked_and_expired_tokens_are_401(api, user, resume):
    token = PersonalAccessToken.objects.get  # noqa: F841 - readability below
    from resumeopt.accounts.tokens import create_token, revoke_token

    revoked, secret = create_token(user, "gone", "read")
    revoke_token(revoked)
    assert api(secret).get("/api/resumes").status_code == 401
    assert api("ropat_made-up").get("/api/resumes").status_code == 401


def test_list_resumes_is_paginated_and_only_mine(api, write_token, user, resume, other_resume):
    for number in range(55):
        create_resume(user, f"Copy {number}")
    first = api(write_token).get("/api/resumes").json()
    assert first["count"] == 56 and len(first["items"]) == 50
    second = api(write_token).get("/api/resumes", {"page": 2}).json()
    ids = {item["id"] for item in first["items"] + second["items"]}
    assert resume.pk in ids and other_resume.pk not in ids and len(ids) == 56


def test_read_a_resume_and_a_section(api, read_token, resume):
    body = api(read_token).get(f"/api/resumes/{resume.pk}").json()
    assert body["document"] == resume.content and body["revision"] == resume.revision
    section = api(read_token).get(f"/api/resumes/{resume.pk}/sections/work/0").json()
    assert section["value"] == resume.content["work"][0]
    missing = api(read_token).get(f"/api/resumes/{resume.pk}/sections/work/99")
    assert missing.status_code == 404 and "work/99" in missing.json()["error"]


def test_a_read_token_cannot_change_anything(api, read_token, resume):
    url = f"/api/resumes/{resume.pk}/sections/basics/label"
    response = api(read_token).put(url, {"value": "Changed"})
    assert response.status_code == 403 and "read-only" in response.json()["error"]
    resume.refresh_from_db()
    assert resume.content["basics"]["label"] != "Changed"


def test_writing_a_section_saves_an_edit_in_history(api, write_token, resume):
    url = f"/api/resumes/{resume.pk}/sections/basics/label"
    response = api(write_token).put(url, {"value": "Staff Engineer"})
    assert response.status_code == 200 and response.json()["value"] == "Staff Engineer"
    resume.refresh_from_db()
    assert resume.content["basics"]["label"] == "Staff Engineer"
    assert resume.history.first().history_change_reason == "edit"


def test_a_stale_revision_is_a_409_and_saves_nothing(api, write_token, resume):
    url = f"/api/resumes/{resume.pk}/sections/basics/label"
    response = api(write_token).put(url, {"value": "X", "expected_revision": resume.revision - 1})
    assert response.status_code == 409 and response.json()["error"]


def test_an_invalid_value_is_a_400_with_the_reason(api, write_token, resume):
    url = f"/api/resumes/{resume.pk}/sections/work/0/startDate"
    response = api(write_token).put(url, {"value": "next spring"})
    assert response.status_code == 400 and "Not saved" in response.json()["error"]


def test_bad_json_is_a_422_with_detail(api, write_token, resume):
    url = f"/api/resumes/{resume.pk}/sections/basics/label"
    response = api(write_token).put(url, {"wrong": 1})
    assert response.status_code == 422 and response.json()["detail"]


def test_create_and_import_resumes(api, write_token, user):
    created = api(write_token).post("/api/resumes", {"title": "From a script"})
    assert created.status_code == 201
    assert Resume.objects.get(pk=created.json()["id"]).owner == user
    upload = SimpleUploadedFile("export.zip", make_linkedin_zip("en"))
    imported = api(write_token).post("/api/resumes/import", {"file": upload})
    assert imported.status_code == 201, imported.content
    body = imported.json()
    assert body["document"]["basics"]["name"] == "Priya Raman" and body["warnings"]
    assert Resume.objects.get(pk=body["id"]).history.first().history_change_reason == "import"
    bad = api(write_token).post(
        "/api/resumes/import", {"file": SimpleUploadedFile("x.pdf", b"not a pdf")}
    )
    assert bad.status_code == 400 and "PDF" in bad.json()["error"]


def test_analysis_match_and_rank(api, read_token, write_token, user, resume):
    report = api(read_token).get(f"/api/resumes/{resume.pk}/analysis").json()
    assert 0 <= report["score"] <= 100 and "findings" in report
    job = _job(user)
    match = api(read_token).get(f"/api/jobs/{job.pk}/match", {"resume": resume.pk}).json()
    assert 0 <= match["score"] <= 100
    other = _job(user, "Chef at Bistro\nRequirements\n- Knife skills and French cuisine.")
    ranked = (
        api(write_token)
        .post("/api/jobs/rank", {"resume": resume.pk, "jobs": [other.pk, job.pk]})
        .json()
    )
    assert [row["job"] for row in ranked["ranking"]][0] == job.pk


def test_add_a_posting(api, write_token, user):
    response = api(write_token).post("/api/jobs", {"text": POSTING})
    assert response.status_code == 201
    job = JobDescription.objects.get(pk=response.json()["id"], owner=user)
    assert "Kubernetes" in str(job.requirements)
    listed = api(write_token).get("/api/jobs").json()
    assert [item["id"] for item in listed["items"]] == [job.pk]


def test_versions_history_compare_and_export(api, read_token, user, resume):
    from resumeopt.resumes import save_at

    save_at(resume, "basics/label", "Principal Engineer", user=user, reason="edit")
    record = history.records(resume)[1]
    history.name_version(resume, record, owner=user, name="Before the change")
    versions = api(read_token).get(f"/api/resumes/{resume.pk}/versions").json()
    assert versions["items"][0]["name"] == "Before the change"
    records = api(read_token).get(f"/api/resumes/{resume.pk}/history").json()
    assert records["count"] == 2
    compared = (
        api(read_token)
        .get(f"/api/resumes/{resume.pk}/compare", {"a": record.history_id, "b": "current"})
        .json()
    )
    assert "Principal Engineer" in str(compared)
    exported = api(read_token).get(f"/api/resumes/{resume.pk}/export", {"format": "md"})
    assert exported.status_code == 200 and b"Principal Engineer" in exported.content
    unknown = api(read_token).get(f"/api/resumes/{resume.pk}/export", {"format": "exe"})
    assert unknown.status_code == 400


def test_chat_endpoints_under_the_api_keep_their_shapes(api, write_token, user, resume):
    started = api(write_token).post("/api/conversations", {"resume": resume.pk, "path": "work/0"})
    assert started.status_code == 201
    conversation = started.json()
    assert set(conversation) == {"id", "resume", "path", "target_job", "updated_at"}
    messages = api(write_token).get(f"/api/conversations/{conversation['id']}/messages").json()
    assert messages == {"messages": []}
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        conversation=Conversation.objects.get(pk=conversation["id"]),
        path="work/0/highlights/0",
        original=resume.content["work"][0]["highlights"][0],
        replacement="Led the platform team.",
    )
    listed = api(write_token).get(f"/api/conversations/{conversation['id']}/proposals").json()
    assert listed["proposals"][0]["id"] == proposal.pk
    applied = api(write_token).post(f"/api/proposals/{proposal.pk}/apply", {})
    assert applied.status_code == 200 and applied.json()["status"] == "applied"
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][0] == "Led the platform team."
    undone = api(write_token).post(f"/api/proposals/{proposal.pk}/undo", {})
    assert undone.status_code == 200 and undone.json()["status"] == "undone"
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][0] == proposal.original
    again = api(write_token).post(f"/api/proposals/{proposal.pk}/undo", {})
    assert again.status_code == 409 and again.json()["error"]


def test_every_use_is_audited(api, read_token, user, resume):
    api(read_token).get(f"/api/resumes/{resume.pk}")
    api(read_token).get("/api/resumes")
    assert AuditEntry.objects.filter(user=user, action="token.use").count() == 2


def test_requests_past_the_rate_limit_are_429(api, read_token, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "api": (2, 3600)}
    assert api(read_token).get("/api/resumes").status_code == 200
    assert api(read_token).get("/api/resumes").status_code == 200
    refused = api(read_token).get("/api/resumes")
    assert refused.status_code == 429 and refused["Retry-After"] and refused.json()["error"]


def test_the_schema_and_docs_are_served(client):
    schema = client.get("/api/schema").json()
    assert schema["info"]["title"] == "ResumeOpt API"
    assert "/api/resumes/{pk}/sections/{path}" in schema["paths"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and b"swagger" in docs.content


def test_the_docs_page_loads_the_swagger_ui_from_this_site(client):
    """Not from a CDN, which the Content-Security-Policy (script-src 'self') refuses."""
    docs = client.get("/api/docs").content.decode()
    scripts = re.findall(r'<script src="([^"]+)"', docs)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    for src in scripts:
        assert finders.find(src.removeprefix("/static/")), src


def test_track_list_read_and_move_an_application(api, read_token, write_token, user, resume):
    job = _job(user)
    tracked = api(write_token).post("/api/applications", {"job": job.pk, "resume": resume.pk})
    assert tracked.status_code == 201, tracked.content
    application = tracked.json()
    assert application["job"] == job.pk and application["stage_kind"] == "saved"
    again = api(write_token).post("/api/applications", {"job": job.pk})
    assert again.status_code == 200 and again.json()["id"] == application["id"]
    listed = api(read_token).get("/api/applications").json()
    assert [item["id"] for item in listed["items"]] == [application["id"]]
    stages = api(read_token).get("/api/applications/stages").json()
    applied = next(stage for stage in stages if stage["kind"] == "applied")
    moved = api(write_token).post(
        f"/api/applications/{application['id']}/move", {"stage": applied["id"]}
    )
    assert moved.status_code == 200 and moved.json()["stage_kind"] == "applied"
    assert moved.json()["applied_at"] is not None
    assert (
        api(read_token)
        .post(f"/api/applications/{application['id']}/move", {"stage": applied["id"]})
        .status_code
        == 403
    )


def test_writes_and_exports_have_their_own_hourly_limits(api, write_token, resume, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "edits": (1, 3600), "exports": (1, 3600)}
    url = f"/api/resumes/{resume.pk}/sections/basics/label"
    assert api(write_token).put(url, {"value": "Staff Engineer"}).status_code == 200
    refused = api(write_token).put(url, {"value": "Principal Engineer"})
    assert refused.status_code == 429 and "saved changes" in refused.json()["error"]
    resume.refresh_from_db()
    assert resume.content["basics"]["label"] == "Staff Engineer"

    export = f"/api/resumes/{resume.pk}/export"
    assert api(write_token).get(export, {"format": "md"}).status_code == 200
    again = api(write_token).get(export, {"format": "md"})
    assert again.status_code == 429 and "exported files" in again.json()["error"]
