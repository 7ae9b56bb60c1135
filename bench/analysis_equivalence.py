"""Does the analysis give the same reports as before a speed change?

    .venv/bin/python bench/analysis_equivalence.py --save var/analysis_equivalence.json  # before
    .venv/bin/python bench/analysis_equivalence.py --check var/analysis_equivalence.json  # after

`--save` imports every labelled resume fixture whose labels are not held out (the
files the labels of resumeopt/tests/data/labelled/*.json name, except `*heldout*`),
adds the resumes of the bench data and the tests, generated resumes of several
shapes and a few malformed documents, then writes each document with its full
report (`Report.to_dict()`). `--check` analyses the saved documents again (so a
change to the importers does not show here) and lists every document whose report
differs: once in the saved order, then again in reverse order with the report
cache cleared, so whatever the word caches keep from one document cannot change
another's report. A speed change must leave the check empty. `--save FILE --documents
EARLIER` takes the imported documents of an earlier save instead of importing them again.

The script runs itself with PYTHONHASHSEED=0: the spelling check's correction of a word
with two equally likely fixes ("aupr": "apr" or "auer") depends on the order of a set of
strings, which changes from one process to the next otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from optimizer import analysis  # noqa: E402
from optimizer.analysis import analyze  # noqa: E402
from resumeopt.importers import ResumeImportError, import_path  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402

LABELLED = ROOT / "resumeopt" / "tests" / "data" / "labelled"


def fixture_paths() -> list[Path]:
    """The resume files named by the labels that are not held out, each once."""
    paths: dict[Path, None] = {}
    for labels in sorted(LABELLED.glob("*.json")):
        if "heldout" in labels.name:
            continue
        folder = LABELLED / labels.stem.split("-")[0]
        for name in json.loads(labels.read_text(encoding="utf-8")):
            if not name.startswith("_") and (folder / name).is_file():
                paths[folder / name] = None
    return list(paths)


def imported() -> list[tuple[str, object]]:
    """(name, document) of each labelled fixture, imported."""
    found: list[tuple[str, object]] = []
    for path in fixture_paths():
        try:
            found.append((str(path.relative_to(ROOT)), import_path(path).document))
        except ResumeImportError:
            continue
    return found


def written() -> list[tuple[str, object]]:
    """(name, document) of the resumes kept as JSON, generated, or made up to be awkward."""
    found: list[tuple[str, object]] = []
    ranking = json.loads((ROOT / "bench/data/ranking/resumes.json").read_text(encoding="utf-8"))
    found += [(f"ranking/{item['id']}", item["document"]) for item in ranking["resumes"]]
    guard = json.loads((ROOT / "bench/data/guard/resumes.json").read_text(encoding="utf-8"))
    found += [(f"guard/{name}", document) for name, document in guard.items()]
    for path in (
        "optimizer/tests/data/clean.resume.json",
        "resumeopt/sample/sample.resume.json",
        "exports/tests/data/rich.resume.json",
    ):
        found.append((path, json.loads((ROOT / path).read_text(encoding="utf-8"))))
    for seed in range(60):
        roles, bullets = 1 + seed % 10, seed % 8
        found.append((f"generated/{seed}", resume(seed, roles=roles, bullets=bullets)))
    weak = json.loads((ROOT / "optimizer/tests/data/weak_bullets.json").read_text("utf-8"))
    for number, opener in enumerate(weak["openers"]):
        document = resume(number, roles=2, bullets=2)
        document["work"][number % 2]["highlights"] = [f"{opener} {rest}" for rest in weak["rests"]]
        found.append((f"weak/{number}", document))
    document = resume(1000, roles=3, bullets=3)
    document["work"][0]["highlights"] = [
        "\u212aubernetes and K8s on GCP, \u0130stanbul office; I/O tuning, I-9 forms",
        "I'm leading; I\u2019ve built; I'dn't; myself, Myself and mine; Level I certified",
        "Managment of teh warehouse, MANAGMENT, Managment's budget; webhooks dockerized",
        "Responsible for Managment. Was improved by 20% \u2022 synergy, leverage, delve",
        "Javascript, javascript, JavaScript, Postgres, postgres, .NET, .net, react, React",
        "\ufb01nance \U0001f680 \u201cquoted\u201d \u00a0spaces\u200b and colour, optimise",
        "Developed the billing pipeline using Python",
        "Developed the billing pipeline using Python",
        "",
        "   ",
        "a",
    ]
    document["skills"] = [
        {"name": "Tools", "keywords": ["Kubernetes", "SQL", "Go", "C++", "C#", "Google Cloud", ""]},
        {"name": "Soft skills"},
    ]
    found.append(("awkward/characters", document))
    found += [
        ("odd/none", None),
        ("odd/list", [1, 2]),
        ("odd/empty", {}),
        ("odd/shapes", {"basics": "x", "work": [None, {"highlights": "x"}, {"highlights": [1]}]}),
    ]
    return found


def reports(items: list[tuple[str, object]]) -> dict[str, dict]:
    return {name: analyze(document).to_dict() for name, document in items}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--documents", type=Path, help="with --save: the documents of this file")
    arguments = parser.parse_args()
    if arguments.save:
        if arguments.documents:
            earlier = json.loads(arguments.documents.read_text(encoding="utf-8"))
            items = [(name, document) for name, document in earlier["documents"]]
            items = [item for item in items if item[0].startswith("resumeopt/")] + written()
        else:
            items = imported() + written()
        saved = {"documents": items, "reports": reports(items)}
        arguments.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(items)} documents and their reports to {arguments.save}")
        return
    saved = json.loads(arguments.check.read_text(encoding="utf-8"))
    items = [(name, document) for name, document in saved["documents"]]
    forward = reports(items)
    analysis._cache.clear()
    backward = reports(items[::-1])
    differ = sorted(
        name
        for name, _ in items
        if forward[name] != saved["reports"][name] or backward[name] != saved["reports"][name]
    )
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(differ)} of {len(items)} documents give a different report")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
