"""What the user's applications say: volume, response and interview rates, and what works.

Plain data in, plain data out: `Outcome` rows (one per application) are built by the
view from two queries, so tests and bench/applications.py call `summarize` directly.
Every rate carries its counts, and a group with fewer than MIN_SAMPLE sent applications
is marked as too small to tell, so three applications never read as "100 %".
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

MIN_SAMPLE = 5
# Match-score bands, best first: (label, lowest score in the band).
SCORE_BANDS = [("85–100", 85), ("70–84", 70), ("50–69", 50), ("0–49", 0)]
WEEKS = 12


@dataclass
class Outcome:
    """One application as insights see it."""

    applied_at: datetime | None
    responded_at: datetime | None
    interviewed: bool  # reached an interview (or further) at any time
    version: str = ""  # name of the resume version sent
    template: str = ""
    match_score: int | None = None


@dataclass
class Rate:
    hits: int
    total: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.hits / self.total) if self.total else None

    @property
    def enough(self) -> bool:
        return self.total >= MIN_SAMPLE


@dataclass
class Group:
    label: str
    sent: int
    responses: Rate
    interviews: Rate


@dataclass
class Insights:
    tracked: int
    sent: int
    responses: Rate
    interviews: Rate
    median_days_to_response: float | None
    per_week: list[tuple[date, int]] = field(default_factory=list)
    by_version: list[Group] = field(default_factory=list)
    by_template: list[Group] = field(default_factory=list)
    by_score: list[Group] = field(default_factory=list)


def band_of(score: int | None) -> str:
    if score is None:
        return "No score"
    return next(label for label, lowest in SCORE_BANDS if score >= lowest)


def _groups(sent: list[Outcome], key, order: list[str] | None = None) -> list[Group]:
    grouped: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in sent:
        grouped[key(outcome)].append(outcome)
    labels = [label for label in (order or []) if label in grouped] or sorted(
        grouped, key=lambda label: (-len(grouped[label]), label)
    )
    return [
        Group(
            label,
            len(grouped[label]),
            Rate(sum(o.responded_at is not None for o in grouped[label]), len(grouped[label])),
            Rate(sum(o.interviewed for o in grouped[label]), len(grouped[label])),
        )
        for label in labels
    ]


def summarize(outcomes: list[Outcome], today: date) -> Insights:
    sent = [outcome for outcome in outcomes if outcome.applied_at is not None]
    waits = [
        (o.responded_at - o.applied_at).total_seconds() / 86400
        for o in sent
        if o.responded_at is not None and o.responded_at >= o.applied_at
    ]
    monday = today - timedelta(days=today.weekday())
    weeks = [monday - timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]
    counts: dict[date, int] = defaultdict(int)
    for outcome in sent:
        day = outcome.applied_at.date()
        counts[day - timedelta(days=day.weekday())] += 1
    return Insights(
        tracked=len(outcomes),
        sent=len(sent),
        responses=Rate(sum(o.responded_at is not None for o in sent), len(sent)),
        interviews=Rate(sum(o.interviewed for o in sent), len(sent)),
        median_days_to_response=round(statistics.median(waits), 1) if waits else None,
        per_week=[(week, counts.get(week, 0)) for week in weeks],
        by_version=_groups(sent, lambda o: o.version or "No version pinned"),
        by_template=_groups(sent, lambda o: o.template or "Not recorded"),
        by_score=_groups(
            sent,
            lambda o: band_of(o.match_score),
            [label for label, _ in SCORE_BANDS] + ["No score"],
        ),
    )
