"""Celery tasks of the applications app."""

from applications import reminders
from resumeopt.celery import app


@app.task
def send_reminders() -> int:
    """Beat runs this hourly; each reminder goes out once (see applications.reminders)."""
    return reminders.send_reminders()
