"""The Celery application, configured from Django settings (CELERY_* names)."""

import os
import sys

from celery import Celery
from celery.signals import beat_init, worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

app = Celery("resumeopt")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def _warm_up_worker(**kwargs) -> None:
    """The worker loads its tables once, in its main process, and freezes them out of the
    collector before the pool forks: every pool process shares them as they are.

    Each pool process used to load them itself. That took over 4 s at load 12 on two
    cores, Celery's limit for a new pool process to report for work, so Celery killed
    each replacement for a lost process in turn and the job waiting for it never ran.
    """
    # Imported here: this module loads before Django's app registry is ready.
    from resumeopt.llm import provider
    from resumeopt.platform.startup import warm_up_and_freeze

    warm_up_and_freeze()
    if not provider.is_offline():
        # Waits for the import start-up began in a thread: a process forked mid-import
        # would hold a half-made module whose import lock no thread of its own releases.
        provider.litellm()


BEAT_ALREADY_RUNNING_EXIT = 3
_beat_lock = None  # the open lock file, held for the life of the beat process


@beat_init.connect
def _one_beat_only(**kwargs) -> None:
    """Refuse to start a second beat: two would send every scheduled task twice.

    An exclusive lock on a file in VAR_DIR, released by the kernel when the beat
    process ends however it ends (a kill -9 included), so a restart never finds
    a stale lock. It guards one machine's VAR_DIR; beat runs once per site.
    """
    import fcntl

    from django.conf import settings

    global _beat_lock
    path = settings.VAR_DIR / "celerybeat.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a")  # noqa: SIM115 (held open on purpose)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        sys.stderr.write(f"Another beat is running (it holds {path}); this one stops.\n")
        os._exit(BEAT_ALREADY_RUNNING_EXIT)
    _beat_lock = handle
