"""Daphne and the workers prepare at start what requests would otherwise build (issue #22)."""

import os
import subprocess
import sys

from django.conf import settings

from resumeopt.platform.startup import compile_templates


def test_start_up_compiles_every_template_the_project_ships():
    """A template that does not compile stops a process at its start, not in a user's
    request."""
    compile_templates()  # raises TemplateSyntaxError for a template that does not compile


def test_a_started_process_holds_no_idle_numeric_library_threads():
    """numpy, loaded with the verb dictionary, would start a thread per core in each web and
    worker process, which already run one per core."""
    script = (
        "import os, django\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'resumeopt.settings'\n"
        "django.setup()\n"
        "from optimizer.inflection import inflect\n"
        "inflect('lead', 'past')\n"
        "import numpy\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env.pop("LLM_MODEL", None)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == 1
