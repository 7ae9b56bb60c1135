"""Build jobs/data/esco_skills.tsv from the ESCO skill labels in ../shared/data/esco.

    .venv/bin/python scripts/build_esco_skills.py [--source PATH]

A development script: the project ships its output and never reads ../shared
at run time. It keeps labels of up to four words, drops single words that are
everyday English (so "energy" or "history" do not become skills), skips what
the curated list already covers, and marks each label as an ability (a verb
phrase such as "manage budgets") or knowledge (a noun phrase such as
"supply chain management").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "esco" / "skills_en_label.txt"
OUTPUT = ROOT / "jobs" / "data" / "esco_skills.tsv"
MAX_WORDS = 4
COMMON_WORD_FREQUENCY = (
    20_000  # pyspellchecker counts; above this a single word is everyday English
)
VERB_MIN_LABELS = 3  # a first word is a verb if it starts this many labels...
VERB_FIRST_SHARE = 0.8  # ...and nearly always comes first ("manage", not "computer")
HEADER = """# ESCO skill and knowledge labels (v1.1.0, English preferred labels), filtered by
# scripts/build_esco_skills.py. This service uses the ESCO classification of the
# European Commission. Columns: label<TAB>form (ability|knowledge).
"""


def build(source: Path) -> list[tuple[str, str]]:
    from spellchecker import SpellChecker

    from jobs.taxonomy import load_curated

    frequency = SpellChecker().word_frequency
    labels = [
        line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    first_words = Counter(label.split()[0] for label in labels if label.split()[0].islower())
    later_words = Counter(word for label in labels for word in label.split()[1:])
    curated = {alias.lower() for term in load_curated() for alias in term.aliases}
    kept = []
    for label in sorted(set(labels)):
        words = label.split()
        if len(words) > MAX_WORDS or label.lower() in curated:
            continue
        if len(words) == 1 and frequency[label.lower()] > COMMON_WORD_FREQUENCY:
            continue
        first = words[0]
        share = (
            first_words[first] / (first_words[first] + later_words[first])
            if first_words[first]
            else 0
        )
        is_verb = (
            first.islower()
            and first_words[first] >= VERB_MIN_LABELS
            and share >= VERB_FIRST_SHARE
            and len(words) > 1
        )
        kept.append((label, "ability" if is_verb else "knowledge"))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    if not args.source.exists():
        sys.exit(f"ESCO labels not found at {args.source}; pass --source.")
    kept = build(args.source)
    OUTPUT.write_text(
        HEADER + "".join(f"{label}\t{form}\n" for label, form in kept), encoding="utf-8"
    )
    forms = Counter(form for _, form in kept)
    print(f"wrote {len(kept)} labels to {OUTPUT.relative_to(ROOT)} ({dict(forms)})")


if __name__ == "__main__":
    main()
