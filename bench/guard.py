"""How well the fact guard tells fabricated rewrites from faithful ones.

    .venv/bin/python bench/guard.py [--verbose]

bench/data/guard/cases.jsonl holds labelled rewrites of bullets and summaries
from four resumes in different trades (the shipped sample, a nurse, a marketer,
a data analyst), half of them inventing a fact of some kind (a figure, a team
size, a scale, an employer, a title, a skill, a certification, a date, a degree,
often one the target job gives) and half rewording faithfully (tense, digits for
number words, abbreviations, reordering). Cases are split into "dev" (used while
building the guard) and "held-out" (written at the same time, not tuned on).

For each split it prints the share of fabrications flagged (recall) and of
faithful rewrites flagged (false alarms), for the substring guard this project
used before (baseline: a fact passes when its text occurs anywhere in the
serialised resume or the job) and for conversations.guard through the
`check_edit --jsonl` line handler, in the same process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django

django.setup()

from conversations.management.commands.check_edit import check_line  # noqa: E402
from jobs.taxonomy import taxonomy  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "guard"

# The guard this project had before conversations/guard.py, reduced to its verdict.
OLD_NUMBER_RE = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?:%|k|m|bn|x)?", re.IGNORECASE)
OLD_NAME_RE = re.compile(r"(?<=[a-z,;:] )([A-Z][a-zA-Z0-9&.+#-]+(?:\s+[A-Z][a-zA-Z0-9&.+#-]+)*)")
OLD_DATE_RE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\b"
)
OLD_DEGREE_RE = re.compile(
    r"\b(?:Ph\.?\s?D|MBA|M\.?Sc|B\.?Sc|B\.?Eng|M\.?Eng|B\.?A|M\.?A|B\.?S|M\.?S|J\.?D|M\.?D"
    r"|(?:[Bb]achelor|[Mm]aster|[Aa]ssociate)(?:'s|’s)?(?= degree| of)|[Dd]octorate)\b\.?"
)
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def substring_guard(original: str, replacement: str, document: dict, job: str) -> bool:
    known = (json.dumps(document, ensure_ascii=False) + " " + job + " " + original).lower()

    def new(found):
        return [item.strip(" .,;:") for item in found if item.strip(" .,;:").lower() not in known]

    if new(OLD_DATE_RE.findall(replacement)) or new(OLD_DEGREE_RE.findall(replacement)):
        return True
    rest = OLD_DEGREE_RE.sub(" ", OLD_DATE_RE.sub(" ", replacement))
    if new(OLD_NUMBER_RE.findall(rest)):
        return True
    skills = {
        m.term.canonical.lower()
        for m in taxonomy().find(replacement)
        if m.text.lower() not in known and m.term.canonical.lower() not in known
    }
    names = [n for n in new(OLD_NAME_RE.findall(rest)) if n.lower() not in skills | MONTHS]
    return bool(skills or names)


def load_cases() -> list[dict]:
    resumes = json.loads((DATA / "resumes.json").read_text(encoding="utf-8"))
    resumes["sample"] = json.loads(
        (ROOT / "resumeopt/sample/sample.resume.json").read_text(encoding="utf-8")
    )
    jobs = json.loads((DATA / "jobs.json").read_text(encoding="utf-8"))
    cases = []
    for line in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        case["document"] = resumes[case["resume"]]
        case["job_text"] = jobs.get(case["job"], "")
        cases.append(case)
    return cases


def new_guard(case: dict) -> list[dict]:
    line = json.dumps(
        {
            "id": case["id"],
            "resume": case["document"],
            "job": case["job_text"],
            "original": case["original"],
            "replacement": case["replacement"],
        }
    )
    return check_line(line)["warnings"]


def rates(verdicts: list[tuple[bool, bool]]) -> str:
    fabricated = [flagged for flagged, label in verdicts if label]
    faithful = [flagged for flagged, label in verdicts if not label]
    caught, alarms = sum(fabricated), sum(faithful)
    return (
        f"flagged {caught}/{len(fabricated)} fabrications ({caught / len(fabricated):.0%}), "
        f"{alarms}/{len(faithful)} faithful rewrites ({alarms / len(faithful):.0%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--verbose", action="store_true", help="List each case the new guard gets wrong."
    )
    args = parser.parse_args()
    cases = load_cases()
    seconds = []
    for split in ("dev", "held-out"):
        chosen = [case for case in cases if case["split"] == split]
        old, new = [], []
        for case in chosen:
            old.append(
                (
                    substring_guard(
                        case["original"], case["replacement"], case["document"], case["job_text"]
                    ),
                    case["fabricated"],
                )
            )
            started = time.perf_counter()
            warnings = new_guard(case)
            seconds.append(time.perf_counter() - started)
            new.append((bool(warnings), case["fabricated"]))
            if args.verbose and bool(warnings) != case["fabricated"]:
                print(
                    f"  #{case['id']} {case['claim']}: {case['replacement']!r} -> "
                    f"{[w['text'] for w in warnings]}"
                )
        print(f"{split} ({len(chosen)} cases)")
        print(f"  before (substring guard): {rates(old)}")
        print(f"  after  (fact guard):      {rates(new)}")
    print(f"median check: {statistics.median(seconds) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
