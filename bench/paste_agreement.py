"""Does a posting read the same with its line breaks removed? No labels needed.

    .venv/bin/python bench/paste_agreement.py [--show] [SET ...]  (folders of jobs/tests/postings)

Each posting is read as written, as one paragraph and with its bullets joined as sentences
(the pastes of bench/extraction.py). A disagreement is a field the run-together paste reads
otherwise than the posting as written, judged as the property test judges it: required or
preferred skills (Jaccard below 0.9), years, degree (level and whether required), title (the
run-together one must start the written one) and company. Printed per set: postings and
disagreements per field; --show lists each.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# bench.extraction sets Django up before jobs.extraction is imported.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.extraction import POSTINGS, joined_bullets, one_paragraph
from jobs.extraction import extract_requirements

DEFAULT_SETS = ["property", "heldout", "fresh", "unseen", "kept", "sealed"]


def _asked(found, level: str) -> set[str]:
    return {skill.name for skill in found.skills if skill.level == level}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def disagreements(text: str) -> list[tuple[str, str, str]]:
    """(paste, field, what differs) for each field a run-together paste reads otherwise."""
    lined = extract_requirements(text)
    found = []
    for paste_name, paste in (("one paragraph", one_paragraph), ("bullets joined", joined_bullets)):
        if paste is joined_bullets and "</" in text:
            continue
        flat = extract_requirements(paste(text))
        for level in ("required", "preferred"):
            a, b = _asked(lined, level), _asked(flat, level)
            if _jaccard(a, b) < 0.9:
                found.append((paste_name, level, f"-{sorted(a - b)} +{sorted(b - a)}"))
        pairs = {
            "years": ((lined.years_min, lined.years_max), (flat.years_min, flat.years_max)),
            "degree": (
                (lined.education_level, lined.education_required),
                (flat.education_level, flat.education_required),
            ),
            "company": (lined.company, flat.company),
        }
        for field, (a, b) in pairs.items():
            if a != b:
                found.append((paste_name, field, f"{a!r} -> {b!r}"))
        if not (flat.title and lined.title.startswith(flat.title)):
            found.append((paste_name, "title", f"{lined.title!r} -> {flat.title!r}"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=DEFAULT_SETS)
    parser.add_argument("--show", action="store_true", help="list each disagreement")
    args = parser.parse_args()
    total = 0
    for set_name in args.sets:
        paths = sorted((POSTINGS / set_name).glob("*.txt"))
        fields: Counter[str] = Counter()
        for path in paths:
            for paste_name, field, what in disagreements(path.read_text("utf-8")):
                fields[field] += 1
                if args.show:
                    print(f"    {set_name}/{path.stem} {paste_name} {field}: {what}")
        total += sum(fields.values())
        detail = ", ".join(f"{field} {n}" for field, n in sorted(fields.items())) or "none"
        print(
            f"{set_name} ({len(paths)} postings): {sum(fields.values())} disagreements ({detail})"
        )
    print(f"total: {total}")


if __name__ == "__main__":
    sys.exit(main())
