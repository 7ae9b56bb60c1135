"""Extraction quality on labelled postings: required and preferred skills, title, company.

    .venv/bin/python bench/extraction.py [--show]

bench/data/extraction_labels.json says what a recruiter reads in each posting
of jobs/tests/postings. Printed: precision, recall and F1 of the required and
of the preferred skills (pooled over postings), exact title and company, and
the same figures for each posting pasted with its line breaks removed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")
import django  # noqa: E402

django.setup()

from jobs.extraction import extract_requirements  # noqa: E402

POSTINGS = ROOT / "jobs" / "tests" / "postings"
LABELS = ROOT / "bench" / "data" / "extraction_labels.json"


def prf(found: int, gold: int, hits: int) -> str:
    p, r = (hits / found if found else 0.0), (hits / gold if gold else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f} R {r:.2f} F1 {f1:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each posting's misses")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["postings"]
    for mode in ("with line breaks", "one paragraph"):
        counts = {level: [0, 0, 0] for level in ("required", "preferred")}
        titles = companies = 0
        for name, label in labels.items():
            text = (POSTINGS / f"{name}.txt").read_text(encoding="utf-8")
            if mode == "one paragraph":
                text = " ".join(text.split())
            found = extract_requirements(text)
            for level in counts:
                got = {skill.name for skill in found.skills if skill.level == level}
                gold = set(label[level])
                counts[level][0] += len(got)
                counts[level][1] += len(gold)
                counts[level][2] += len(got & gold)
                if args.show and got != gold:
                    print(
                        f"  {name} {level}: extra {sorted(got - gold)} missed {sorted(gold - got)}"
                    )
            titles += found.title == label["title"]
            companies += found.company == label["company"]
            if args.show and (found.title, found.company) != (label["title"], label["company"]):
                print(f"  {name}: read {found.title!r} at {found.company!r}")
        total = len(labels)
        print(f"{mode}: {total} postings")
        for level, (got, gold, hits) in counts.items():
            print(f"  {level:<10} skills  {prf(got, gold, hits)}")
        print(f"  title {titles}/{total}  company {companies}/{total}")


if __name__ == "__main__":
    main()
