"""Timing helpers for bench scripts: medians of repeated runs, and a baseline to compare with."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable


def median_seconds(function: Callable[[], object], *, runs: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def baseline_seconds(document: dict) -> float:
    """A fixed amount of plain-Python work on the same document: JSON round trips.

    Reported ratios against it stay comparable across machines of different speeds.
    """
    return median_seconds(lambda: [json.loads(json.dumps(document)) for _ in range(10)])


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"
