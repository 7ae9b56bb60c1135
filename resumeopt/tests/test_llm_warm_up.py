"""A process that serves a model imports litellm at start, in a thread, before any request."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_UP = """
import json, sys, threading
import django
django.setup()
from resumeopt.platform.startup import warm_up_and_freeze
before = "litellm" in sys.modules
warm_up_and_freeze()
threads = [t for t in threading.enumerate() if t.name == "litellm-import"]
for thread in threads:
    thread.join()
print(json.dumps({"before": before, "threads": len(threads), "after": "litellm" in sys.modules}))
"""


def _start_up(llm_model: str) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "resumeopt.settings", "LLM_MODEL": llm_model}
    result = subprocess.run(
        [sys.executable, "-c", START_UP], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_a_model_litellm_is_imported_in_a_thread_at_start_up():
    assert _start_up("openai/gpt-4o-mini") == {"before": False, "threads": 1, "after": True}


def test_the_offline_assistant_never_imports_litellm():
    assert _start_up("") == {"before": False, "threads": 0, "after": False}
