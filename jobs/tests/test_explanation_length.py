"""A ranking's explanation: short enough to read at a glance, and never less than true."""

import datetime

from jobs.extraction import extract_requirements
from jobs.matching import EXPLANATION_LENGTH, match_resume

SENIOR_POSTING = """Senior Software Developer, Payments Platform
Requirements
- 6+ years of experience building backend services in Python.
- 4+ years of Django and PostgreSQL.
- Docker, Kubernetes and AWS.
- Kafka or RabbitMQ.
- Bachelor's degree in Computer Science required.
"""


def _junior_without_skills_list() -> dict:
    started = f"{datetime.date.today().year - 1}-01"
    return {
        "basics": {"label": "Junior Software Developer"},
        "work": [
            {
                "name": "Brightwave Analytics",
                "position": "Junior Software Developer",
                "startDate": started,
                "highlights": [
                    "Built REST endpoints in Python and Django for the billing service.",
                    "Wrote PostgreSQL migrations and fixed slow queries.",
                ],
            }
        ],
    }


def test_many_findings_fit_in_a_table_cell_keeping_what_lowered_the_score():
    match = match_resume(_junior_without_skills_list(), extract_requirements(SENIOR_POSTING))
    explanation = match.explanation
    assert len(explanation) <= EXPLANATION_LENGTH
    hard = match.breakdown["hard_skills"]
    assert explanation.startswith(f"{hard['must_matched']} of {hard['must_total']} must-haves")
    assert "same line of work" in explanation  # two steps up: not the title, its line fits
    assert "title fits" not in explanation
    assert "two steps up" in explanation  # the resume's own title is left out first
    assert "degree short" in explanation  # a required degree the resume does not show


def test_a_short_explanation_is_said_in_full():
    posting = extract_requirements("Software Developer\nRequirements\n- Python and Django.\n")
    explanation = match_resume(_junior_without_skills_list(), posting).explanation
    assert (
        explanation == "2 of 2 must-haves, title fits, one step up from Junior Software Developer"
    )


def test_a_mid_level_post_is_named_once_as_a_level():
    veteran = _junior_without_skills_list()
    veteran["basics"]["label"] = "Senior Software Developer"
    veteran["work"][0].update(position="Senior Software Developer", startDate="2012-01")
    posting = extract_requirements(
        "Software Developer II\nRequirements\n- 2-4 years of experience.\n- Python.\n"
    )
    explanation = match_resume(veteran, posting).explanation
    assert "Mid level;" in explanation
    assert "level level" not in explanation


def test_a_floor_of_years_is_not_said_with_a_ceiling_the_post_never_named():
    posting = extract_requirements(
        "Software Developer\nRequirements\n- 3+ years of experience.\n- Python.\n"
    )
    explanation = match_resume(_junior_without_skills_list(), posting).explanation
    assert "3+ years" in explanation
    assert "3-11" not in explanation
