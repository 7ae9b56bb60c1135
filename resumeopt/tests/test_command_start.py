"""Management commands start without what they do not use (issue #22).

Celery and the twisted reactor take a good part of a second to import; only processes
that run or enqueue jobs, and daphne, need them. A view or module that imports them at
the top brings them back into every command through the URLconf, which this test catches.
django-ninja and pydantic are for the API's URLs: a command that reads no URLs skips them.
The same holds for the heavy modules of our own apps (the posting extractor, the matcher,
the resume parser): views import them when they run, and daphne and the workers load
them at start (each app's `preload`), before freezing, so no request waits for them.
"""

import ast
import json
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
PRELOADED = """
import json, sys
from django.core.management import execute_from_command_line
from django.apps import apps
execute_from_command_line(["manage.py", "check"])
preload = [name for config in apps.get_app_configs() for name in getattr(config, "preload", ())]
loaded_by_check = sorted(name for name in preload if name in sys.modules)
from resumeopt.platform.startup import warm_up_and_freeze
warm_up_and_freeze()
report = {"preload": preload, "loaded_by_check": loaded_by_check, "modules": list(sys.modules)}
print(json.dumps(report))
"""
APPS = ("resumeopt", "optimizer", "conversations", "jobs", "versions", "exports", "letters")
APPS += ("applications", "api")


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


def imported_when_called(path: Path) -> set[str]:
    """Our own modules a file imports inside its functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module)
    return {name for name in names if name.split(".")[0] in APPS}


def test_check_leaves_out_what_views_import_when_they_run_and_daphne_loads_it_at_start():
    report = json.loads(run(["-c", PRELOADED]).splitlines()[-1])
    assert report["preload"], "no app preloads anything"
    assert report["loaded_by_check"] == []
    request_paths = [*ROOT.glob("*/views.py"), *ROOT.glob("*/views/*.py"), *ROOT.glob("api/*.py")]
    lazily = set().union(*(imported_when_called(path) for path in request_paths))
    # Tasks run in the workers, which import them at start; daphne only enqueues them.
    wanted = {name for name in lazily if not name.endswith(".tasks")}
    assert "jobs.matching" in wanted
    assert wanted <= set(report["modules"]), wanted - set(report["modules"])
