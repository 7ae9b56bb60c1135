"""The years a post asks are counted from the jobs of its line of work: a cashier's years
give none toward a software post, while any software job's count toward a frontend post
(issue #15)."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume

SOFTWARE_POST = extract_requirements(
    "Frontend Engineer\nRequirements\n- 5+ years of software development experience.\n- React.\n"
)


def _resume(other_position: str, other_end: str | None = None) -> dict:
    """A frontend developer since 2024, with another job since 2016 (a weekend job, or the
    one before)."""
    other = {"name": "Other", "position": other_position, "startDate": "2016-01"}
    if other_end:
        other["endDate"] = other_end
    return {
        "basics": {"label": "Frontend Developer"},
        "work": [
            {
                "name": "Parcelwise",
                "position": "Frontend Developer",
                "startDate": "2024-01",
                "highlights": ["Built React components for the checkout."],
            },
            other,
        ],
    }


def test_years_in_another_line_of_work_give_none_toward_the_post():
    # Weekends on a till since 2016 are no years of software development.
    result = match_resume(_resume("Cashier"), SOFTWARE_POST)
    assert result.breakdown["experience_years"]["resume_years"] < 5
    assert "about 3 years shown" in result.explanation


def test_years_in_another_stack_of_the_same_trade_count():
    result = match_resume(_resume("Java Developer", "2023-12"), SOFTWARE_POST)
    assert result.breakdown["experience_years"]["resume_years"] >= 5
    assert "enough years" in result.explanation


def test_a_job_whose_title_names_no_family_keeps_its_years():
    # "Electrical Superintendent" names no family of roles: the benefit of the doubt.
    post = extract_requirements(
        "Electrical Superintendent\nRequirements\n- 10+ years of electrical experience.\n"
    )
    resume = {
        "work": [
            {"name": "A", "position": "Electrical Foreman", "startDate": "2018-01"},
            {
                "name": "B",
                "position": "Journeyman Electrician",
                "startDate": "2010-01",
                "endDate": "2017-12",
            },
        ]
    }
    assert match_resume(resume, post).breakdown["experience_years"]["resume_years"] >= 10


def test_a_post_in_a_line_held_before_counts_that_lines_years_only():
    # Back to sales after eight years of software: the sales years count, not the software.
    resume = {
        "work": [
            {"name": "A", "position": "Software Developer", "startDate": "2018-01"},
            {
                "name": "B",
                "position": "Sales Associate",
                "startDate": "2015-01",
                "endDate": "2017-12",
            },
        ]
    }
    post = extract_requirements(
        "Account Executive\nRequirements\n- 5+ years of B2B sales experience.\n"
    )
    result = match_resume(resume, post)
    assert result.breakdown["experience_years"]["resume_years"] == 3
