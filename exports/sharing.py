"""Share links: a resume state anyone with the URL may read, with counts for its owner.

A link is open until it is revoked or expires, and while what it shows still
exists (a deleted version takes its links with it; a cleaned-up history record
closes them). Views and downloads are counted per day with one UPDATE, so
concurrent visitors never lose a count.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from exports import exporting
from exports.models import ShareLink, ShareLinkDay
from resumeopt.models import Resume

STATS_DAYS = 14


def create_link(
    resume: Resume,
    source: exporting.Source,
    *,
    password: str = "",
    expires_at: datetime | None = None,
) -> ShareLink:
    return ShareLink.objects.create(
        owner=resume.owner,
        resume=resume,
        version=source.version,
        label=source.label[:200],
        token=secrets.token_urlsafe(32),
        password=make_password(password) if password else "",
        expires_at=expires_at,
    )


def revoke(link: ShareLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def status(link: ShareLink) -> str:
    """'open', 'revoked' or 'expired': what a visitor would find."""
    if link.revoked_at is not None:
        return "revoked"
    if link.expires_at is not None and link.expires_at <= timezone.now():
        return "expired"
    return "open"


def open_link(token: str) -> ShareLink | None:
    """The open link with this token, or None (unknown, revoked and expired look the same)."""
    if not token or len(token) > 64:
        return None
    link = (
        ShareLink.objects.select_related("resume", "version__record")
        .filter(token=token, revoked_at__isnull=True)
        .first()
    )
    if link is None or status(link) != "open":
        return None
    return link


def password_matches(link: ShareLink, password: str) -> bool:
    return not link.password or check_password(password, link.password)


def shared_document(link: ShareLink) -> dict[str, Any]:
    """What the link shows; ExportError if its version's history was cleaned up."""
    source = exporting.Source(str(link.version_id or exporting.CURRENT), link.label, link.version)
    document, _ = exporting.source_state(link.resume, source)
    return document


def count(link: ShareLink, kind: str, today: date | None = None) -> None:
    """Add one view or download to today's row."""
    today = today or timezone.localdate()
    field = {"view": "views", "download": "downloads"}[kind]
    updated = ShareLinkDay.objects.filter(link=link, day=today).update(**{field: F(field) + 1})
    if updated:
        return
    try:
        with transaction.atomic():
            ShareLinkDay.objects.create(link=link, day=today, **{field: 1})
    except IntegrityError:  # another request made today's row first
        ShareLinkDay.objects.filter(link=link, day=today).update(**{field: F(field) + 1})


def daily_counts(link: ShareLink, days: int = STATS_DAYS) -> list[dict[str, Any]]:
    """The last `days` days, newest first, with zeros for days nobody came."""
    today = timezone.localdate()
    rows = {row.day: row for row in link.days.filter(day__gt=today - timedelta(days=days))}
    return [
        {
            "day": day,
            "views": rows[day].views if day in rows else 0,
            "downloads": rows[day].downloads if day in rows else 0,
        }
        for day in (today - timedelta(days=offset) for offset in range(days))
    ]


def check_shareable(resume: Resume, key: str) -> exporting.Source:
    """The source a share form names; ExportError if it cannot be shared."""
    source = exporting.source_for(resume, key)
    exporting.source_state(resume, source)
    return source
