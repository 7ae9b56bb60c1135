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


def _shrinking(document: dict) -> list[dict]:
    """The document, then ever shorter copies: optional sections, then bullets, then roles go."""
    steps = [copy.deepcopy(document)]
    current = copy.deepcopy(document)
    for section in ("interests", "awards", "volunteer", "languages", "certificates", "projects"):
        current.pop(section, None)
        steps.append(copy.deepcopy(current))
    while len(current["work"]) > 1 or len(current["work"][0]["highlights"]) > 1:
        last = current["work"][-1]
        if len(last["highlights"]) > 1:
            last["highlights"].pop()
        else:
            current["work"].pop()
        steps.append(copy.deepcopy(current))
    return steps


def _growing(document: dict, times: int) -> dict:
    """The document with each role's bullets repeated
    in `times` more roles, further back in time."""
    grown = copy.deepcopy(document)
    for round_ in range(1, times + 1):
        for role in document["work"]:
            older = copy.deepcopy(role)
            older["name"] = f"{role['name']} ({round_})"
            older["startDate"] = f"{int(role['startDate'][:4]) - 8 * round_}{role['startDate'][4:]}"
            if older.get("endDate"):
                older["endDate"] = f"{int(older['endDate'][:4]) - 8 * round_}{older['endDate'][4:]}"
            grown["work"].append(older)
    return grown


def _words(document: dict) -> int:
    from optimizer.analysis.checks.length import total_words
    from optimizer.analysis.document import read_document

    return total_words(read_document(document))


def test_no_score_contradicts_the_word_count_finding(clean_document):
    from optimizer.analysis.checks.length import WORDS_IDEAL

    low, high = WORDS_IDEAL
    documents = _shrinking(clean_document) + [_growing(clean_document, n) for n in (1, 2, 3, 5)]
    lengths = sorted(_words(d) for d in documents)
    assert lengths[0] < 200 and lengths[-1] > 2 * high  # the cases span far below to far above
    for document in documents:
        words = _words(document)
        report = analyze(document)
        missed = 1 - words / low if words < low else 1 - high / words if words > high else 0
        ceiling = 100 - round(100 * missed)
        assert report.categories["length"] <= ceiling, words
        assert report.score <= ceiling, words
        word_findings = [f for f in report.findings if f.check == "length.word_count"]
        assert bool(word_findings) == (words < low or words > high), words


def test_a_resume_a_third_of_the_usual_length_does_not_score_as_good(clean_document):
    short = next(d for d in _shrinking(clean_document) if _words(d) < 175)
    report = analyze(short)
    assert report.score < 60 and report.categories["length"] < 60


def test_a_shorter_resume_never_scores_higher_than_the_longer_one_it_was_cut_from(
    clean_document,
):
    scores = [
        (_words(document), analyze(document).score) for document in _shrinking(clean_document)
    ]
    for (longer_words, longer), (shorter_words, shorter) in zip(scores, scores[1:], strict=False):
        assert shorter <= longer, (longer_words, shorter_words)


def test_a_fix_still_moves_the_score_of_a_short_resume(clean_document):
    short = next(d for d in _shrinking(clean_document) if _words(d) < 300)
    worse = copy.deepcopy(short)
    worse["work"][0]["highlights"][0] = "Responsible for the settlement service."
    assert compare(worse, short).delta > 0
