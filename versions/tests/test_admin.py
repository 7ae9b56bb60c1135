"""Staff see a resume's history and its named versions in the admin; others do not."""

import pytest
from django.urls import reverse

from resumeopt.resumes import ChangeReason, save_at
from versions import history

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    staff = django_user_model.objects.create_superuser(
        "ada", "ada@example.com", "a-long-password-3"
    )
    client.force_login(staff)
    return client


def test_staff_see_a_resumes_history_and_versions(staff_client, user, resume):
    save_at(resume, "basics/label", "Chief Engineer", user=user, reason=ChangeReason.AI_SUGGESTION)
    history.name_version(resume, history.records(resume).last(), owner=user, name="Sent to Acme")
    change = staff_client.get(reverse("admin:resumeopt_resume_change", args=[resume.pk]))
    assert change.status_code == 200 and "Sent to Acme" in change.content.decode()
    page = staff_client.get(reverse("admin:resumeopt_resume_history", args=[resume.pk]))
    assert page.status_code == 200
    assert "AI suggestion" in page.content.decode() and "jane" in page.content.decode()
    versions = staff_client.get(reverse("admin:versions_version_changelist")).content.decode()
    assert "Sent to Acme" in versions
    assert reverse("admin:resumeopt_resume_history", args=[resume.pk]) in versions


def test_the_admin_is_for_staff_only(user_client, resume):
    response = user_client.get(reverse("admin:versions_version_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
