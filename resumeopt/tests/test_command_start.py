"""Management commands start without what they do not use (issue #22).

Celery and the twisted reactor take a good part of a second to import; only processes
that run or enqueue jobs, and daphne, need them. A view or module that imports them at
the top brings them back into every command through the URLconf, which this test catches.
django-ninja and pydantic are for the API's URLs: a command that reads no URLs skips them.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from django.core.management import execute_from_command_line
execute_from_command_line(["manage.py", "check"])
loaded = sorted({name.split(".")[0] for name in sys.modules} & {"celery", "twisted", "daphne"})
print("loaded:", ",".join(loaded))
"""


def run(arguments: list[str], stdin: str = "") -> str:
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "resumeopt.settings", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_manage_py_check_loads_neither_celery_nor_twisted():
    assert run(["-c", PROBE]).strip().endswith("loaded:")


def test_a_command_that_reads_no_urls_loads_no_api_library():
    probe = (
        "import sys; print(sorted({n.split('.')[0] for n in sys.modules} & {'ninja', 'pydantic'}))"
    )
    output = run(["manage.py", "shell", "--no-imports", "-c", probe])
    assert output.strip() == "[]", output


def test_a_command_runs_with_the_garbage_collector_on():
    """manage.py turns it off while Django sets up; the command's own work must not leak."""
    probe = "import gc; print(gc.isenabled(), gc.get_freeze_count() > 0)"
    assert run(["manage.py", "shell", "--no-imports", "-c", probe]).strip() == "True True"
