import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    staff = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-admin-123")
    client.force_login(staff)
    return client


def test_staff_see_resumes_with_search_and_history(staff_client, resume, user):
    from resumeopt.resumes import ChangeReason, save_at

    save_at(resume, "basics/label", "Staff Engineer", user=user, reason=ChangeReason.EDIT)
    listing = staff_client.get(reverse("admin:resumeopt_resume_changelist"), {"q": "jane"})
    assert "Jane&#x27;s resume" in listing.content.decode()
    history = staff_client.get(reverse("admin:resumeopt_resume_history", args=[resume.pk]))
    page = history.content.decode()
    assert history.status_code == 200
    assert "edit" in page and "create" in page


def test_staff_see_users_with_their_resumes(staff_client, resume, user):
    page = staff_client.get(reverse("admin:auth_user_change", args=[user.pk])).content.decode()
    assert "Jane&#x27;s resume" in page
