"""A typo with two equally likely fixes gets the same "Did you mean" in the web process and in
a worker: the choice must not follow the hash seed each Python process draws."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = "from optimizer.analysis.language import correction; print(correction('aupr'))"


def _correction_in_a_process(seed: int) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": str(seed)}
    finished = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return finished.stdout.strip()


def test_two_equally_likely_fixes_are_chosen_alike_whatever_the_hash_seed():
    # "aupr" is one edit from "apr" and from "auer", which the dictionary counts alike.
    fixes = {_correction_in_a_process(seed) for seed in range(4)}
    assert len(fixes) == 1
    assert fixes != {"None"}
