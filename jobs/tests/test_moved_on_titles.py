"""A recruiter ranks the post a candidate moved on from below the post they hold now, and
reads a qualification that narrows its years ("3+ years of testing, including 2 years of
test automation") as asking the fewer years of the narrower experience (issue #15)."""

from jobs.extraction import extract_requirements, narrowed_years
from jobs.matching import match_resume, rank

QA_AUTOMATION = {
    "basics": {"label": "QA Automation Engineer"},
    "work": [
        {
            "name": "Travelnest",
            "position": "QA Automation Engineer",
            "startDate": "2024-11",
            "highlights": [
                "Built a Selenium WebDriver framework in Java covering 450 regression cases.",
                "Automated API tests with REST Assured and Postman; run them in Jenkins.",
            ],
        },
        {
            "name": "Travelnest",
            "position": "QA Analyst",
            "startDate": "2022-10",
            "endDate": "2024-10",
            "highlights": ["Wrote and executed test cases; logged defects in Jira."],
        },
    ],
    "skills": [{"name": "Testing", "keywords": ["Selenium", "Java", "Jira", "Test cases"]}],
}

AUTOMATION_POST = (
    "QA Automation Engineer\n"
    "Requirements\n"
    "- 3+ years of experience in software testing, including at least 2 years of test "
    "automation.\n"
    "- Experience with Selenium WebDriver.\n"
    "- Programming skills in Java.\n"
    "- Experience with Jira and GitLab.\n"
)
MANUAL_POST = (
    "QA Analyst\n"
    "Qualifications\n"
    "- 1-3 years of experience in software testing.\n"
    "- Experience writing and executing test cases.\n"
    "- Experience with Jira.\n"
)


def test_the_post_moved_on_from_ranks_below_the_post_held_now():
    postings = [
        ("manual", extract_requirements(MANUAL_POST)),
        ("automation", extract_requirements(AUTOMATION_POST)),
    ]
    ranked = rank(QA_AUTOMATION, postings)
    assert [job for job, _ in ranked] == ["automation", "manual"]
    manual = dict(ranked)["manual"]
    assert "a step back from QA Automation Engineer" in manual.explanation


def test_a_title_held_before_is_no_step_back_from_another_line_of_work():
    # A post in the line of the title held now fits it whatever came before.
    result = match_resume(QA_AUTOMATION, extract_requirements(AUTOMATION_POST))
    assert "step back" not in result.explanation


def test_years_narrowed_to_a_part_of_the_experience_are_that_parts():
    clause = "5+ years of accounting, with at least 2 years in revenue accounting"
    start, years = narrowed_years(clause)
    assert years == 2 and clause[start:].startswith(", with at least")
    assert narrowed_years("3+ years of experience with Java.") is None
    result = match_resume(QA_AUTOMATION, extract_requirements(AUTOMATION_POST))
    # Two years of automation (since 2024-11) meet "at least 2 years of test automation".
    assert "Automated Testing" not in " ".join(result.breakdown["hard_skills"]["years_short"])


def test_a_skill_a_title_names_is_shown_by_the_work_that_implies_it():
    posting = extract_requirements(
        "QA Automation Engineer\nRequirements\n- Automation of UI tests.\n- Selenium.\n"
    )
    result = match_resume(QA_AUTOMATION, posting)
    assert "Automation by title only" not in result.explanation


def _career(now: str, before: str) -> dict:
    return {
        "basics": {"label": now},
        "work": [
            {"name": "Acme", "position": now, "startDate": "2023-01"},
            {"name": "Acme", "position": before, "startDate": "2020-01", "endDate": "2022-12"},
        ],
    }


def test_the_next_rung_of_the_work_held_before_is_no_step_back():
    posting = extract_requirements(".NET Developer\nRequirements\n- C#.\n- ASP.NET Core.\n")
    result = match_resume(_career("Software Developer", "Junior .NET Developer"), posting)
    assert "step back" not in result.explanation


def test_a_title_naming_no_specialty_keeps_the_specialty_held_before():
    posting = extract_requirements(
        "Senior Full Stack Engineer\nRequirements\n- React.\n- Node.js.\n"
    )
    result = match_resume(_career("Lead Software Engineer", "Senior Full Stack Developer"), posting)
    assert "step back" not in result.explanation


def test_full_stack_work_shows_frontend_and_backend_years():
    # Years of front-end work: the two named so, and the six of full-stack work before them.
    resume = {
        "basics": {"label": "Full Stack Developer"},
        "work": [
            {
                "name": "Quayside",
                "position": "Lead Software Engineer",
                "startDate": "2025-01",
                "highlights": ["Lead the front-end work of the messaging product."],
            },
            {
                "name": "Boxfinch",
                "position": "Senior Full Stack Developer",
                "startDate": "2019-01",
                "endDate": "2024-12",
                "highlights": ["Full-stack development of a subscription platform."],
            },
        ],
    }
    posting = extract_requirements(
        "Engineering Manager\nRequirements\n"
        "- 5+ years of frontend development experience.\n"
        "- Backend development experience.\n"
    )
    result = match_resume(resume, posting)
    assert {"Frontend Development", "Backend Development"} <= {
        item["name"] for item in result.matched
    }
    assert not result.breakdown["hard_skills"]["years_short"]
