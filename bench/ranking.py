"""Does the ranking agree with a recruiter? NDCG@5 and top-1 against hand-graded orderings.

    .venv/bin/python bench/ranking.py [--explain]

bench/data/ranking/resumes.json holds resumes written for this benchmark, each
with the grade a recruiter would give every posting in jobs/tests/postings
(3 apply now, 2 worth a try, 1 a stretch, 0 wrong job). For each resume the
postings are ranked by `jobs.matching.rank` and, in the same process, by a
plain TF-IDF cosine between the resume's text and each posting's; printed are
the mean NDCG@5 and how often the first posting is one of the best-graded.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")
import django  # noqa: E402

django.setup()

from jobs.extraction import extract_requirements  # noqa: E402
from jobs.matching import rank  # noqa: E402

POSTINGS = ROOT / "jobs" / "tests" / "postings"
RESUMES = ROOT / "bench" / "data" / "ranking" / "resumes.json"


def ndcg_at(order: list[str], grades: dict[str, int], k: int = 5) -> float:
    gain = sum(
        (2 ** grades.get(name, 0) - 1) / math.log2(i + 2) for i, name in enumerate(order[:k])
    )
    ideal_order = sorted(grades.values(), reverse=True)[:k]
    ideal = sum((2**grade - 1) / math.log2(i + 2) for i, grade in enumerate(ideal_order))
    return gain / ideal if ideal else 0.0


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z0-9+#.]*[a-z0-9+#]|[a-z]", text.lower())


def _document_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_document_text(item) for item in value.values())
    if isinstance(value, list):
        return " ".join(_document_text(item) for item in value)
    return ""


def tfidf_order(resume_text: str, postings: dict[str, str]) -> list[str]:
    """The baseline: cosine of TF-IDF vectors (idf over the postings and the resume)."""
    documents = {name: Counter(_words(text)) for name, text in postings.items()}
    query = Counter(_words(resume_text))
    count = len(documents) + 1
    frequency = Counter(word for counts in [*documents.values(), query] for word in counts)

    def vector(counts: Counter) -> dict[str, float]:
        return {
            w: (1 + math.log(c)) * math.log((count + 1) / (frequency[w] + 1))
            for w, c in counts.items()
        }

    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(value * b.get(word, 0.0) for word, value in a.items())
        norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0

    resume_vector = vector(query)
    scores = {name: cosine(resume_vector, vector(counts)) for name, counts in documents.items()}
    return sorted(postings, key=lambda name: -scores[name])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", action="store_true", help="print each resume's two orderings")
    args = parser.parse_args()
    postings = {
        path.stem: path.read_text(encoding="utf-8") for path in sorted(POSTINGS.glob("*.txt"))
    }
    extracted = [(name, extract_requirements(text)) for name, text in postings.items()]
    resumes = json.loads(RESUMES.read_text(encoding="utf-8"))["resumes"]
    totals = {"ranking": [0.0, 0], "tf-idf": [0.0, 0]}
    for resume in resumes:
        grades = resume["grades"]
        ours = [name for name, _ in rank(resume["document"], extracted, advice=False)]
        baseline = tfidf_order(_document_text(resume["document"]), postings)
        best = max(grades.values())
        for label, order in (("ranking", ours), ("tf-idf", baseline)):
            totals[label][0] += ndcg_at(order, grades)
            totals[label][1] += grades.get(order[0], 0) == best
        if args.explain:
            print(f"{resume['id']:<16} ours {ours[:5]}\n{'':<16} tfidf {baseline[:5]}")
    count = len(resumes)
    print(f"{count} resumes x {len(postings)} postings, hand-graded orderings")
    for label, (ndcg, top) in totals.items():
        print(f"{label:<8} NDCG@5 {ndcg / count:.3f}   top-1 {top}/{count}")


if __name__ == "__main__":
    main()
