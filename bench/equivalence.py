"""Do extraction and matching give the same results as before a speed change?

    .venv/bin/python bench/equivalence.py --save var/equivalence.json   # before the change
    .venv/bin/python bench/equivalence.py --check var/equivalence.json  # after it

Runs `extract_requirements` and `match_profile` on a fixed sample: real-length
vacancies (2-6 KB, seeded), short postings, the posting fixtures of the tests, the
same postings pasted as one paragraph, and SkillSpan sentences when the shared data
is there. `--save` writes every result; `--check` runs the sample again and lists
each posting whose extraction or match differs. A speed change must leave the
check empty; a change to the reading rules is expected to show here, so save
again from the commit before a speed change, not after a rules change.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.vacancies import vacancies, vacancy  # noqa: E402
from jobs.extraction import PostingError, extract_requirements  # noqa: E402
from jobs.matching import match_profile, profile_of  # noqa: E402
from tests.generated_postings import posting  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402

FIXTURES = ROOT / "jobs" / "tests" / "postings"
# ../shared/data from the main checkout; ../../shared/data from a worktree under /work/wt.
SKILLSPAN = next(
    (
        folder / "shared" / "data" / "skillspan-dev"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "data" / "skillspan-dev").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "skillspan-dev",
)


def sample(count: int) -> dict[str, str]:
    """Named postings, always the same for the same count."""
    texts: dict[str, str] = {}
    for index, text in enumerate(vacancies(count, seed=11)):
        texts[f"vacancy-{index}"] = text
    for seed in range(count // 4):
        texts[f"vacancy-4k-{seed}"] = vacancy(1000 + seed, 4096)
        texts[f"posting-{seed}"] = posting(seed)
    for path in sorted(FIXTURES.glob("*.txt")):
        texts[f"fixture-{path.stem}"] = path.read_text(encoding="utf-8")
    for name, text in list(texts.items())[:: max(1, len(texts) // 40)]:
        texts[f"{name}-one-paragraph"] = " ".join(text.split())
    if SKILLSPAN.exists():
        sentences, words = [], []
        for path in sorted(SKILLSPAN.glob("*.conll")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    words.append(line.split("\t")[0])
                elif words:
                    sentences.append(" ".join(words))
                    words = []
        for index, sentence in enumerate(sentences[:: max(1, len(sentences) // count)]):
            texts[f"skillspan-{index}"] = sentence
    return texts


def results(count: int) -> dict[str, dict]:
    profiles = [profile_of(resume(seed)) for seed in (3, 8)]
    out: dict[str, dict] = {}
    for name, text in sample(count).items():
        try:
            requirements = extract_requirements(text)
        except PostingError as error:
            out[name] = {"error": str(error)}
            continue
        matches = [match_profile(profile, requirements).to_dict() for profile in profiles]
        out[name] = {"requirements": requirements.to_dict(), "matches": matches}
    # One JSON round trip, so saved and fresh results compare alike (tuples become lists).
    return json.loads(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="Write the results to this file.")
    action.add_argument("--check", type=Path, help="Compare with the results in this file.")
    parser.add_argument("--count", type=int, default=200, help="Vacancies in the sample.")
    args = parser.parse_args()
    fresh = results(args.count)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(fresh, indent=0, sort_keys=True))
        print(f"saved {len(fresh)} results to {args.save}")
        return
    saved = json.loads(args.check.read_text())
    differ = [name for name in saved.keys() | fresh.keys() if saved.get(name) != fresh.get(name)]
    for name in sorted(differ)[:20]:
        before, after = saved.get(name, {}), fresh.get(name, {})
        keys = sorted(
            key
            for part in ("requirements",)
            for key in (before.get(part, {}).keys() | after.get(part, {}).keys())
            if before.get(part, {}).get(key) != after.get(part, {}).get(key)
        )
        matches = before.get("matches") != after.get("matches")
        print(f"differs: {name}: {', '.join(keys) or '-'}{' (and its matches)' if matches else ''}")
    print(f"{len(fresh) - len(differ)} of {len(saved.keys() | fresh.keys())} results are the same")
    if differ:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
