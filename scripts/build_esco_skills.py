"""Build jobs/data/esco_skills.tsv from the ESCO skill labels in ../shared/data/esco.

    .venv/bin/python scripts/build_esco_skills.py [--source PATH]

A development script: the project ships its output and never reads ../shared
at run time. It keeps labels of up to four words (not counting a trailing
qualifier in brackets), drops single words that are everyday English (so
"energy" or "history" do not become skills), skips what the curated list
already covers, and marks each label as an ability (a verb phrase such as
"manage budgets") or knowledge (a noun phrase such as "supply chain
management").

Each label may get aliases, written in a third column: the label without its
bracketed qualifier ("GIMP (graphics editor software)" -> "GIMP") when that is
one word found in no English dictionary, and the "-ing" form of an ability ("manage budgets" ->
"managing budgets"), which is how postings usually write them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from spellchecker import SpellChecker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.taxonomy import load_curated  # noqa: E402 (after the sys.path line)

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "esco" / "skills_en_label.txt"
OUTPUT = ROOT / "jobs" / "data" / "esco_skills.tsv"
MAX_WORDS = 4
COMMON_WORD_FREQUENCY = (
    20_000  # pyspellchecker counts; above this a single word is everyday English
)
VERB_MIN_LABELS = 3  # a first word is a verb if it starts this many labels...
VERB_FIRST_SHARE = 0.8  # ...and nearly always comes first ("manage", not "computer")
QUALIFIER_RE = re.compile(r"\s*\([^)]*\)\s*$")
# Verbs of two or more syllables stressed on the last one double their consonant ("controlling").
DOUBLING_VERBS = {
    "admit",
    "commit",
    "compel",
    "confer",
    "control",
    "dispel",
    "emit",
    "equip",
    "excel",
    "format",
    "infer",
    "occur",
    "omit",
    "patrol",
    "permit",
    "prefer",
    "program",
    "propel",
    "recur",
    "refer",
    "regret",
    "repel",
    "submit",
    "transfer",
    "transmit",
}
HEADER = """# ESCO skill and knowledge labels (v1.1.0, English preferred labels), filtered by
# scripts/build_esco_skills.py. This service uses the ESCO classification of the
# European Commission. Columns: label<TAB>form (ability|knowledge)[<TAB>alias|alias...].
"""


def gerund(verb: str) -> str:
    """manage -> managing, plan -> planning, tie -> tying, develop -> developing."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if verb in DOUBLING_VERBS or re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def build(source: Path) -> list[tuple[str, str, list[str]]]:
    frequency = SpellChecker().word_frequency
    labels = [
        line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    first_words = Counter(label.split()[0] for label in labels if label.split()[0].islower())
    later_words = Counter(word for label in labels for word in label.split()[1:])
    curated = {alias.lstrip("!=~").lower() for term in load_curated() for alias in term.aliases}
    kept = []
    for label in sorted(set(labels)):
        bare = QUALIFIER_RE.sub("", label)
        words = bare.split()
        if len(words) > MAX_WORDS or label.lower() in curated or bare.lower() in curated:
            continue
        common = len(words) == 1 and frequency[bare.lower()] > COMMON_WORD_FREQUENCY
        if common and bare == label:
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
        aliases = []
        if bare != label and len(words) == 1 and (bare.isupper() or not frequency[bare.lower()]):
            # "Brightspace", and "GIMP" in capitals only ("=" as in the curated list);
            # never "Canvas"
            aliases.append(f"={bare}" if bare.isupper() else bare)
        if is_verb:
            aliases.append(" ".join([gerund(first), *words[1:]]))
        kept.append((label, "ability" if is_verb else "knowledge", aliases))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    if not args.source.exists():
        sys.exit(f"ESCO labels not found at {args.source}; pass --source.")
    kept = build(args.source)
    OUTPUT.write_text(
        HEADER
        + "".join(
            f"{label}\t{form}" + (f"\t{'|'.join(aliases)}" if aliases else "") + "\n"
            for label, form, aliases in kept
        ),
        encoding="utf-8",
    )
    forms = Counter(form for _, form, _ in kept)
    print(f"wrote {len(kept)} labels to {OUTPUT.relative_to(ROOT)} ({dict(forms)})")


if __name__ == "__main__":
    main()
