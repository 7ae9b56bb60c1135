"""The analysis engine: checks a JSON Resume document and scores it. Plain Python, no Django.

    report = analyze(document)          # Report(score, categories, findings)
    impact = compare(old, new)          # Impact(delta, fixed, introduced, ...)

Checks live in `checks/` (one module per family) and register themselves in
`registry.CHECKS`; weights are in `scoring.py`. Any JSON value can be analysed:
a malformed document gives findings, never an exception.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any

from optimizer.analysis import checks  # noqa: F401 - registers every check
from optimizer.analysis.document import read_document
from optimizer.analysis.registry import CHECKS, Check
from optimizer.analysis.report import CATEGORIES, SEVERITIES, Finding, Impact, Report
from optimizer.analysis.scoring import category_scores, overall_score

__all__ = ["CHECKS", "Check", "Finding", "Impact", "Report", "analyze", "compare"]

CACHE_SIZE = 128
_cache: OrderedDict[str, Report] = OrderedDict()
_cache_lock = threading.Lock()  # consumers, views and tasks analyse from several threads


def analyze(document: Any) -> Report:
    """Run every check and score the document. Results are cached by a hash of the content.

    The live feedback of one edit compares the saved document with each draft,
    so the saved one is analysed once and the drafts once each. The cache keeps
    the last CACHE_SIZE reports per process, keyed by a digest rather than the
    document itself, so a full cache holds reports, not copies of resumes.
    """
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, default=str)
    key = hashlib.sha256(canonical.encode()).hexdigest()
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    resume = read_document(document)
    findings: list[Finding] = []
    for registered in CHECKS.values():
        findings.extend(registered.function(resume))
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.path, f.check))
    categories = category_scores(findings)
    report = Report(
        score=overall_score(categories, findings), categories=categories, findings=findings
    )
    with _cache_lock:
        _cache[key] = report
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return report


def compare(old: Any, new: Any) -> Impact:
    """What changing `old` into `new` did to the score and the findings."""
    before, after = analyze(old), analyze(new)
    before_keys = {finding.key for finding in before.findings}
    after_keys = {finding.key for finding in after.findings}
    return Impact(
        score_before=before.score,
        score_after=after.score,
        delta=after.score - before.score,
        category_deltas={
            name: after.categories[name] - before.categories[name] for name in CATEGORIES
        },
        fixed=[finding for finding in before.findings if finding.key not in after_keys],
        introduced=[finding for finding in after.findings if finding.key not in before_keys],
    )
