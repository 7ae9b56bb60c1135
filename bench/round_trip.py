"""Round trip of real imports: import a resume, export it, import the export, compare the facts.

    .venv/bin/python bench/round_trip.py [--set NAME ...] [--file TEXT] [--show N] [--jobs 2]
        [--format pdf ...] [--template classic ...]

For every file of the labelled tuning sets (`resumeopt/tests/data/labelled/`; a set whose
name says `heldout` is never read, nor a file only a held-out label file lists) and the
real DOCX resumes in `../shared/data/resumes-dev/` (each distinct file once), the file is
imported, exported in every template x format (PDF, DOCX, HTML; Markdown and plain text,
which look the same whatever the template; JSON Resume), and the export imported again.
What the first import read is what the export must give back: the name, email, phone and
place of the header; per work entry the employer, position, start and end dates and place;
per education entry the institution, degree, field and dates; the skills' keywords, the
certificates (name and date), the number of languages, the projects' names and the
volunteer entries (organisation, position).

Prints, per template x format, the share of documents whose facts all came back, and per
fact the share of documents (that have it) where it came back unchanged; then the first
`--show` differences (fact, what the first import read, what the round trip read).
`--set NAME` (repeatable) reads only those label sets (`resumes-dev` names the shared
folder); `--file TEXT` only files whose path holds TEXT; `--format` and `--template`
(repeatable) only those exports, for a quicker look (all of them take about 15 minutes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from exports.renderers import ExportError, ExportOptions, render, templates  # noqa: E402
from resumeopt.importers import ResumeImportError, read_upload  # noqa: E402
from resumeopt.tests.labelled import LABELLED  # noqa: E402

SHARED_RESUMES = ROOT.parent.parent / "shared" / "data" / "resumes-dev"
if not SHARED_RESUMES.is_dir():
    SHARED_RESUMES = Path("/work/shared/data/resumes-dev")
STYLED = ("pdf", "docx", "html")
PLAIN = ("md", "txt", "json")  # the same bytes whatever the template
FACTS = (
    "name",
    "email",
    "phone",
    "place",
    "employers",
    "positions",
    "work starts",
    "work ends",
    "work places",
    "institutions",
    "degrees",
    "areas",
    "study starts",
    "study ends",
    "skills",
    "certificates",
    "languages",
    "projects",
    "volunteer",
)


def tuning_files(only: list[str] | None = None) -> list[tuple[str, Path]]:
    """(set name, path) of every tuning file, each distinct file once; never a held-out one."""
    held_out, tuning = set(), []
    for labels in sorted(LABELLED.glob("*.json")):
        folder = LABELLED / labels.stem
        if not folder.is_dir():
            folder = LABELLED / labels.stem.split("-")[0]
        names = json.loads(labels.read_text("utf-8"))
        if "heldout" in labels.stem:
            held_out.update(folder / name for name in names)
        elif not only or labels.stem in only:
            tuning += [(labels.stem, folder / name) for name in names]
    if not only or "resumes-dev" in only:
        tuning += [("resumes-dev", path) for path in sorted(SHARED_RESUMES.glob("*.docx"))]
    files, seen = [], set()
    listed = {path for _, path in tuning}
    for set_name, path in tuning:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        # A file both a held-out and a tuning label file list is a tuning file.
        if digest in seen or (path in held_out and path not in listed):
            continue
        seen.add(digest)
        files.append((set_name, path))
    return files


def _text(value) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _entries(document: dict, key: str) -> list[dict]:
    value = document.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def facts(document: dict) -> dict[str, object]:
    """The facts a round trip must keep, each in a form that compares (sorted lists)."""
    basics = document.get("basics") if isinstance(document.get("basics"), dict) else {}
    place = basics.get("location") if isinstance(basics.get("location"), dict) else {}
    work, education = _entries(document, "work"), _entries(document, "education")

    def each(entries: list[dict], key: str) -> list[str]:
        return sorted(_text(entry.get(key)) for entry in entries)

    return {
        "name": _text(basics.get("name")),
        "email": _text(basics.get("email")),
        "phone": _text(basics.get("phone")),
        "place": tuple(_text(place.get(key)) for key in ("city", "region", "countryCode")),
        "employers": each(work, "name"),
        "positions": each(work, "position"),
        "work starts": each(work, "startDate"),
        "work ends": each(work, "endDate"),
        "work places": each(work, "location"),
        "institutions": each(education, "institution"),
        "degrees": each(education, "studyType"),
        "areas": each(education, "area"),
        "study starts": each(education, "startDate"),
        "study ends": each(education, "endDate"),
        "skills": sorted(
            {
                _text(keyword).lower()
                for skill in _entries(document, "skills")
                for keyword in (skill.get("keywords") or [skill.get("name")])
                if _text(keyword)
            }
        ),
        "certificates": sorted(
            (_text(item.get("name")), _text(item.get("date")))
            for item in _entries(document, "certificates")
        ),
        "languages": len(_entries(document, "languages")),
        "projects": each(_entries(document, "projects"), "name"),
        "volunteer": sorted(
            (_text(item.get("organization")), _text(item.get("position")))
            for item in _entries(document, "volunteer")
        ),
    }


def kept(fact: str, was, now) -> bool:
    """Whether the round trip read the fact as the first import did. A place read more
    fully ("München" -> "München, DE") is kept: each part the first import read is there."""
    if fact == "place":
        return all(not part or part == again for part, again in zip(was, now, strict=True))
    return was == now


def _has(value) -> bool:
    if isinstance(value, str):
        return bool(value.strip(", "))
    if isinstance(value, list):
        return any(_has(item) for item in value)
    if isinstance(value, tuple):
        return any(value)
    return bool(value)


def _import(data: bytes, name: str) -> dict:
    try:
        return read_upload(data, name)["document"]
    except ResumeImportError:
        return {}


CHOSEN: dict[str, tuple[str, ...]] = {"formats": (*STYLED, *PLAIN), "templates": ()}


def round_trip_file(item: tuple[str, Path]) -> dict:
    """{"set", "file", "seconds", "facts" (those the first import read), "results": {(template,
    format): {fact: (before, after)} of the facts that did not come back, or None if no
    export}}."""
    set_name, path = item
    started = time.perf_counter()
    try:
        document = read_upload(path.read_bytes(), path.name)["document"]
    except ResumeImportError:
        document = {}
    before = facts(document)
    present = [fact for fact in FACTS if _has(before[fact])]
    results: dict[str, dict | None] = {}
    imported: dict[str, dict] = {}  # by the export's bytes: the plain formats are alike
    for template in CHOSEN["templates"] or tuple(templates()):
        for fmt in CHOSEN["formats"]:
            key = f"{template} {fmt}" if fmt in STYLED else f"any {fmt}"
            if key in results:
                continue
            try:
                data = render(document, fmt, ExportOptions(template=template))
            except ExportError:
                results[key] = None
                continue
            digest = hashlib.sha1(data).hexdigest()
            if digest not in imported:
                imported[digest] = _import(data, f"resume.{fmt}")
            after = facts(imported[digest])
            results[key] = {
                fact: (before[fact], after[fact])
                for fact in present
                if not kept(fact, before[fact], after[fact])
            }
    return {
        "set": set_name,
        "file": str(path.relative_to(path.parent.parent)),
        "seconds": time.perf_counter() - started,
        "facts": present,
        "results": results,
    }


def run(only=None, text=None, show=10, jobs=2, formats=None, chosen_templates=None) -> dict:
    if formats:
        CHOSEN["formats"] = tuple(formats)
    if chosen_templates:
        CHOSEN["templates"] = tuple(chosen_templates)
    files = [item for item in tuning_files(only) if not text or text in str(item[1])]
    started = time.perf_counter()
    if jobs > 1:
        with Pool(jobs) as pool:
            outcomes = pool.map(round_trip_file, files, chunksize=1)
    else:
        outcomes = [round_trip_file(item) for item in files]
    elapsed = time.perf_counter() - started
    sets = Counter(outcome["set"] for outcome in outcomes)
    print(f"{len(outcomes)} files ({', '.join(f'{n} {c}' for n, c in sorted(sets.items()))})")
    print(f"  {elapsed:.0f} s in all, {jobs} process(es)\n")

    keys = list(dict.fromkeys(key for outcome in outcomes for key in outcome["results"]))
    whole: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    differences = []
    for outcome in outcomes:
        for key, lost in outcome["results"].items():
            if lost is None:
                continue
            whole[key][0] += not lost
            whole[key][1] += 1
            for fact in outcome["facts"]:
                kept[fact][0] += fact not in lost
                kept[fact][1] += 1
            differences += [(outcome["file"], key, fact, pair) for fact, pair in lost.items()]
    print("Documents whose facts all came back, per template x format:")
    for key in keys:
        good, total = whole[key]
        print(f"  {key:16} {good / total if total else 1:6.1%}  ({good}/{total})")
    overall = [sum(whole[key][0] for key in keys), sum(whole[key][1] for key in keys)]
    print(f"  {'all':16} {overall[0] / max(overall[1], 1):6.1%}  ({overall[0]}/{overall[1]})")
    print("\nEach fact kept (documents x exports that have it):")
    for fact in FACTS:
        good, total = kept[fact]
        if total:
            print(f"  {fact:13} {good / total:6.1%}  ({good}/{total})")
    # The same loss in several exports of one file is listed once, with where it happened.
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for file, key, fact, (was, now) in differences:
        grouped[(file, fact, _difference(was, now))].append(key)
    if grouped and show:
        print(f"\nFirst {min(show, len(grouped))} of {len(grouped)} differences:")
        shown_facts: Counter = Counter()
        shown = 0
        for (file, fact, gone), where in grouped.items():
            # A few of each fact, so one common loss does not hide the others.
            if shown_facts[fact] >= max(2, show // len(FACTS) + 1):
                continue
            shown_facts[fact] += 1
            shown += 1
            places = "all exports" if len(where) == len(keys) - 1 else ", ".join(where)
            print(f"  {file} {fact}: {gone}  [{places}]")
            if shown >= show:
                break
    return {"whole": dict(whole), "kept": dict(kept), "differences": grouped}


def _difference(was, now) -> str:
    if isinstance(was, list) and isinstance(now, list):
        missing, extra = Counter(was) - Counter(now), Counter(now) - Counter(was)
        return f"lost {sorted(missing.elements())!r} read {sorted(extra.elements())!r}"
    return f"{was!r} -> {now!r}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", dest="sets", help="only this label set")
    parser.add_argument("--file", help="only files whose path holds this text")
    parser.add_argument("--show", type=int, default=20, help="how many differences to list")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--format", action="append", dest="formats", help="only this format")
    parser.add_argument("--template", action="append", dest="templates", help="only this one")
    arguments = parser.parse_args()
    run(
        arguments.sets,
        arguments.file,
        arguments.show,
        arguments.jobs,
        arguments.formats,
        arguments.templates,
    )
