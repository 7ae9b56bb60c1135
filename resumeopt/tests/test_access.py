"""Every page needs a login, and another user's resume is a 404."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC = ["landing", "login", "signup", "password_reset"]

# (url name, kwargs builder, method) for every resume-scoped URL of this app.
RESUME_URLS = [
    ("resume_detail", lambda r: {"pk": r.pk}, "get"),
    ("resume_rename", lambda r: {"pk": r.pk}, "get"),
    ("resume_rename", lambda r: {"pk": r.pk}, "post"),
    ("resume_duplicate", lambda r: {"pk": r.pk}, "post"),
    ("resume_delete", lambda r: {"pk": r.pk}, "get"),
    ("resume_delete", lambda r: {"pk": r.pk}, "post"),
    ("unsorted_dismiss", lambda r: {"pk": r.pk}, "post"),
    ("unit_new", lambda r: {"pk": r.pk, "section": "work"}, "get"),
    ("unit_display", lambda r: {"pk": r.pk, "path": "work/0"}, "get"),
    ("unit_edit", lambda r: {"pk": r.pk, "path": "work/0"}, "get"),
    ("unit_edit", lambda r: {"pk": r.pk, "path": "basics"}, "post"),
    ("unit_delete", lambda r: {"pk": r.pk, "path": "work/0"}, "post"),
    ("unit_move", lambda r: {"pk": r.pk, "path": "work/0", "direction": "down"}, "post"),
]
PRIVATE_PAGES = ["dashboard", "resume_import", "account", "password_change"]


@pytest.mark.parametrize("name", PUBLIC)
def test_public_pages_open_without_login(client, name):
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", PRIVATE_PAGES)
def test_private_pages_redirect_anonymous_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "kwargs", "method"), RESUME_URLS)
def test_resume_urls_redirect_anonymous_to_login(client, resume, name, kwargs, method):
    response = getattr(client, method)(reverse(name, kwargs=kwargs(resume)))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "kwargs", "method"), RESUME_URLS)
def test_other_users_resume_is_404(user_client, other_resume, name, kwargs, method):
    before = other_resume.content
    response = getattr(user_client, method)(reverse(name, kwargs=kwargs(other_resume)))
    assert response.status_code == 404
    other_resume.refresh_from_db()
    assert other_resume.content == before


def test_import_into_other_users_resume_is_404(user_client, other_resume):
    assert user_client.get(reverse("resume_import"), {"into": other_resume.pk}).status_code == 404


def test_dashboard_lists_only_own_resumes(user_client, resume, other_resume):
    page = user_client.get(reverse("dashboard")).content.decode()
    assert "Jane&#x27;s resume" in page
    assert "Mallory" not in page


def test_other_users_job_progress_is_404(user_client, other_user):
    from resumeopt.models import BackgroundJob

    job = BackgroundJob.objects.create(owner=other_user, kind="test", label="Theirs")
    assert user_client.get(reverse("job_progress", args=[job.pk])).status_code == 404
    assert user_client.post(reverse("job_cancel", args=[job.pk])).status_code == 404


def test_the_site_icon_is_where_browsers_look_for_it_without_login(client):
    from django.templatetags.static import static

    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == static("favicon.svg")
