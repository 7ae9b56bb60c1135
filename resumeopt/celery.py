"""The Celery application, configured from Django settings (CELERY_* names)."""

import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

app = Celery("resumeopt")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _warm_up_worker(**kwargs) -> None:
    """Each worker process loads its tables once and freezes them out of the collector."""
    # Imported here: this module loads before Django's app registry is ready.
    from resumeopt.platform.startup import warm_up_and_freeze

    warm_up_and_freeze()
