"""Reminders: next steps that fall due, and applications with no news for a while.

Run by Celery beat (applications.tasks.send_reminders). Each application is
reminded at most once a day, and a quiet application once per quiet period,
so running the task twice sends nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.utils import timezone

from applications.models import Application, Event
from applications.tracking import CLOSED_KINDS
from resumeopt.platform.background import toast

# Stages where the applicant waits for the company.
WAITING_KINDS = {"applied", "screening", "interview", "offer"}


@dataclass
class Reminder:
    application: Application
    message: str


def due_reminders(now: datetime) -> list[Reminder]:
    """Every reminder due at `now`, at most one per application."""
    today = timezone.localdate(now)
    quiet_days = settings.APPLICATION_QUIET_DAYS
    start_of_today = timezone.make_aware(datetime.combine(today, datetime.min.time()))
    open_ = Application.objects.exclude(stage__kind__in=CLOSED_KINDS).select_related(
        "stage", "owner"
    )
    not_today = Q(reminded_at__isnull=True) | Q(reminded_at__lt=start_of_today)
    reminders: dict[int, Reminder] = {}
    for application in open_.filter(not_today, next_step_due__lte=today).exclude(next_step=""):
        when = (
            "today"
            if application.next_step_due == today
            else f"since {application.next_step_due:%b %d}"
        )
        reminders[application.pk] = Reminder(
            application,
            f"Next step for {application.display_title}, due {when}: {application.next_step}",
        )
    quiet_since = now - timedelta(days=quiet_days)
    quiet = open_.filter(stage__kind__in=WAITING_KINDS, stage_changed_at__lte=quiet_since).filter(
        Q(reminded_at__isnull=True) | Q(reminded_at__lte=quiet_since)
    )
    for application in quiet:
        if application.pk in reminders:
            continue
        days = (now - application.stage_changed_at).days
        reminders[application.pk] = Reminder(
            application,
            f"No news on {application.display_title} for {days} days "
            f"({application.stage.name}). Time to follow up?",
        )
    return list(reminders.values())


def send_reminders(now: datetime | None = None) -> int:
    """Deliver each due reminder as a toast (and an email if enabled); return how many."""
    now = now or timezone.now()
    sent = 0
    for reminder in due_reminders(now):
        application = reminder.application
        # Claim it first: a second run at the same time finds it reminded and skips it.
        claimed = Application.objects.filter(
            pk=application.pk, reminded_at=application.reminded_at
        ).update(reminded_at=now)
        if not claimed:
            continue
        Event.objects.create(
            application=application, kind=Event.Kind.REMINDER, text=reminder.message
        )
        toast(application.owner_id, reminder.message)
        if settings.APPLICATION_REMINDER_EMAILS and application.owner.email:
            send_mail(
                "ResumeOpt reminder",
                reminder.message,
                None,
                [application.owner.email],
                fail_silently=True,
            )
        sent += 1
    return sent
