"""Precision and recall of skill extraction on the SkillSpan dev sentences.

    .venv/bin/python bench/skillspan.py [--data ../shared/data/skillspan-dev] [--every-match]

SkillSpan (Zhang et al., NAACL 2022) marks two kinds of spans in job-posting
sentences: knowledge (tools, technologies, fields: "java", "SQL") and skills
(abilities, often verb phrases: "solving business problems"). Our extractor
labels a found term knowledge or ability (see jobs.taxonomy.Term.form); each is
scored against the gold spans of its kind, for the tech and house postings and
both together, by two criteria:

- exact span: a found span counts only if it covers exactly the gold span's
  tokens (same first and last token);
- token overlap: precision is the share of found spans that overlap some gold
  span of their kind by at least one token, recall the share of gold spans
  overlapped by some found span.

Each sentence is read on its own by `find_skills`: the taxonomy matcher with its
context rules, the sentence read as a clause of a posting without sections. A
sentence about the company, its benefits, legal text or how to apply names its
skills as mentions, which a posting never asks for; they are left out, as
SkillSpan marks what a job asks (`--every-match` counts them too). The data is
SkillSpan's dev split (used to tune the taxonomy's rules, never copied into
it); it is read from ../shared/data at benchmark time and not shipped.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.extraction import find_skills  # noqa: E402

# ../shared/data from the main checkout; ../../shared/data from a worktree under /work/wt.
DEFAULT_DATA = next(
    (
        folder / "shared" / "data" / "skillspan-dev"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "data" / "skillspan-dev").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "skillspan-dev",
)
KINDS = {"skill": 1, "knowledge": 2}  # column of each kind's BIO tags


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    strict: int = 0
    lenient_predicted: int = 0
    lenient_gold: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        p, r = ratio(self.strict, self.predicted), ratio(self.strict, self.gold)
        lp, lr = ratio(self.lenient_predicted, self.predicted), ratio(self.lenient_gold, self.gold)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lf1 = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
        return (
            f"{label:<16} gold {self.gold:>4}  found {self.predicted:>4}   exact span P "
            f"{p:.2f} R {r:.2f} F1 {f1:.2f}"
            f"   token overlap P {lp:.2f} R {lr:.2f} F1 {lf1:.2f}"
        )


def read_sentences(path: Path) -> list[list[list[str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        current.append(line.split("\t"))
    if current:
        sentences.append(current)
    return sentences


def gold_spans(sentence: list[list[str]], column: int) -> set[tuple[int, int]]:
    spans, start = set(), None
    for index, row in enumerate(sentence + [["", "O", "O"]]):
        tag = row[column] if len(row) > column else "O"
        if tag.startswith("B") or not tag.startswith("I"):
            if start is not None:
                spans.add((start, index - 1))
                start = None
            if tag.startswith("B"):
                start = index
    return spans


def predicted_spans(
    sentence: list[list[str]], every_match: bool = False
) -> dict[str, set[tuple[int, int]]]:
    words = [row[0] for row in sentence]
    text, offsets, position = "", [], 0
    for word in words:
        offsets.append((position, position + len(word)))
        text += word + " "
        position += len(word) + 1
    spans: dict[str, set[tuple[int, int]]] = {"skill": set(), "knowledge": set()}
    for skill in find_skills(text):
        if skill.mention and not every_match:
            continue
        covered = [
            i for i, (start, end) in enumerate(offsets) if start < skill.end and end > skill.start
        ]
        if covered:
            kind = "skill" if skill.form == "ability" else "knowledge"
            spans[kind].add((covered[0], covered[-1]))
    return spans


def score(sentences, every_match: bool = False) -> dict[str, Counts]:
    results = {kind: Counts() for kind in KINDS}
    for sentence in sentences:
        predicted = predicted_spans(sentence, every_match)
        for kind, column in KINDS.items():
            gold = gold_spans(sentence, column)
            found = predicted[kind]
            counts = results[kind]
            counts.gold += len(gold)
            counts.predicted += len(found)
            counts.strict += len(gold & found)
            counts.lenient_predicted += sum(
                1 for p in found if any(p[0] <= g[1] and g[0] <= p[1] for g in gold)
            )
            counts.lenient_gold += sum(
                1 for g in gold if any(p[0] <= g[1] and g[0] <= p[1] for p in found)
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--every-match",
        action="store_true",
        help="Also count skills a sentence names about the company, benefits or law.",
    )
    args = parser.parse_args()
    files = sorted(args.data.glob("*.conll"))
    if not files:
        sys.exit(f"No SkillSpan .conll files in {args.data}; pass --data.")
    totals = {kind: Counts() for kind in KINDS}
    sentences = sum(len(read_sentences(path)) for path in files)
    print(f"SkillSpan dev, {sentences} sentences from {', '.join(p.name for p in files)}")
    for path in files:
        sentences = read_sentences(path)
        results = score(sentences, args.every_match)
        name = path.stem.replace("skillspan_", "").replace("_dev", "")
        for kind in KINDS:
            print(results[kind].line(f"{name} {kind}"))
            totals[kind].add(results[kind])
    for kind in KINDS:
        print(totals[kind].line(f"all {kind}"))


if __name__ == "__main__":
    main()
