"""Start-up: of management commands, and of long-running processes (daphne, Celery workers).

Each app may give its AppConfig a `warm_up()` that loads what its requests will need
(the jobs app loads the skills taxonomy), so no user waits for it, and a `preload`
tuple of the modules its views and tasks import only when they run: management
commands import every view for their URL checks, so the views leave heavy modules
(the posting extractor, the matcher, the resume parser) to the function that needs
them, and long-running processes import them here instead. Then everything
allocated so far is moved out of the garbage collector's sight with `gc.freeze()`:
full collections no longer walk these long-lived objects, which made most of the
p99 tail under load, and forked workers do not dirty the pages they share.
"""

import gc
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template import engines
from django.template.loader import get_template
from django.template.utils import get_app_template_dirs


def collect_from_now_on() -> None:
    """End of set-up: freeze what it allocated and turn the collector back on.

    manage.py turns the collector off while Django sets up (the objects made then live as
    long as the process); this runs when the apps are ready. A process whose collector is
    on already (daphne, Celery, pytest) is left as it is.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def warm_up_and_freeze() -> None:
    for config in apps.get_app_configs():
        for module in getattr(config, "preload", ()):
            import_module(module)
        warm_up = getattr(config, "warm_up", None)
        if warm_up is not None:
            warm_up()
    compile_templates()
    load_channel_layer()
    gc.collect()
    gc.freeze()


def load_channel_layer() -> None:
    """Build the channel layer's backend, which each process used to build as its first job
    pushed progress to the user's pages.

    A worker's pool processes are forked after start-up: each imported channels_redis (and
    the cryptography it loads) in its first job, 78 ms of CPU and up to half a second on a
    loaded machine, in the middle of the first batch ranking it took part in. The backend
    connects to Redis only when it first sends, in the process that sends.
    """
    # Here, not at the top: management commands import this module and use no layer.
    from channels.layers import get_channel_layer

    get_channel_layer()


def compile_templates() -> None:
    """Compile the project's own templates into the template loader's cache.

    Compiled on first use, they were most of what a daphne process allocated after the
    freeze (5,000 of 8,700 objects still tracked after 800 page views), walked by every
    full collection under load; and each process's first view of each page paid for it.
    """
    root = Path(settings.BASE_DIR)
    folders = [Path(folder) for folder in get_app_template_dirs("templates")]
    folders += [Path(folder) for folder in engines["django"].engine.dirs]
    for folder in folders:
        if not folder.is_relative_to(root) or {".venv", "site-packages"} & set(folder.parts):
            continue  # a library's templates (the admin's...) load when their pages are used
        for path in sorted(folder.rglob("*.html")):
            get_template(path.relative_to(folder).as_posix())
