"""Build resumeopt/importers/data/ligature_repairs.tsv: words as a PDF converter leaves them
when it drops a ligature glyph ("Soware", "applicaon", "Oce"), each with the word it was.

    .venv/bin/python scripts/build_ligature_repairs.py

A development script: the importer only reads its output, a table that loads in a few
milliseconds, where the dictionary it comes from takes a quarter of a second.

The words that can be restored are those of pyspellchecker's English dictionary (shipped in
its wheel, already a dependency) seen often enough to be ordinary English, and every word of
the project's own lists: skills (`jobs/data/`, ESCO and curated), job-title words, degree
names, headings and company forms (`resumeopt/importers/data/`). Each word holding one of
the ligature letter groups gives its damaged forms (one, two or three groups dropped). A
damaged form is left out when it is itself a word: in the project's lists, or in the
dictionary more than rarely ("he" is never taken for "the" with its "Th" lost, nor "fit" for
"fitting"). When several words give the same damaged form, the most common one is kept only
if it is far more common than the next; otherwise the form is left out.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from spellchecker import SpellChecker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resumeopt.importers.parsing.ligatures import (  # noqa: E402
    LIGATURE_GROUPS,
    WORD_START_GROUPS,
)

OUTPUT = ROOT / "resumeopt" / "importers" / "data" / "ligature_repairs.tsv"
IMPORTER_DATA = ROOT / "resumeopt" / "importers" / "data"
SKILL_FILES = (
    ROOT / "jobs" / "data" / "esco_skills.tsv",
    ROOT / "jobs" / "data" / "curated_terms.txt",
)
RESTORED_MIN_COUNT = 100  # pyspellchecker counts: below this a word is too rare to restore
DAMAGED_MAX_COUNT = 150  # a damaged form counted more often than this is a word of its own
DAMAGED_SHARE = 1 / 50  # ... or more than this share of the restored word's count
CLEARLY_BEST = 20  # the best restoration is this many times as common as the next
MIN_DAMAGED_LENGTH = 3
MAX_DROPS = 3
WORD_RE = re.compile(r"[a-zà-öø-ÿ]+")


def project_words() -> set[str]:
    """Every lower-case word of the project's skill lists and import lexicons."""
    words: set[str] = set()
    for path in SKILL_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith(("#", "[")):
                words.update(WORD_RE.findall(line.split("\t")[0].lower().replace("|", " ")))
    for name in ("vocabulary.json", "degrees.json", "headings.json", "certificates.json"):
        data = json.loads((IMPORTER_DATA / name).read_text(encoding="utf-8"))
        words.update(WORD_RE.findall(json.dumps(data, ensure_ascii=False).lower()))
    return {word for word in words if len(word) > 2}


def damaged_forms(word: str) -> dict[str, tuple[str, ...]]:
    """The word with one to MAX_DROPS of its ligature groups dropped, wherever they stand
    ("th" only at its start), each form with the groups it lost."""
    spans = [
        (match.start(), match.start() + len(group), group)
        for group in LIGATURE_GROUPS
        for match in re.finditer(f"(?={group})", word)
        if group not in WORD_START_GROUPS or match.start() == 0
    ]
    forms: dict[str, tuple[str, ...]] = {}
    for count in range(1, MAX_DROPS + 1):
        for chosen in itertools.combinations(sorted(spans), count):
            if any(a[1] > b[0] for a, b in itertools.pairwise(chosen)):
                continue  # overlapping groups: one glyph cannot be two ligatures
            form, last = "", 0
            for start, end, _ in chosen:
                form += word[last:start]
                last = end
            forms.setdefault(form + word[last:], tuple(group for _, _, group in chosen))
    return forms


def build() -> dict[str, tuple[str, tuple[str, ...]]]:
    frequency = SpellChecker().word_frequency
    own = project_words()

    def count(word: str) -> int:
        return frequency.dictionary.get(word, 0)

    restorable = {
        word
        for word in set(frequency.keys()) | own
        if WORD_RE.fullmatch(word)
        and (word in own or count(word) >= RESTORED_MIN_COUNT)
        and any(group in word for group in LIGATURE_GROUPS)
    }
    candidates: dict[str, list[str]] = defaultdict(list)
    lost: dict[tuple[str, str], tuple[str, ...]] = {}
    for word in restorable:
        for form, groups in damaged_forms(word).items():
            if len(form) >= MIN_DAMAGED_LENGTH:
                candidates[form].append(word)
                lost[form, word] = groups
    table = {}
    for form, words in candidates.items():
        if form in own:
            continue
        words.sort(key=lambda word: (-count(word), word))
        best = words[0]
        # A project word the dictionary lacks ("kubernetes") counts as ordinary English.
        best_count = max(count(best), RESTORED_MIN_COUNT)
        if count(form) > DAMAGED_MAX_COUNT or count(form) > best_count * DAMAGED_SHARE:
            continue
        if len(words) > 1 and count(words[1]) * CLEARLY_BEST > best_count:
            continue
        table[form] = (best, lost[form, best])
    return table


def main() -> None:
    table = build()
    lines = [
        "# Damaged word<TAB>the word it was<TAB>the ligatures it lost, built by",
        "# scripts/build_ligature_repairs.py from pyspellchecker's English dictionary and the",
        "# project's skill and import word lists.",
        *(f"{form}\t{word}\t{','.join(groups)}" for form, (word, groups) in sorted(table.items())),
    ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} damaged forms -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
