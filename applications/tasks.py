"""Celery tasks of the applications app."""

from celery import shared_task

from applications import reminders


@shared_task
def send_reminders() -> int:
    """Beat runs this hourly; each reminder goes out once (see applications.reminders)."""
    return reminders.send_reminders()
