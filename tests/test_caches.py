"""Caching where it pays: analysis reports per content, deterministic model replies.

Live feedback analyses the saved resume and every draft; the analysis cache
makes the saved one free after the first time, and must never hand back the
report of different content or grow without bound. Model replies at
temperature 0 are cached in the shared cache (Redis in production), keyed by
the model and the exact messages (resumeopt/tests/test_llm_layer.py covers the
hit and the miss); a dead cache is a miss (tests/reliability/test_service_outages.py).
"""

from __future__ import annotations

import copy

from optimizer import analysis


def test_the_same_content_is_analysed_once_whatever_its_key_order(sample_document):
    first = analysis.analyze(sample_document)
    reordered = dict(reversed(list(copy.deepcopy(sample_document).items())))
    assert analysis.analyze(reordered) is first


def test_changed_content_gets_its_own_report(sample_document):
    before = analysis.analyze(sample_document)
    changed = copy.deepcopy(sample_document)
    changed["work"][0]["highlights"][0] = "Responsible for " + changed["work"][0]["highlights"][0]
    after = analysis.analyze(changed)
    assert after is not before
    assert {f.key for f in after.findings} != {f.key for f in before.findings}
    assert analysis.analyze(sample_document) is before  # both stay cached


def test_the_cache_is_bounded_and_forgets_the_least_recently_used(sample_document):
    def variant(n: int) -> dict:
        document = copy.deepcopy(sample_document)
        document["basics"]["label"] = f"Engineer {n}"
        return document

    oldest = analysis.analyze(variant(0))
    kept = analysis.analyze(variant(1))
    for n in range(2, analysis.CACHE_SIZE + 1):
        analysis.analyze(variant(n))
        analysis.analyze(variant(1))  # used again and again: stays
    assert analysis.analyze(variant(1)) is kept
    assert analysis.analyze(variant(0)) is not oldest  # evicted, analysed afresh
    assert analysis.analyze(variant(0)).score == oldest.score
