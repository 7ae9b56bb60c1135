import pytest
from django.urls import reverse

from applications import tracking

pytestmark = pytest.mark.django_db


def test_staff_see_applications_with_their_timeline(client, django_user_model, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.add_note(application, "Phone screen booked")
    staff = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-admin-123")
    client.force_login(staff)
    listing = client.get(reverse("admin:applications_application_changelist"), {"q": job.company})
    assert job.company in listing.content.decode()
    page = client.get(reverse("admin:applications_application_change", args=[application.pk]))
    assert "Phone screen booked" in page.content.decode()
