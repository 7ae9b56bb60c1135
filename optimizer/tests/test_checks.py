"""Every check fires on a resume that has its problem, and stays quiet on one that does not."""

import copy
from collections import Counter

import pytest

from optimizer.analysis import CHECKS, analyze


def _bullets(document, role=0):
    return document["work"][role]["highlights"]


def _set_bullet(text, role=0, index=0):
    def mutate(document):
        _bullets(document, role)[index] = text

    return mutate


def _basics(key, value):
    def mutate(document):
        document["basics"][key] = value

    return mutate


def _remove(*path):
    def mutate(document):
        node = document
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return mutate


def _many_words(document):
    for role in document["work"]:
        role["highlights"] = [
            f"{text} Coordinated the rollout with {n} teams across support, finance and "
            "sales to keep customers informed at every step."
            for n, text in enumerate(role["highlights"], start=2)
        ]
    document["basics"]["summary"] += " " + " ".join(
        ["Experienced across fintech and logistics domains."] * 40
    )


def _more_pages(document):
    document["work"] = document["work"] * 4


def _gap(document):
    document["work"][1]["endDate"] = "2019-06"


def _overlap(document):
    document["work"][1]["endDate"] = "2021-12"


def _order(document):
    document["work"][0], document["work"][1] = document["work"][1], document["work"][0]


def _empty_entry(document):
    document["awards"].append({})


def _nonstandard(document):
    document["hobbies_custom"] = ["Chess"]


def _low_quantification(document):
    plain = [
        "Led design reviews for the platform group.",
        "Drove adoption of typed Python across services.",
        "Championed blameless incident reviews.",
        "Streamlined the release checklist.",
        "Organized the backend reading group.",
        "Simplified the deploy pipeline.",
    ]
    for role in document["work"]:
        role["highlights"] = [
            plain[(i + len(role["highlights"])) % len(plain)]
            for i in range(len(role["highlights"]))
        ]


def _repeated_verb(document):
    for index in range(3):
        _bullets(document, 1)[index] = "Built " + _bullets(document, 1)[index].split(" ", 1)[1]


def _overused(document):
    for index in range(5):
        _bullets(document, 1)[index] += " Reliability improved."


def _duplicate(document):
    _bullets(document, 1)[1] = _bullets(document, 1)[0]


def _trailing(document):
    for role in document["work"]:
        role["highlights"] = [text.rstrip(".") for text in role["highlights"]]
    _bullets(document, 0)[0] += "."


def _term(document):
    _bullets(document, 1)[1] = (
        _bullets(document, 1)[1]
        .replace("Redis", "redis")
        .replace("Celery", "Celery and Javascript")
    )


def _date_precision(document):
    document["work"][1]["startDate"] = "2017"


def _year_only(document):
    document["work"][1]["startDate"] = "2017"
    document["work"][1]["endDate"] = "2021"


def _current_tense(document):
    _bullets(document, 0)[3] = "Mentored engineers on code review practice."


def _past_tense(document):
    _bullets(document, 1)[0] = (
        "Build a route planning API in Go that schedules 40,000 deliveries per day."
    )


def _unevidenced(document):
    document["skills"][0]["keywords"].append("Haskell")


def _bullet_count(document):
    document["work"][0]["highlights"] = document["work"][0]["highlights"][:2]


def _future(document):
    document["certificates"][0]["date"] = "2099-01"


def _end_before_start(document):
    document["work"][1]["endDate"] = "2016-01"


TRIGGERS = {
    "ats.missing_name": _basics("name", ""),
    "ats.missing_email": _remove("basics", "email"),
    "ats.invalid_email": _basics("email", "priya.shah(at)example"),
    "ats.missing_phone": _basics("phone", ""),
    "ats.missing_location": _basics("location", {}),
    "ats.missing_profile": lambda d: d["basics"].update(profiles=[], url=""),
    "ats.nonstandard_section": _nonstandard,
    "ats.ligature": _set_bullet(
        "Owned the eﬃcient settlement service that moves $2 billion a month."
    ),
    "ats.emoji": _set_bullet(
        "Own the settlement service 🚀 that moves $2 billion a month across 14 partners."
    ),
    "ats.smart_quotes": _set_bullet(
        "Own the “settlement” service that moves $2 billion a month across 14 partners."
    ),
    "ats.invisible_characters": _set_bullet(
        "Own the settlement\u00a0service that moves $2 billion a month across 14 partners."
    ),
    "ats.symbol_bullet": _set_bullet(
        "• Own the settlement service that moves $2 billion a month across 14 partners."
    ),
    "ats.year_only_dates": _year_only,
    "ats.unreadable_date": lambda d: d["work"][1].update(startDate="Spring 2017"),
    "impact.weak_verb": _set_bullet(
        "Settlement service owner, moving $2 billion a month across 14 partners."
    ),
    "impact.duty_phrasing": _set_bullet(
        "Responsible for the settlement service that moves $2 billion a month."
    ),
    "impact.helper_phrasing": _set_bullet(
        "Helped with the settlement service that moves $2 billion a month."
    ),
    "impact.low_quantification": _low_quantification,
    "impact.missing_metric": _set_bullet("Own the settlement service for our banking partners."),
    "impact.first_person": _basics(
        "summary",
        "I am a backend engineer with nine years of experience designing payment platforms, "
        "and I grow engineers into leads.",
    ),
    "impact.passive_voice": _set_bullet(
        "Checkout latency was reduced from 900 ms to 180 ms through ledger query redesign.", index=1
    ),
    "impact.buzzwords": _basics(
        "summary",
        "Results-driven backend engineer with nine years of experience designing payment and "
        "logistics platforms in Python and Go for growing companies.",
    ),
    "impact.ai_phrases": _basics(
        "summary",
        "Backend engineer with nine years of experience who seamlessly designs payment and "
        "logistics platforms in Python and Go for growing companies.",
    ),
    "consistency.date_format": _date_precision,
    "consistency.reverse_chronological": _order,
    "consistency.end_before_start": _end_before_start,
    "consistency.future_date": _future,
    "consistency.gap": _gap,
    "consistency.overlap": _overlap,
    "consistency.past_tense": _past_tense,
    "consistency.current_tense": _current_tense,
    "consistency.term_spelling": _term,
    "consistency.trailing_punctuation": _trailing,
    "consistency.bullet_capitalization": _set_bullet(
        "own the settlement service that moves $2 billion a month across 14 partners."
    ),
    "length.word_count": _many_words,
    "length.bullets_per_role": _bullet_count,
    "length.long_bullet": _set_bullet(
        "Own the settlement service that moves $2 billion a month across 14 banking "
        "partners, including reconciliation, dispute handling, reporting to regulators in "
        "three countries and the on-call rotation for every payment rail we run."
    ),
    "length.short_bullet": _set_bullet("Owned payments."),
    "length.summary_length": _basics("summary", "Backend engineer, nine years."),
    "length.empty_section": _empty_entry,
    "length.page_estimate": _more_pages,
    "content.missing_experience": lambda d: (d.pop("work"), d.pop("projects")),
    "content.missing_summary": _remove("basics", "summary"),
    "content.missing_skills": _remove("skills"),
    "content.missing_education": _remove("education"),
    "content.unevidenced_skill": _unevidenced,
    "content.repeated_verb": _repeated_verb,
    "content.overused_word": _overused,
    "content.duplicate_bullet": _duplicate,
    "content.spelling": _set_bullet(
        "Own the settlment service that moves $2 billion a month across 14 partners."
    ),
}


def test_every_check_has_a_trigger_case():
    assert set(TRIGGERS) == set(CHECKS)


def test_fifty_checks_cover_the_five_categories_with_at_least_five_each():
    per_category = Counter(check.category for check in CHECKS.values())
    assert len(CHECKS) >= 50
    assert set(per_category) == {"ats", "content", "impact", "consistency", "length"}
    assert min(per_category.values()) >= 5


@pytest.mark.parametrize("check_id", sorted(TRIGGERS))
def test_check_fires_on_its_problem(clean_document, check_id):
    document = copy.deepcopy(clean_document)
    TRIGGERS[check_id](document)
    found = [finding for finding in analyze(document).findings if finding.check == check_id]
    assert found, f"{check_id} did not fire"
    assert all(
        finding.message and finding.category == CHECKS[check_id].category for finding in found
    )


@pytest.mark.parametrize("check_id", sorted(TRIGGERS))
def test_check_stays_quiet_on_a_clean_resume(clean_document, check_id):
    assert not [
        finding for finding in analyze(clean_document).findings if finding.check == check_id
    ]


def test_findings_point_at_the_line_they_are_about(clean_document):
    TRIGGERS["impact.duty_phrasing"](clean_document)
    finding = next(f for f in analyze(clean_document).findings if f.check == "impact.duty_phrasing")
    assert (finding.section, finding.entry, finding.field, finding.bullet, finding.path) == (
        "work",
        0,
        "highlights",
        0,
        "work/0/highlights/0",
    )


def test_ordinary_english_words_are_not_taken_for_technology_names(clean_document):
    clean_document["work"][0]["highlights"][0] = (
        "Own the rest of the go-to-market tooling that moves $2 billion a month."
    )
    assert not [
        f for f in analyze(clean_document).findings if f.check == "consistency.term_spelling"
    ]


def test_completed_results_may_stay_in_past_tense_in_the_current_role(clean_document):
    clean_document["work"][0]["highlights"][0] = (
        "Launched the settlement service that moves $2 billion a month."
    )
    assert not [
        f for f in analyze(clean_document).findings if f.check == "consistency.current_tense"
    ]


def _both(*mutations):
    def mutate(document):
        for mutation in mutations:
            mutation(document)

    return mutate


# What looks like each problem but is not one: a good coach would not flag these.
NEAR_MISSES = {
    "impact.first_person": _set_bullet(
        "Own triage for 14 banking partners at a Level I incident desk, with I/O budgets set "
        "per partner."
    ),
    "impact.weak_verb": _both(
        _set_bullet(
            "Triaged $2 billion a month of settlement exceptions across 14 banking partners."
        ),
        _set_bullet(
            "Co-founded the settlement guild that now has 40 engineers across 14 partners.", index=1
        ),
        lambda d: d["projects"][1]["highlights"].__setitem__(
            0, "Used by 4 companies in production."
        ),
    ),
    "impact.passive_voice": _both(
        _set_bullet(
            "Was based in Seattle while leading settlement for 14 banking partners.", index=1
        ),
        _set_bullet("Own the settlement service that is used by 14 banking partners.", index=2),
    ),
    "content.spelling": _set_bullet(
        "Rebuilt the colour scheme and programme lifecycle for 14 partners' centres, triaged "
        "by region."
    ),
    "consistency.term_spelling": _set_bullet(
        "Built a React dashboard that lets 14 banking partners react to settlement delays in "
        "minutes."
    ),
    "consistency.gap": lambda d: d["work"][2].update(endDate="2016-07"),  # exactly six months
    "consistency.overlap": lambda d: d["work"][1].update(endDate="2021-04"),  # handover month
    "consistency.date_format": lambda d: d["work"][1].update(startDate="2017-02-13"),
    "consistency.past_tense": _set_bullet(
        "Cut dispatch time from 40 to 12 minutes for 300 drivers.", role=1, index=0
    ),
    "content.unevidenced_skill": lambda d: d["skills"][1]["keywords"].extend(
        ["Kubernetes", "Postgres"]
    ),  # a certificate shows one, another spelling of a used technology the other
    "content.repeated_verb": lambda d: _bullets(d, 1).__setitem__(
        0, "Migrated a route planning API to Go, scheduling 40,000 deliveries per day."
    ),
    "length.bullets_per_role": lambda d: d["work"][2].update(
        highlights=d["work"][2]["highlights"][:2]
    ),  # an older role may be brief
    "ats.unreadable_date": lambda d: d["work"][0].update(endDate="Present"),
}


@pytest.mark.parametrize("check_id", sorted(NEAR_MISSES))
def test_check_stays_quiet_on_a_near_miss(clean_document, check_id):
    NEAR_MISSES[check_id](clean_document)
    found = [f for f in analyze(clean_document).findings if f.check == check_id]
    assert not found, found


def test_a_skill_is_shown_by_a_technology_that_needs_it(clean_document):
    clean_document["skills"][0]["keywords"].append("JavaScript")
    assert any(f.check == "content.unevidenced_skill" for f in analyze(clean_document).findings)
    clean_document["work"][0]["highlights"][1] = (
        "Cut p99 checkout latency from 900 ms to 180 ms by rewriting the TypeScript checkout."
    )
    assert not any(f.check == "content.unevidenced_skill" for f in analyze(clean_document).findings)


def test_typos_are_reported_with_their_correction(clean_document):
    clean_document["work"][1]["highlights"][3] = (
        "Automated warehouse reports, saving the operations managment team 12 hours each week."
    )
    [finding] = [f for f in analyze(clean_document).findings if f.check == "content.spelling"]
    assert finding.path == "work/1/highlights/3" and "“management”" in finding.fix


def test_a_gap_is_counted_in_whole_months_between_roles(clean_document):
    clean_document["work"][2]["endDate"] = "2016-06"  # July 2016 to January 2017: seven months
    [finding] = [f for f in analyze(clean_document).findings if f.check == "consistency.gap"]
    assert "gap of 7 months" in finding.message


def test_year_only_dates_are_never_told_to_drop_the_month_elsewhere(clean_document):
    for entry in clean_document["work"]:
        entry["startDate"] = entry["startDate"][:4]
        if "endDate" in entry:
            entry["endDate"] = entry["endDate"][:4]
    findings = [f for f in analyze(clean_document).findings if f.check == "consistency.date_format"]
    assert findings and all("Add the month" in f.fix for f in findings)
