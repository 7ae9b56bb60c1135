import copy

from optimizer.analysis import analyze, compare
from optimizer.analysis.report import Finding
from optimizer.analysis.scoring import CATEGORY_WEIGHTS, category_scores, overall_score


def _finding(
    check="impact.weak_verb", category="impact", severity="warning", path="work/0/highlights/0"
):
    return Finding(check, category, severity, "m", "work", path)


def test_weights_add_up_to_one():
    assert abs(sum(CATEGORY_WEIGHTS.values()) - 1) < 1e-9


def test_one_check_repeated_costs_at_most_three_times():
    findings = [_finding(path=f"work/0/highlights/{i}") for i in range(20)]
    assert category_scores(findings)["impact"] == 100 - 3 * 8


def test_category_score_never_goes_below_zero():
    findings = [_finding(check=f"impact.c{i}", severity="critical") for i in range(10)]
    assert category_scores(findings)["impact"] == 0


def test_clean_resume_scores_100(clean_document):
    report = analyze(clean_document)
    assert report.score == 100 and report.findings == []
    assert overall_score(report.categories) == 100


def test_compare_reports_the_score_change_and_what_was_fixed_and_introduced(clean_document):
    worse = copy.deepcopy(clean_document)
    worse["work"][0]["highlights"][0] = (
        "Responsible for the settlement service that moves $2 billion a month."
    )
    worse["basics"]["email"] = ""
    impact = compare(worse, clean_document)
    assert impact.delta > 0 and impact.score_after == 100
    assert {f.check for f in impact.fixed} == {"impact.duty_phrasing", "ats.missing_email"}
    assert impact.introduced == []
    reverse = compare(clean_document, worse)
    assert reverse.delta == -impact.delta
    assert {f.check for f in reverse.introduced} == {"impact.duty_phrasing", "ats.missing_email"}


def test_a_finding_whose_figures_change_is_neither_fixed_nor_new(clean_document):
    before = copy.deepcopy(clean_document)
    before["work"][0]["highlights"] = [
        "Own the settlement service for banking partners."
    ] * 2 + before["work"][0]["highlights"][2:]
    after = copy.deepcopy(before)
    after["work"][0]["highlights"][3] = "Mentor engineers on code review."
    impact = compare(before, after)
    assert "impact.low_quantification" not in {f.check for f in impact.fixed + impact.introduced}
