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


def test_start_up_builds_the_channel_layer_before_a_worker_forks():
    """A worker's pool processes are forked after start-up: the layer each job's progress
    reports push through is built before, once, not in each process's first job."""
    script = (
        "import os, django\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'resumeopt.settings'\n"
        "django.setup()\n"
        "from resumeopt.platform.startup import warm_up_and_freeze\n"
        "warm_up_and_freeze()\n"
        "from channels.layers import channel_layers\n"
        "print(sorted(channel_layers.backends))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "LLM_MODEL"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['default']"
