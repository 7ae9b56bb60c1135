"""Celery tasks of the versions app."""

from resumeopt.celery import app
from resumeopt.models import Resume
from versions.history import clean_up


@app.task
def clean_up_history() -> int:
    """Periodic: apply each owner's cleanup policy to every resume; returns records deleted."""
    return sum(clean_up(resume) for resume in Resume.objects.select_related("owner").iterator())
