"""Import quality and speed on the labelled resumes.

    .venv/bin/python bench/imports.py [--files] [--set NAME ...] [--show FILE]

For each labelled set (real DOCX resumes, our own varied layouts) prints the
recall per field (name, employer, title, school, degree, start dates; and where a set
labels them the detail fields of `resumeopt/tests/labelled.py`: email, phone, area, grade,
courses, sections, the contact header's place `location` and a job's place `work_place`), the
share of parsed work entries that are real entries, crashes, and the median
import time per file against a plain-Python baseline run in the same process, with
the median CPU time per file (steady whatever else the machine is running) and, for
PDFs, the median over the two-page files the import-time target is set for.
`--files` adds one line per file, to see where the misses are; `--set NAME` (repeatable)
measures only the named sets; `--show FILE` prints, for each file of those sets whose
name holds FILE, what was expected beside what was read.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.timing import baseline_seconds, ms  # noqa: E402
from resumeopt.importers import ResumeImportError, read_upload  # noqa: E402
from resumeopt.tests.labelled import (  # noqa: E402
    ALL_FIELDS,
    DETAIL_FIELDS,
    FIELDS,
    Score,
    labelled_sets,
    score_document,
)


def run(
    show_files: bool = False, only: list[str] | None = None, show: str | None = None
) -> dict[str, Score]:
    results = {}
    for set_name, (folder, labels) in labelled_sets().items():
        if only and set_name not in only:
            continue
        total = Score()
        timings = []
        cpu_times = []
        two_page_cpu = []
        for file_name, expected in sorted(labels.items()):
            data = (folder / file_name).read_bytes()
            cpu_started = time.process_time()
            started = time.perf_counter()
            try:
                document = read_upload(data, file_name)["document"]
            except ResumeImportError:
                document = {}
            except Exception as error:  # a crash is what this bench exists to count
                print(f"  CRASH {file_name}: {type(error).__name__}: {error}")
                document = {}
                total.crashes += 1
            timings.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
            if file_name.endswith(".pdf") and _pages(data) == 2:
                two_page_cpu.append(cpu_times[-1])
            score = score_document(document, expected)
            total.add(score)
            if show and show in file_name:
                _show(file_name, expected, document)
            if show_files:
                misses = ", ".join(
                    f"{name} {score.found[name]}/{score.expected[name]}"
                    for name in ALL_FIELDS
                    if score.found[name] < score.expected[name]
                )
                print(
                    f"  {file_name:24} real {score.real_entries}/{score.parsed_entries}  {misses}"
                )
        results[set_name] = total
        print(f"{set_name}: {len(labels)} files")
        # The detail fields only where the set labels them.
        for name in (*FIELDS, *(name for name in DETAIL_FIELDS if total.expected[name])):
            print(
                f"  {name:9} {total.recall(name):6.1%}  "
                f"({total.found[name]}/{total.expected[name]})"
            )
        print(
            f"  real work entries {total.real_share:6.1%}  "
            f"({total.real_entries}/{total.parsed_entries})"
        )
        print(f"  crashes   {total.crashes}")
        median = statistics.median(timings)
        baseline = baseline_seconds({"timings": timings, "labels": labels})
        print(
            f"  import    {ms(median)} median per file ({median / baseline:.1f}x baseline), "
            f"CPU {ms(statistics.median(cpu_times))}"
            + (f", two-page PDFs {ms(statistics.median(two_page_cpu))}" if two_page_cpu else "")
        )
    return results


def _show(file_name: str, expected: dict, document: dict) -> None:
    """What a careful reader found in the file beside what the parser read."""
    read = {
        "name": document.get("basics", {}).get("name"),
        "work": [
            {key: job.get(key) for key in ("name", "position", "startDate")}
            for job in document.get("work") or []
        ],
        "education": [
            {
                key: entry.get(key)
                for key in ("institution", "studyType", "area", "score", "courses")
                if entry.get(key)
            }
            for entry in document.get("education") or []
        ],
    }
    for key in ("email", "phone", "location"):
        if expected.get(key):
            read[key] = document.get("basics", {}).get(key)
    if any(job.get("location") for job in expected.get("work") or []):
        for job, got in zip(read["work"], document.get("work") or [], strict=False):
            job["location"] = got.get("location")
    for section in expected.get("sections") or {}:
        read[section] = document.get(section)
    print(f"--- {file_name}\nexpected: {json.dumps(expected, ensure_ascii=False)}")
    print(f"read:     {json.dumps(read, ensure_ascii=False)}")


def _pages(data: bytes) -> int:
    from pdfminer.pdfpage import PDFPage

    return sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", action="store_true", help="one line per file")
    parser.add_argument("--set", action="append", dest="sets", help="measure this set only")
    parser.add_argument("--show", help="print expected and read fields of matching files")
    arguments = parser.parse_args()
    run(show_files=arguments.files, only=arguments.sets, show=arguments.show)
