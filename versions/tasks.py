"""Celery tasks of the versions app."""

from celery import shared_task

from resumeopt.models import Resume
from versions.history import clean_up


@shared_task
def clean_up_history() -> int:
    """Periodic: apply each owner's cleanup policy to every resume; returns records deleted."""
    return sum(clean_up(resume) for resume in Resume.objects.select_related("owner").iterator())
