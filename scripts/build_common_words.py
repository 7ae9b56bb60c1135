"""Build resumeopt/importers/data/common_words.txt: the English words common enough that a
capitalised one is no name on its own ("Food", "Summit"), for jobs.extraction.names and the
resume importer (a town no list knows is no common word: "Cloud Platform" is no place).

    .venv/bin/python scripts/build_common_words.py

A development script: extraction only reads its output, a list that loads in a few
milliseconds, where the dictionary it comes from (pyspellchecker's English word
frequencies, shipped in its wheel, already a dependency) takes a quarter of a second.
A word is common when the dictionary counts it at least COMMON_FREQUENCY times.
"""

from __future__ import annotations

from pathlib import Path

from spellchecker import SpellChecker

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resumeopt" / "importers" / "data" / "common_words.txt"
COMMON_FREQUENCY = 1000
HEADER = (
    "# English words common enough that a capitalised one is no name on its own, built by\n"
    "# scripts/build_common_words.py from pyspellchecker's English word frequencies.\n"
)


def main() -> None:
    frequency = SpellChecker().word_frequency.dictionary
    words = sorted(w for w, count in frequency.items() if count >= COMMON_FREQUENCY and w.isalpha())
    OUTPUT.write_text(HEADER + "".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"wrote {len(words)} words to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
