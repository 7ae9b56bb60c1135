"""Rate limits on log-in, sign-up and imports: a clear
429 page, a toast for htmx, JSON for the API."""

import json
import re
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from resumeopt.models import Resume
from resumeopt.platform import ratelimits
from resumeopt.sections import form_prefix, unit_form

pytestmark = pytest.mark.django_db

WRONG = {"username": "jane", "password": "not-her-password"}
RIGHT = {"username": "jane", "password": "a-long-password-1"}


def signup_data(n: int) -> dict:
    return {
        "username": f"person{n}",
        "email": f"person{n}@example.com",
        "password1": "correct-horse-9",
        "password2": "correct-horse-9",
    }


def test_failed_log_ins_are_limited_per_username_and_address(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (3, 900)}
    for _ in range(3):
        assert client.post(reverse("login"), WRONG).status_code == 200
    response = client.post(reverse("login"), RIGHT)  # even the right password waits now
    assert response.status_code == 429
    page = response.content.decode()
    # A fixed window: the wait is what is left of the current 15 minutes.
    assert re.search(
        r"Too many failed log-in attempts\. Try again in (a minute|\d+ minutes?)\.", page
    )
    assert 0 < int(response["Retry-After"]) <= 900
    assert "_auth_user_id" not in client.session


def test_a_username_typed_in_other_case_or_with_spaces_counts_as_the_same(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (3, 900)}
    for typed in ["Jane", " jane", "JANE "]:
        client.post(reverse("login"), {**WRONG, "username": typed})
    assert client.post(reverse("login"), RIGHT).status_code == 429


def test_the_limit_is_per_address(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (2, 900)}
    for _ in range(2):
        client.post(reverse("login"), WRONG)
    assert client.post(reverse("login"), RIGHT).status_code == 429
    elsewhere = client.post(reverse("login"), RIGHT, REMOTE_ADDR="198.51.100.7")
    assert elsewhere.status_code == 302


def test_an_address_trying_many_usernames_is_limited(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login_ip": (4, 3600)}
    for n in range(4):
        client.post(reverse("login"), {"username": f"guess{n}", "password": "x"})
    response = client.post(reverse("login"), RIGHT)
    assert response.status_code == 429
    assert "from your network" in response.content.decode()


def test_a_successful_log_in_clears_the_failures(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (3, 900)}
    for _ in range(2):
        client.post(reverse("login"), WRONG)
    assert client.post(reverse("login"), RIGHT).status_code == 302
    client.post(reverse("logout"))
    for _ in range(2):
        client.post(reverse("login"), WRONG)
    assert client.post(reverse("login"), RIGHT).status_code == 302


def test_sign_ups_are_limited_per_address(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "signup": (2, 3600)}
    for n in range(2):
        assert client.post(reverse("signup"), signup_data(n)).status_code == 302
        client.post(reverse("logout"))
    response = client.post(reverse("signup"), signup_data(9))
    assert response.status_code == 429
    assert "Too many sign-up attempts from your network" in response.content.decode()
    assert not get_user_model().objects.filter(username="person9").exists()
    assert client.get(reverse("signup")).status_code == 200  # reading the form is not an attempt


def test_imports_are_limited_per_user(user_client, client, other_user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "uploads": (2, 3600)}
    text = {"text": "Jane Doe\n\nExperience\nEngineer at Acme, 2020 - 2023"}
    for _ in range(2):
        assert user_client.post(reverse("resume_import"), text).status_code == 200
    upload = SimpleUploadedFile("cv.txt", b"Jane Doe\nEngineer", content_type="text/plain")
    response = user_client.post(reverse("resume_import"), {"file": upload})
    assert response.status_code == 429
    assert "You have reached the limit on uploads" in response.content.decode()
    # Another user has their own allowance.
    client.force_login(other_user)
    assert client.post(reverse("resume_import"), text).status_code == 200
    assert not Resume.objects.exists()  # nothing was saved by a refused import


def test_htmx_requests_get_a_toast_instead_of_a_page(user_client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "uploads": (1, 3600)}
    text = {"text": "Jane Doe\nEngineer"}
    user_client.post(reverse("resume_import"), text)
    response = user_client.post(reverse("resume_import"), text, HTTP_HX_REQUEST="true")
    assert response.status_code == 429
    toast = json.loads(response["HX-Trigger"])["toast"]["messages"][0]
    assert toast["level"] == "error"
    assert toast["message"].startswith(
        "You have reached the limit on uploads and imports for now. Try again in"
    )
    assert "<html" not in response.content.decode()


def test_api_requests_get_json(user_client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "uploads": (1, 3600)}
    text = {"text": "Jane Doe\nEngineer"}
    user_client.post(reverse("resume_import"), text)
    response = user_client.post(reverse("resume_import"), text, HTTP_ACCEPT="application/json")
    assert response.status_code == 429
    assert response.json()["error"].startswith("You have reached the limit on uploads")


def test_the_decorator_limits_any_view_it_wraps(rf, user, settings):
    """What jobs/ and exports/ apply to their upload views."""
    from django.http import HttpResponse

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "uploads": (2, 60)}

    @ratelimits.rate_limit("uploads")
    def upload(request):
        return HttpResponse("stored")

    def post():
        request = rf.post("/upload/")
        request.user = user
        return upload(request)

    assert [post().status_code for _ in range(3)] == [200, 200, 429]
    read = rf.get("/upload/")
    read.user = user
    assert upload(read).status_code == 200  # only the listed methods count


def test_counts_start_again_in_the_next_window(user, settings, monkeypatch):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "uploads": (1, 60)}
    clock = [1_000_040.0]  # 20 seconds into a minute
    monkeypatch.setattr(ratelimits.time, "time", lambda: clock[0])
    assert ratelimits.hit("uploads", "user:1").allowed
    refused = ratelimits.hit("uploads", "user:1")
    assert not refused.allowed and refused.retry_after == 40
    clock[0] += 40
    assert ratelimits.hit("uploads", "user:1").allowed


def test_a_dead_cache_keeps_limiting_by_counting_in_the_database(client, user, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (2, 900)}
    assert client.post(reverse("login"), WRONG).status_code == 200
    assert client.post(reverse("login"), WRONG).status_code == 200
    assert client.post(reverse("login"), RIGHT).status_code == 429
    elsewhere = client.post(reverse("login"), RIGHT, REMOTE_ADDR="198.51.100.7")
    assert elsewhere.status_code == 302  # the right person elsewhere still gets in


@pytest.mark.services  # SQLite's shared in-memory test database refuses concurrent writers
@pytest.mark.django_db(transaction=True)
def test_parallel_wrong_passwords_cannot_pass_the_limit(user, settings):
    """Each attempt is counted before its password is checked, so a burst gets no extra guesses."""
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (5, 900), "login_ip": (1000, 3600)}

    def attempt(_):
        try:
            return Client().post(reverse("login"), WRONG).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(attempt, range(24)))
    assert statuses.count(200) == 5 and statuses.count(429) == 19


def test_the_admin_log_in_is_limited_like_the_site_log_in(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (2, 900)}
    for _ in range(2):
        assert client.post("/admin/login/", WRONG).status_code == 200
    assert client.post("/admin/login/", RIGHT).status_code == 429
    assert client.post(reverse("login"), RIGHT).status_code == 429  # one count for both doors


def test_password_reset_requests_are_limited_per_address(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "password_reset": (3, 3600)}
    for _ in range(3):
        assert client.post(reverse("password_reset"), {"email": user.email}).status_code == 302
    refused = client.post(reverse("password_reset"), {"email": user.email})
    assert refused.status_code == 429
    assert "Too many password reset requests" in refused.content.decode()
    assert len(mail.outbox) == 3


def test_many_addresses_failing_on_one_account_pause_it_and_tell_the_owner(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login_account": (3, 3600)}
    for n in range(3):
        client.post(reverse("login"), WRONG, REMOTE_ADDR=f"203.0.113.{n}")
    for n in range(3, 5):
        refused = client.post(reverse("login"), RIGHT, REMOTE_ADDR=f"203.0.113.{n}")
        assert refused.status_code == 429
        assert "Log-ins to this account are paused" in refused.content.decode()
    assert [message.to for message in mail.outbox] == [[user.email]]  # once, not per attempt
    assert "more than 3 times" in mail.outbox[0].body


def test_the_pause_tells_a_guesser_nothing_about_which_accounts_exist(client, user, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login_account": (2, 3600)}
    for n in range(3):
        response = client.post(
            reverse("login"), {"username": "nobody", "password": "x"}, REMOTE_ADDR=f"203.0.113.{n}"
        )
    assert response.status_code == 429
    assert "Log-ins to this account are paused" in response.content.decode()
    assert mail.outbox == []


def test_a_session_unused_past_the_idle_limit_is_logged_out(user_client, settings):
    settings.SESSION_IDLE_SECONDS = 3600
    assert user_client.get(reverse("dashboard")).status_code == 200
    session = user_client.session
    session["last_seen"] = int(time.time()) - 3601
    session.save()
    response = user_client.get(reverse("dashboard"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert "_auth_user_id" not in user_client.session


def test_a_session_in_use_stays_logged_in(user_client, settings):
    settings.SESSION_IDLE_SECONDS = 3600
    session = user_client.session
    session["last_seen"] = int(time.time()) - 3000
    session.save()
    assert user_client.get(reverse("dashboard")).status_code == 200
    assert user_client.get(reverse("dashboard")).status_code == 200


def test_saved_edits_are_limited_per_user_and_nothing_changes_past_the_limit(
    user_client, resume, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "edits": (1, 3600)}
    edit = reverse("unit_edit", args=[resume.pk, "work/0"])

    def typed(position: str) -> dict:
        form = unit_form("work", resume.content["work"][0])
        prefix = form_prefix("work/0")
        data = {f"{prefix}-{k}": v for k, v in form.initial.items() if v is not None}
        data[f"{prefix}-position"] = position
        return {**data, "base": "", "revision": str(resume.revision)}

    assert user_client.post(edit, typed("Staff Engineer")).status_code in (200, 302)
    resume.refresh_from_db()
    assert resume.content["work"][0]["position"] == "Staff Engineer"

    refused = user_client.post(edit, typed("Principal Engineer"))
    assert refused.status_code == 429
    assert "limit of 1 saved changes" in refused.content.decode()
    resume.refresh_from_db()
    assert resume.content["work"][0]["position"] == "Staff Engineer"
