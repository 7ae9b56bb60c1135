"""People for browser tests: a user the live server can log in, and the log-in itself."""

from __future__ import annotations

from playwright.sync_api import expect

PASSWORD = "a-long-password-7"


def make_user(django_user_model, username: str):
    """A user the live server can log in: the tests' fast MD5 hasher is not the server's."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    hasher = PBKDF2PasswordHasher()
    user = django_user_model.objects.create_user(username, f"{username}@example.com")
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    return user


def log_in(page, username: str) -> None:
    """Log in through the form, as a person would, and wait for the resume list."""
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()
