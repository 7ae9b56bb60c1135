"""Management commands start without Celery or the twisted reactor (issue #22).

Both take a good part of a second to import; only processes that run or enqueue jobs,
and daphne, need them. A view or module that imports them at the top brings them back
into every command through the URLconf, which this test catches.
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


def test_manage_py_check_loads_neither_celery_nor_twisted():
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "resumeopt.settings", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded:"), result.stdout
