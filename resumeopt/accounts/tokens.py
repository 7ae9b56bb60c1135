"""Create, check and revoke personal access tokens (resumeopt.accounts.models).

A token is shown once, when it is made; afterwards only its hash exists, so a
lost token is revoked and replaced, never recovered. Every successful use
updates last_used_at and writes an audit entry.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from django.http import HttpRequest
from django.utils import timezone

from resumeopt.accounts.models import PersonalAccessToken
from resumeopt.models import AuditEntry
from resumeopt.platform import audit

TOKEN_PREFIX = "ropat_"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(
    user, name: str, scope: str, expires_at: datetime | None = None
) -> tuple[PersonalAccessToken, str]:
    """A new token and its secret: the only time the secret exists outside the caller."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = PersonalAccessToken.objects.create(
        owner=user,
        name=name,
        scope=scope,
        prefix=secret[: len(TOKEN_PREFIX) + 6],
        token_hash=hash_secret(secret),
        expires_at=expires_at,
    )
    audit.record(AuditEntry.Action.TOKEN_CREATE, user=user, obj=token, detail=scope)
    return token, secret


def revoke_token(token: PersonalAccessToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(AuditEntry.Action.TOKEN_REVOKE, user=token.owner, obj=token)


def find_token(secret: str) -> PersonalAccessToken | None:
    """The active token with this secret, or None; nothing is recorded."""
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    token = (
        PersonalAccessToken.objects.select_related("owner")
        .filter(token_hash=hash_secret(secret), revoked_at__isnull=True)
        .first()
    )
    if token is None or token.is_expired or not token.owner.is_active:
        return None
    return token


def record_use(
    token: PersonalAccessToken, *, request: HttpRequest | None = None, write: bool = False
) -> None:
    """Note the use on the token (last_used_at) and in the audit log."""
    now = timezone.now()
    PersonalAccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
    audit.record(
        AuditEntry.Action.TOKEN_USE,
        user=token.owner,
        request=request,
        obj=token,
        detail="write" if write else "read",
    )


def authenticate(secret: str, *, request: HttpRequest | None = None, write: bool = False):
    """The active token with this secret, or None; a use is recorded and audited.

    `write` asks for a read-write token: a read-only one is refused (None).
    """
    token = find_token(secret)
    if token is None or (write and not token.can_write):
        return None
    record_use(token, request=request, write=write)
    return token


def bearer_secret(request: HttpRequest) -> str:
    """The secret in 'Authorization: Bearer <token>', or ''."""
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""
