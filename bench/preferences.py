"""Simulate users with hidden preferences and measure what learning them is worth.

    .venv/bin/python bench/preferences.py [--runs 200]

Each scripted user holds one hidden preference ("accepts less the more an edit
lengthens the text", ...), judged from the text itself (characters, digits, a
list of disliked words) by code independent of the model's own features, so the
lift is not true by construction. In each round the user is shown the top three of a pool
of real candidate edits: the rule engine's suggestions for a generated resume
(`optimizer.suggestions.suggest`) and model-style proposals for its bullets
(longer, shorter, with a figure, more formal). The user decides on each of the
three, and the model learns from each decision, until 100 decisions.

Printed: for each user, the acceptance rate of the suggestions shown, per
block of ten decisions, unpersonalised (the engine's order, shuffled) and
personalised (`PreferenceModel.rank`), averaged over many simulated users, and
the rate over the last 20 decisions, and the lift with a 95% confidence
interval (paired by seed). Target (issue #8): the personalised rate
rises clearly above the unpersonalised one.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django

# The suggestion engine reads resumes through the resume model's module.
django.setup()

from optimizer.preferences import Candidate, PreferenceModel, features_of  # noqa: E402
from optimizer.suggestions import suggest  # noqa: E402
from tests.generated_resumes import resume  # noqa: E402

DECISIONS = 100
SHOWN = 3
BLOCK = 10


def rule_candidates(seed: int) -> list[Candidate]:
    return [
        Candidate(s.original, s.replacement, s.section, s.kind, s.check, s.category, "rules")
        for s in suggest(resume(seed, roles=3, bullets=4))
    ]


def model_candidates(rng: random.Random, seed: int) -> list[Candidate]:
    """Proposals a model might make for a bullet: longer, shorter, a figure, a formal register."""
    bullets = [b for entry in resume(seed, roles=2, bullets=3)["work"] for b in entry["highlights"]]
    proposals = []
    for text in rng.sample(bullets, 3):
        core = text.rstrip(".").split(",")[0]
        proposals += [
            Candidate(
                text,
                f"{core}, working closely with product, design and support to ship it on schedule.",
                "work",
                "expand",
                "",
                "impact",
                "model",
            ),
            Candidate(
                text, " ".join(core.split()[:6]) + ".", "work", "shorten", "", "length", "model"
            ),
            Candidate(
                text,
                f"{core}, cutting processing time by {rng.randint(10, 60)}%.",
                "work",
                "quantify",
                "",
                "impact",
                "model",
            ),
            Candidate(
                text,
                "Spearheaded and facilitated " + " ".join(core.split()[1:]) + ".",
                "work",
                "tone",
                "",
                "impact",
                "model",
            ),
        ]
    return proposals


@dataclass
class ScriptedUser:
    name: str
    decides: Callable[[Candidate, random.Random], bool]


# The scripted users judge the text itself, measured here independently of
# optimizer.preferences (characters, digits, a list of words they dislike), so
# what the model learns is not handed to it by its own feature names.
DISLIKED_WORDS = {"spearheaded", "facilitated", "leveraged", "utilized", "synergy", "orchestrated"}


def _chars(text: str) -> int:
    return len(text.strip())


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _words(text: str) -> set[str]:
    return {word.strip(".,;:").lower() for word in text.split()}


def dislikes_longer(candidate: Candidate, rng: random.Random) -> bool:
    """Accepts less the more an edit grows the text (a smooth curve, not a threshold)."""
    growth = _chars(candidate.replacement) / max(_chars(candidate.original), 1)
    return rng.random() < 0.65 / (1 + math.exp(8 * (growth - 1.15)))


def figures_yes_buzzwords_no(candidate: Candidate, rng: random.Random) -> bool:
    if _words(candidate.replacement) & DISLIKED_WORDS:
        return rng.random() < 0.05
    if _digits(candidate.replacement) > _digits(candidate.original):
        return rng.random() < 0.9
    return rng.random() < 0.35


def small_fixes_only(candidate: Candidate, rng: random.Random) -> bool:
    """Takes edits that keep most of the user's own words, rarely a rewrite."""
    before, after = _words(candidate.original), _words(candidate.replacement)
    kept = len(before & after) / max(len(before | after), 1)
    return rng.random() < (0.75 if kept >= 0.6 else 0.1)


def no_preference(candidate: Candidate, rng: random.Random) -> bool:
    return rng.random() < 0.5


USERS = [
    ScriptedUser("accepts less the more an edit lengthens the text", dislikes_longer),
    ScriptedUser("takes added figures, refuses buzzword verbs", figures_yes_buzzwords_no),
    ScriptedUser("takes small fixes that keep their words, rarely rewrites", small_fixes_only),
    ScriptedUser("no preference (accepts half at random)", no_preference),
]


def simulate(
    user: ScriptedUser, seed: int, personalised: bool, pools: list[list[Candidate]]
) -> list[bool]:
    rng = random.Random(seed)
    model = PreferenceModel()
    outcomes: list[bool] = []
    round_number = 0
    while len(outcomes) < DECISIONS:
        pool = list(pools[(seed * 7 + round_number) % len(pools)])
        round_number += 1
        rng.shuffle(pool)
        shown = [c for c, _ in model.rank(pool, features_of)] if personalised else pool
        for candidate in shown[:SHOWN]:
            accepted = user.decides(candidate, rng)
            outcomes.append(accepted)
            if personalised:
                model.update(features_of(candidate), accepted)
            if len(outcomes) == DECISIONS:
                break
    return outcomes


def lift_with_interval(
    unpersonalised: list[float], personalised: list[float]
) -> tuple[float, float, float]:
    """Mean difference of the per-user rates, with a normal 95% interval.

    The two runs of one seed are paired (same pools, same random stream to start).
    """
    differences = [
        after - before for before, after in zip(unpersonalised, personalised, strict=True)
    ]
    mean = statistics.mean(differences)
    spread = statistics.NormalDist().inv_cdf(0.975) * statistics.stdev(differences)
    half_width = spread / math.sqrt(len(differences))
    return mean, mean - half_width, mean + half_width


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--runs", type=int, default=200, help="simulated users per scripted preference"
    )
    runs = parser.parse_args().runs
    rng = random.Random(0)
    pools = [rule_candidates(seed) + model_candidates(rng, seed) for seed in range(40)]
    print(
        f"Candidate pools: {len(pools)}, {statistics.mean(len(p) for p in pools):.0f} edits each; "
        f"top {SHOWN} shown per round; {DECISIONS} decisions; {runs} simulated users per row."
    )
    started = time.perf_counter()
    header = " ".join(f"{b * BLOCK + 1:>3}-{(b + 1) * BLOCK:<3}" for b in range(DECISIONS // BLOCK))
    for user in USERS:
        print(f"\n{user.name}")
        print(f"  {'decisions':<15}{header}   last 20")
        last_twenty = {}
        for personalised in (False, True):
            curves = [simulate(user, seed, personalised, pools) for seed in range(runs)]
            blocks = [
                statistics.mean(statistics.mean(c[b * BLOCK : (b + 1) * BLOCK]) for c in curves)
                for b in range(DECISIONS // BLOCK)
            ]
            last_twenty[personalised] = [statistics.mean(c[-20:]) for c in curves]
            final = statistics.mean(last_twenty[personalised])
            label = "personalised" if personalised else "unpersonalised"
            print(
                f"  {label:<15}"
                + " ".join(f"{rate:>7.0%}" for rate in blocks)
                + f"   {final:>7.0%}"
            )
        lift, low, high = lift_with_interval(last_twenty[False], last_twenty[True])
        print(f"  lift over the last 20: {lift:+.1%} (95% CI {low:+.1%} to {high:+.1%})")
    # Cost of one update and one ranking of a pool, as the site does on each decision and page.
    model = PreferenceModel()
    pool = pools[0]
    for candidate in pool * 3:
        model.update(features_of(candidate), True)
    timings = []
    for _ in range(200):
        t0 = time.perf_counter()
        model.rank(pool, features_of)
        timings.append(time.perf_counter() - t0)
    print(
        f"\nRanking a pool of {len(pool)}: median {statistics.median(timings) * 1000:.2f} ms; "
        f"whole simulation {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
