"""`make run` listens where HOST and PORT say."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _serve_line(**env: str) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    environment = {k: v for k, v in os.environ.items() if k not in ("HOST", "PORT")} | env
    dry_run = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, env=environment, capture_output=True, text=True, check=True
    ).stdout
    return next(line for line in dry_run.splitlines() if "manage.py serve" in line)


def test_make_run_serves_on_port_8000_of_localhost_by_default():
    assert _serve_line().endswith("manage.py serve --host 127.0.0.1 --port 8000")


def test_make_run_honours_port_and_host():
    line = _serve_line(PORT="8101", HOST="0.0.0.0")
    assert line.endswith("manage.py serve --host 0.0.0.0 --port 8101")
