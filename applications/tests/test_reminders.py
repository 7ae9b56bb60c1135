"""Reminders go out once, to the owner, as a toast on their open pages (and by email if enabled)."""

from datetime import timedelta

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.core import mail
from django.utils import timezone

from applications import reminders, tracking
from applications.models import Application, Event, StageKind
from resumeopt.asgi import application as asgi_application

pytestmark = pytest.mark.django_db(transaction=True)


def _applied(user, job, resume, days_quiet: int) -> Application:
    application, _ = tracking.track_job(user, job, resume=resume)
    tracking.move(application, tracking.stage_of_kind(user, StageKind.APPLIED), user=user)
    Application.objects.filter(pk=application.pk).update(
        stage_changed_at=timezone.now() - timedelta(days=days_quiet)
    )
    return Application.objects.get(pk=application.pk)


def test_due_next_steps_and_quiet_applications_are_reminded_once(user, resume, job, settings):
    settings.APPLICATION_QUIET_DAYS = 14
    quiet = _applied(user, job, resume, days_quiet=20)
    due = tracking.create_application(
        user,
        company="Duecorp",
        title="Analyst",
        next_step="Send references",
        next_step_due=timezone.localdate() - timedelta(days=1),
    )
    tracking.create_application(user, company="Freshco", title="Dev")  # saved, nothing due
    found = {r.application.pk: r.message for r in reminders.due_reminders(timezone.now())}
    assert set(found) == {quiet.pk, due.pk}
    assert "20 days" in found[quiet.pk] and "Send references" in found[due.pk]
    assert reminders.send_reminders() == 2
    assert reminders.send_reminders() == 0  # run twice, sent once
    assert Event.objects.filter(kind=Event.Kind.REMINDER).count() == 2


def test_closed_applications_are_left_alone(user, resume, job):
    application = _applied(user, job, resume, days_quiet=60)
    tracking.move(application, tracking.stage_of_kind(user, StageKind.REJECTED), user=user)
    Application.objects.filter(pk=application.pk).update(
        stage_changed_at=timezone.now() - timedelta(days=60)
    )
    assert reminders.due_reminders(timezone.now()) == []


def test_email_only_when_enabled(user, resume, job, settings):
    settings.APPLICATION_REMINDER_EMAILS = False
    _applied(user, job, resume, days_quiet=30)
    reminders.send_reminders()
    assert mail.outbox == []
    settings.APPLICATION_REMINDER_EMAILS = True
    reminders.send_reminders(timezone.now() + timedelta(days=31))
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_the_reminder_arrives_as_a_toast_for_the_owner_only(user, other_user, resume, job):
    _applied(user, job, resume, days_quiet=30)

    async def listen(who):
        communicator = WebsocketCommunicator(
            asgi_application, "/ws/notifications/", headers=[(b"origin", b"http://localhost")]
        )
        communicator.scope["user"] = who
        connected, _ = await communicator.connect()
        assert connected
        return communicator

    async def run() -> tuple[str, bool]:
        mine, theirs = await listen(user), await listen(other_user)
        await sync_to_async(reminders.send_reminders)()
        received = await mine.receive_output(timeout=2)
        nothing = await theirs.receive_nothing(timeout=0.3)
        await mine.disconnect()
        await theirs.disconnect()
        return received.get("text", ""), nothing

    text, nothing_for_other = async_to_sync(run)()
    assert "No news on" in text and job.company in text
    assert nothing_for_other
