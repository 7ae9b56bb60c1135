"""A resume with no skills list is given part credit for tools its bullets leave out on a
post of its own work; not on a post far above its level, whose work it does not do (a
Staff Engineer post for a new graduate) (issue #15)."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume

NEW_GRADUATE = {
    "basics": {"label": "Graduate Software Engineer"},
    "work": [
        {
            "name": "Kestrel",
            "position": "Graduate Software Engineer",
            "startDate": "2026-01",
            "highlights": ["Built REST endpoints in Python for the billing service."],
        }
    ],
    "education": [
        {"institution": "Uni", "studyType": "BSc", "area": "Computer Science", "endDate": "2025-06"}
    ],
}

ASKS = "- Python.\n- PostgreSQL.\n- Docker.\n- Kubernetes.\n- AWS.\n"


def test_no_part_credit_for_unnamed_tools_on_a_post_far_above():
    staff = extract_requirements(
        "Staff Software Engineer\nRequirements\n- 10+ years of software engineering.\n" + ASKS
    )
    assert match_resume(NEW_GRADUATE, staff).breakdown["hard_skills"]["unnamed_in_part"] == 0


def test_part_credit_for_unnamed_tools_on_a_post_of_its_own_level():
    junior = extract_requirements("Graduate Software Engineer\nRequirements\n" + ASKS)
    assert match_resume(NEW_GRADUATE, junior).breakdown["hard_skills"]["unnamed_in_part"] > 0
