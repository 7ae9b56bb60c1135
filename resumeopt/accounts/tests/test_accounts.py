import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_sign_up_creates_the_account_and_logs_in(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "sam",
            "email": "sam@example.com",
            "password1": "correct-horse-9",
            "password2": "correct-horse-9",
        },
    )
    assert response.status_code == 302 and response["Location"] == reverse("dashboard")
    assert get_user_model().objects.filter(username="sam").exists()
    assert client.get(reverse("dashboard")).status_code == 200


def test_sign_up_with_a_taken_email_reveals_nothing_and_tells_the_address(client, user, mailoutbox):
    form = {
        "email": "JANE@example.com",
        "password1": "correct-horse-9",
        "password2": "correct-horse-9",
    }
    taken = client.post(reverse("signup"), {**form, "username": "other"})
    client.post(reverse("logout"))
    fresh = client.post(
        reverse("signup"), {**form, "username": "third", "email": "new@example.com"}
    )
    # The page answers the same for a used and an unused address: no account is revealed.
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    # The address's owner hears of it, with the accounts it holds; the fresh address does not.
    assert [message.to for message in mailoutbox] == [["JANE@example.com"]]
    assert "jane" in mailoutbox[0].body and '"other"' in mailoutbox[0].body


def test_login_and_logout(client, user):
    response = client.post(reverse("login"), {"username": "jane", "password": "a-long-password-1"})
    assert response["Location"] == reverse("dashboard")
    client.post(reverse("logout"))
    assert client.get(reverse("dashboard")).status_code == 302


def test_password_reset_sends_a_link(client, user):
    client.post(reverse("password_reset"), {"email": "jane@example.com"})
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


def test_password_change(user_client, user):
    response = user_client.post(
        reverse("password_change"),
        {
            "old_password": "a-long-password-1",
            "new_password1": "another-long-pass-7",
            "new_password2": "another-long-pass-7",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-long-pass-7")
