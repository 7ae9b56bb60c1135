"""Celery tasks of the core app."""

from django.conf import settings

from resumeopt.celery import app
from resumeopt.platform import background


@app.task
def sweep_stalled_jobs() -> int:
    """Periodic: no job stays "running" after its worker died."""
    return background.sweep_stalled_jobs(settings.BACKGROUND_JOB_STALL_SECONDS)
