"""Skills read from resume bullets written as work done, against a recruiter's labels.

    .venv/bin/python -m bench.bullets [--show]

bench/data/bullet_labels.json holds resume bullets from many lines of work (nursing,
logistics, warehouse, accounting, HR, sales, retail, hospitality, trades, software,
management, teaching, administration), each labelled with the curated skills a recruiter
reads from it, labelled before the reader ran on them (issue #15). Resumes with no skills
list name their skills only this way. Every third bullet is held out: it is reported,
never tuned on.

Each bullet is read as `jobs.matching.profile_of` reads a job's highlight (the taxonomy
matcher and `jobs.taxonomy.work_done`), and scored on the curated names it finds (ESCO
labels are not among the recruiter's names): precision, recall and F1 over
(bullet, skill) pairs, for the tune and held-out parts, and for `work_done` alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")
django.setup()

from jobs.matching import profile_of  # noqa: E402
from jobs.taxonomy import load_curated, work_done  # noqa: E402

LABELS = ROOT / "bench" / "data" / "bullet_labels.json"


def read_skills(bullet: str) -> set[str]:
    """The curated skills a resume whose one job has this bullet shows."""
    names = {term.canonical for term in load_curated()}
    profile = profile_of({"work": [{"name": "", "position": "", "highlights": [bullet]}]})
    return set(profile.occurrences) & names


def score(rows: list[tuple[str, set[str]]], reader) -> tuple[float, float, float, list]:
    found = gold = hits = 0
    misses = []
    for bullet, labels in rows:
        read = reader(bullet)
        found += len(read)
        gold += len(labels)
        hits += len(read & labels)
        if read != labels:
            misses.append((bullet, sorted(labels - read), sorted(read - labels)))
    precision = hits / found if found else 1.0
    recall = hits / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show",
        action="store_true",
        help="print each tune bullet read wrongly (held-out ones stay unseen)",
    )
    args = parser.parse_args()
    bullets = json.loads(LABELS.read_text(encoding="utf-8"))["bullets"]
    parts = {
        "tune": [(text, set(labels)) for i, (_, text, labels) in enumerate(bullets) if i % 3 != 2],
        "heldout": [
            (text, set(labels)) for i, (_, text, labels) in enumerate(bullets) if i % 3 == 2
        ],
    }
    readers = {
        "profile": read_skills,
        "work_done": lambda text: {name for name, _ in work_done(text)},
    }
    for part, rows in parts.items():
        for reader_name, reader in readers.items():
            precision, recall, f1, misses = score(rows, reader)
            print(
                f"{part:8} {reader_name:9} bullets {len(rows):3}  "
                f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
            )
            if args.show and part == "tune" and reader_name == "profile":
                for bullet, missed, extra in misses:
                    print(f"    {bullet}\n        missed {missed}  extra {extra}")


if __name__ == "__main__":
    main()
