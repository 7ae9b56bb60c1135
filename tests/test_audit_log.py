"""The audit log records who did what, when and from where, and never what a resume says."""

import pytest
from django.apps import apps
from django.contrib.admin.sites import site
from django.core.files.base import ContentFile
from django.urls import reverse

from resumeopt import resumes
from resumeopt.models import AuditEntry, Resume
from resumeopt.tests.section_forms import section_form_data

pytestmark = pytest.mark.django_db
Action = AuditEntry.Action
BROWSER = {"HTTP_USER_AGENT": "Firefox/140 (audit test)", "REMOTE_ADDR": "203.0.113.9"}


def actions(**filters) -> list[str]:
    return list(
        AuditEntry.objects.filter(**filters).order_by("pk").values_list("action", flat=True)
    )


def last(action: str) -> AuditEntry:
    return AuditEntry.objects.filter(action=action).latest("pk")


# Accounts ----------------------------------------------------------------------------------


def test_log_in_and_log_out_are_recorded_with_address_and_browser(client, user):
    client.post(reverse("login"), {"username": "jane", "password": "a-long-password-1"}, **BROWSER)
    client.post(reverse("logout"), **BROWSER)
    assert actions(user=user) == [Action.LOGIN, Action.LOGOUT]
    entry = last(Action.LOGIN)
    assert (entry.username, entry.ip_address, entry.user_agent) == (
        "jane",
        "203.0.113.9",
        "Firefox/140 (audit test)",
    )


def test_a_server_on_a_unix_socket_records_no_address(client, user):
    response = client.post(
        reverse("login"), {"username": "jane", "password": "a-long-password-1"}, REMOTE_ADDR=""
    )
    assert response.status_code == 302
    assert last(Action.LOGIN).ip_address is None


def test_a_failed_log_in_is_recorded_against_the_account_tried(client, user):
    client.post(reverse("login"), {"username": "jane", "password": "guess"}, **BROWSER)
    entry = last(Action.LOGIN_FAILED)
    assert (entry.user, entry.username, entry.ip_address) == (user, "jane", "203.0.113.9")


def test_a_failed_log_in_for_no_such_account_keeps_the_name_given(client):
    client.post(reverse("login"), {"username": "nobody", "password": "guess"})
    entry = last(Action.LOGIN_FAILED)
    assert (entry.user, entry.username) == (None, "nobody")


def test_sign_up_is_recorded(client):
    client.post(
        reverse("signup"),
        {
            "username": "sam",
            "email": "sam@example.com",
            "password1": "correct-horse-9",
            "password2": "correct-horse-9",
        },
        **BROWSER,
    )
    assert actions(username="sam") == [Action.SIGNUP, Action.LOGIN]


# Resumes -----------------------------------------------------------------------------------


def test_creating_a_resume_is_recorded(user, sample_document):
    resume = resumes.create_resume(user, "Mine", sample_document)
    entry = last(Action.RESUME_CREATE)
    assert (entry.user, entry.object_type, entry.object_id) == (user, "resume", str(resume.pk))


def test_a_duplicate_is_recorded_as_a_copy_without_its_title(user, resume):
    copy = resumes.duplicate_resume(resume, user=user)
    entry = last(Action.RESUME_CREATE)
    assert (entry.object_id, entry.detail) == (str(copy.pk), "copy")


def test_editing_a_section_is_recorded_with_who_and_where(user_client, user, resume):
    data = section_form_data(resume, "work/0", position="Staff Engineer")
    user_client.post(reverse("unit_edit", args=[resume.pk, "work/0"]), data, **BROWSER)
    entry = last(Action.RESUME_EDIT)
    assert (entry.user, entry.object_id, entry.ip_address, entry.user_agent) == (
        user,
        str(resume.pk),
        "203.0.113.9",
        "Firefox/140 (audit test)",
    )


def test_an_import_is_recorded(user_client, user):
    response = user_client.post(reverse("resume_import"), {"text": "Jane Doe\nEngineer at Acme"})
    payload = response.context["payload"]
    user_client.post(reverse("resume_import_confirm"), {"payload": payload}, **BROWSER)
    imported = Resume.objects.get(owner=user)
    entry = last(Action.RESUME_IMPORT)
    assert (entry.object_id, entry.ip_address) == (str(imported.pk), "203.0.113.9")


def test_an_applied_suggestion_is_recorded(user, resume):
    from optimizer.suggestions import apply_suggestion, suggest

    suggestion = suggest(resume.content)[0]
    apply_suggestion(resume, suggestion, user=user)
    assert last(Action.RESUME_SUGGESTION).object_id == str(resume.pk)


def test_an_applied_ai_suggestion_is_recorded(user, resume):
    from conversations.models import Proposal
    from conversations.proposals import apply_proposal

    original = resume.content["work"][0]["highlights"][0]
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        path="work/0/highlights/0",
        original=original,
        replacement="Led the migration of 40 services to Kubernetes",
    )
    apply_proposal(proposal, user=user)
    assert last(Action.RESUME_AI_SUGGESTION).user == user


def test_restore_merge_undo_and_redo_are_recorded(user, resume):
    from versions import history

    first = resume.history.last()
    resumes.save_at(resume, "basics/label", "Platform lead", user=user, reason="edit")
    history.restore(resume, first, user=user, expected_revision=resume.revision)
    resumes.save_at(resume, "basics/label", "Staff engineer", user=user, reason="edit")
    history.merge(resume, first, ["basics"], user=user, expected_revision=resume.revision)
    history.undo(resume, user=user)
    history.redo(resume, user=user)
    assert actions(object_type="resume") == [
        Action.RESUME_CREATE,
        Action.RESUME_EDIT,
        Action.RESUME_RESTORE,
        Action.RESUME_EDIT,
        Action.RESUME_MERGE,
        Action.RESUME_UNDO,
        Action.RESUME_REDO,
    ]


def test_renaming_and_deleting_a_resume_are_recorded(user_client, user, resume):
    user_client.post(reverse("resume_rename", args=[resume.pk]), {"title": "New title"})
    user_client.post(reverse("resume_delete", args=[resume.pk]), **BROWSER)
    assert actions(object_id=str(resume.pk))[-2:] == [Action.RESUME_RENAME, Action.RESUME_DELETE]
    entry = last(Action.RESUME_DELETE)
    assert (entry.user, entry.ip_address) == (user, "203.0.113.9")


def test_deleting_a_resume_deletes_its_history(user_client, resume):
    """What the user deleted must not stay behind in history records."""
    user_client.post(reverse("resume_delete", args=[resume.pk]))
    assert not Resume.history.model.objects.filter(id=resume.pk).exists()


# Other apps' records, through signals --------------------------------------------------------


def test_exports_are_recorded_when_made_and_deleted(user, resume):
    Export = apps.get_model("exports", "Export")
    export = Export(
        owner=user, resume=resume, source_label="Current state", format="pdf", filename="cv.pdf"
    )
    export.file.save("cv.pdf", ContentFile(b"%PDF-1.4"), save=False)
    export.save()
    entry = last(Action.EXPORT_CREATE)
    assert (entry.user, entry.object_type, entry.object_id, entry.detail) == (
        user,
        "export",
        str(export.pk),
        "pdf",
    )
    export.delete()
    assert last(Action.EXPORT_DELETE).object_id == str(entry.object_id)


def test_job_postings_are_recorded_when_added_and_deleted(user_client, user):
    JobDescription = apps.get_model("jobs", "JobDescription")
    posting = JobDescription.objects.create(owner=user, title="Engineer", source_text="Python")
    assert last(Action.JOB_CREATE).object_id == str(posting.pk)
    user_client.post(reverse("jobs:delete", args=[posting.pk]), **BROWSER)
    entry = last(Action.JOB_DELETE)
    assert (entry.object_id, entry.user, entry.ip_address) == (str(posting.pk), user, "203.0.113.9")


def test_postings_uploaded_together_are_recorded_once_as_their_batch(user):
    RankingBatch = apps.get_model("jobs", "RankingBatch")
    JobDescription = apps.get_model("jobs", "JobDescription")
    batch = RankingBatch.objects.create(owner=user, name="Spring applications")
    for n in range(3):
        JobDescription.objects.create(owner=user, batch=batch, title=f"Job {n}", source_text="x")
    assert actions(user=user) == [Action.JOB_BATCH_CREATE]
    batch.delete()
    assert actions(user=user) == [Action.JOB_BATCH_CREATE, Action.JOB_BATCH_DELETE]


def test_named_versions_are_recorded(user, resume):
    Version = apps.get_model("versions", "Version")
    version = Version.objects.create(
        owner=user, resume=resume, record=resume.history.first(), name="Sent to Acme"
    )
    pk = str(version.pk)
    assert last(Action.VERSION_CREATE).object_id == pk
    version.delete()
    assert last(Action.VERSION_DELETE).object_id == pk


# What the log holds and who sees it -----------------------------------------------------------


def strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return [value] if isinstance(value, str) else []


def test_no_resume_content_ends_up_in_the_log(user_client, user, resume, sample_document):
    from versions import history

    data = section_form_data(resume, "work/0", position="Secret Staff Engineer Title")
    user_client.post(reverse("unit_edit", args=[resume.pk, "work/0"]), data)
    history.undo(resume, user=user)
    resumes.duplicate_resume(resume, user=user)
    resumes.rename_resume(resume, "Application for Initech Corp", user=user)
    assert AuditEntry.objects.count() >= 4
    content = {s for s in strings(sample_document) if len(s) >= 4}
    content |= {"Secret Staff Engineer Title", "Jane's resume", "Application for Initech Corp"}
    for entry in AuditEntry.objects.all():
        for field in ("username", "object_type", "object_id", "detail", "user_agent"):
            value = getattr(entry, field)
            leaked = [
                text
                for text in content
                if text in value or (value and value in text and len(value) > 8)
            ]
            assert not leaked, f"{entry.action} {field} holds resume text: {leaked}"


def test_staff_read_the_log_in_the_admin_but_cannot_change_it(client, django_user_model, user):
    client.post(reverse("login"), {"username": "jane", "password": "nope"})
    staff = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-admin-123")
    client.force_login(staff)
    changelist = reverse("admin:resumeopt_auditentry_changelist")
    page = client.get(changelist, {"q": "jane", "action__exact": "login_failed"})
    assert page.status_code == 200 and "Failed log-in" in page.content.decode()
    entry = last(Action.LOGIN_FAILED)
    detail = client.get(reverse("admin:resumeopt_auditentry_change", args=[entry.pk]))
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()  # a view, not a form
    model_admin = site.get_model_admin(AuditEntry)
    request = detail.wsgi_request
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, entry)
    assert not model_admin.has_delete_permission(request, entry)


def test_people_who_are_not_staff_never_see_the_log(user_client):
    response = user_client.get(reverse("admin:resumeopt_auditentry_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
