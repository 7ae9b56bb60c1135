"""Personal access tokens: made on the account page,
shown once, stored hashed, revocable, audited."""

import re
from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from resumeopt.accounts import tokens
from resumeopt.accounts.models import PersonalAccessToken
from resumeopt.models import AuditEntry

pytestmark = pytest.mark.django_db


def _create(client, **data) -> tuple:
    response = client.post(
        reverse("token_create"), {"name": "CI script", "scope": "read", "expires_in": "30", **data}
    )
    match = re.search(r"ropat_[\w-]+", response.content.decode())
    return response, match[0] if match else None


def test_a_new_token_is_shown_once_and_stored_only_hashed(user_client, user):
    response, secret = _create(user_client)
    assert response.status_code == 200 and secret
    assert response["Cache-Control"] == "no-store"
    token = PersonalAccessToken.objects.get(owner=user)
    assert token.token_hash == tokens.hash_secret(secret) and secret not in token.token_hash
    assert not PersonalAccessToken.objects.filter(token_hash=secret).exists()
    page = user_client.get(reverse("account")).content.decode()
    assert "CI script" in page and secret not in page and token.prefix in page
    assert AuditEntry.objects.filter(user=user, action="token.create").count() == 1


def test_a_token_has_a_name_scope_and_expiry(user_client, user):
    _create(user_client, name="Agent", scope="read_write", expires_in="90")
    token = PersonalAccessToken.objects.get(owner=user, name="Agent")
    assert token.can_write
    assert timedelta(days=89) < token.expires_at - timezone.now() <= timedelta(days=90)
    _create(user_client, name="Forever", expires_in="")
    assert PersonalAccessToken.objects.get(name="Forever").expires_at is None


def test_a_bad_form_says_why_and_makes_nothing(user_client, user):
    response, secret = _create(user_client, name="", scope="admin")
    assert response.status_code == 400 and secret is None
    assert not PersonalAccessToken.objects.exists()


def test_each_use_updates_last_used_and_is_audited(user):
    token, secret = tokens.create_token(user, "script", "read")
    request = RequestFactory().get("/api/resumes", REMOTE_ADDR="203.0.113.9")
    assert tokens.authenticate(secret, request=request) == token
    assert tokens.authenticate(secret) == token
    token.refresh_from_db()
    assert token.last_used_at is not None
    uses = AuditEntry.objects.filter(user=user, action="token.use", object_id=str(token.pk))
    assert uses.count() == 2
    assert uses.filter(ip_address="203.0.113.9").exists()


def test_a_read_token_cannot_write(user):
    _, read_secret = tokens.create_token(user, "read", "read")
    _, write_secret = tokens.create_token(user, "write", "read_write")
    assert tokens.authenticate(read_secret, write=True) is None
    assert tokens.authenticate(write_secret, write=True) is not None


def test_expired_revoked_and_wrong_tokens_do_not_work(user):
    expired, expired_secret = tokens.create_token(
        user, "old", "read", timezone.now() - timedelta(seconds=1)
    )
    revoked, revoked_secret = tokens.create_token(user, "gone", "read")
    tokens.revoke_token(revoked)
    assert tokens.authenticate(expired_secret) is None
    assert tokens.authenticate(revoked_secret) is None
    assert tokens.authenticate("ropat_not-a-token") is None
    assert tokens.authenticate("") is None


def test_a_deactivated_users_token_does_not_work(user):
    _, secret = tokens.create_token(user, "script", "read")
    user.is_active = False
    user.save()
    assert tokens.authenticate(secret) is None


def test_revoking_on_the_account_page(user_client, user):
    token, secret = tokens.create_token(user, "script", "read")
    response = user_client.post(reverse("token_revoke", args=[token.pk]))
    assert response.status_code == 302
    assert tokens.authenticate(secret) is None
    assert AuditEntry.objects.filter(user=user, action="token.revoke").count() == 1
    assert "Revoked" in user_client.get(reverse("account")).content.decode()


def test_another_users_token_cannot_be_revoked(client, other_user, user):
    token, secret = tokens.create_token(user, "script", "read")
    client.force_login(other_user)
    assert client.post(reverse("token_revoke", args=[token.pk])).status_code == 404
    assert tokens.authenticate(secret) == token


def test_token_pages_need_a_log_in(client, user):
    token, _ = tokens.create_token(user, "script", "read")
    for url in (reverse("token_create"), reverse("token_revoke", args=[token.pk])):
        response = client.post(url, {"name": "x", "scope": "read"})
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert PersonalAccessToken.objects.count() == 1
