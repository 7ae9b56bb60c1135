"""Build jobs/data/posting_word_rarity.txt: in how many sentences of real job postings each
word (stemmed) appears, so that matching can weigh a word two texts share by how rare it is
in postings ("reconciliation" says more than "team"), for jobs.matching's duty score.

    .venv/bin/python scripts/build_posting_word_rarity.py [../shared/data/skillspan-dev]

A development script: matching only reads its output. The sentences are SkillSpan's dev
split (Zhang et al., NAACL 2022; MIT / CC-BY-4.0): 3,400 sentences of English job
postings, tech and other trades; only its words are read here, not its labels. Stems seen
in fewer than MIN_SENTENCES sentences are left out: a stem not listed is rare.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.taxonomy import content_words  # noqa: E402

SOURCE = ROOT.parent / "shared" / "data" / "skillspan-dev"
OUTPUT = ROOT / "jobs" / "data" / "posting_word_rarity.txt"
MIN_SENTENCES = 2
HEADER = (
    "# In how many sentences of real job postings each stemmed word appears (SkillSpan dev,\n"
    "# Zhang et al., NAACL 2022), built by scripts/build_posting_word_rarity.py. The first\n"
    "# line after these is the number of sentences; then 'stem count', most common first.\n"
)


def sentences(folder: Path):
    for path in sorted(folder.glob("*.conll")):
        words: list[str] = []
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
                continue
            token = line.split("\t", 1)[0]
            if not token.startswith("<"):  # <ORGANIZATION> and other masks
                words.append(token)
        if words:
            yield " ".join(words)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    counts: Counter[str] = Counter()
    total = 0
    for sentence in sentences(folder):
        total += 1
        counts.update(w for w in content_words(sentence) if re.fullmatch(r"[a-z+#-]+", w))
    kept = sorted(
        ((stem, count) for stem, count in counts.items() if count >= MIN_SENTENCES),
        key=lambda item: (-item[1], item[0]),
    )
    OUTPUT.write_text(
        HEADER + f"{total}\n" + "".join(f"{stem} {count}\n" for stem, count in kept),
        encoding="utf-8",
    )
    print(f"wrote {len(kept)} stems from {total} sentences to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
