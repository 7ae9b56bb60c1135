"""English words common enough that a capitalised one is no name on its own ("Food",
"Summit"): the posting extractor reads a rare capitalised word as a name the taxonomy lacks,
and the resume importer reads a town no list knows only where its last word is no common
word ("Cloud Platform" is no place). Built by scripts/build_common_words.py.

A module of its own, so that the extractor does not load the resume parser to read it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

COMMON_WORDS_FILE = Path(__file__).parent / "importers" / "data" / "common_words.txt"


@cache
def common_words() -> frozenset[str]:
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def common_word(word: str) -> bool:
    """An English word common enough that, capitalised, it is no name on its own."""
    return word.lower() in common_words()
