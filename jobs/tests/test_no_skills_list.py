"""A resume with no skills list: its bullets name what was done, rarely every tool used."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume


def _electrician(skills: list[str] | None) -> dict:
    document = {
        "basics": {"label": "Electrician"},
        "work": [
            {
                "name": "Volt Brothers Electric",
                "position": "Electrician",
                "startDate": "2018-01",
                "highlights": ["Installed conduit, panels and lighting on commercial jobs."],
            }
        ],
    }
    if skills is not None:
        document["skills"] = [{"name": "Skills", "keywords": skills}]
    return document


ELECTRICIAN = (
    "Electrician\nRequirements\n- Conduit bending.\n- Blueprint reading.\n"
    "- Knowledge of the National Electrical Code (NEC).\n"
)
NURSE = "Registered Nurse\nRequirements\n- Current RN license.\n- BLS and ACLS.\n"


def test_a_tool_the_bullets_leave_out_counts_in_part_in_the_same_line_of_work():
    post = extract_requirements(ELECTRICIAN)
    unlisted = match_resume(_electrician(None), post)
    listed = match_resume(_electrician(["Lighting", "Panels"]), post)
    assert unlisted.breakdown["hard_skills"]["score"] > listed.breakdown["hard_skills"]["score"]
    assert unlisted.score > listed.score
    # Not shown is still not met: the explanation counts the same must-haves.
    assert (
        unlisted.breakdown["hard_skills"]["must_matched"]
        == (listed.breakdown["hard_skills"]["must_matched"])
    )
    assert unlisted.explanation.split(",")[0] == listed.explanation.split(",")[0]
    assert {item["name"] for item in unlisted.missing} == {item["name"] for item in listed.missing}


def test_in_another_line_of_work_a_skill_not_shown_is_not_had():
    post = extract_requirements(NURSE)
    unlisted = match_resume(_electrician(None), post)
    assert unlisted.breakdown["hard_skills"]["score"] == 0


def test_the_part_credit_is_said_where_the_score_is_shown():
    post = extract_requirements(ELECTRICIAN)
    unlisted = match_resume(_electrician(None), post)
    unnamed = len(unlisted.missing)
    assert unlisted.breakdown["hard_skills"]["unnamed_in_part"] == unnamed > 0
    assert f"{unnamed} unnamed counted in part (no skills list)" in unlisted.explanation
    # With a skills list nothing counts unless shown, and nothing is said.
    listed = match_resume(_electrician(["Lighting", "Panels"]), post)
    assert listed.breakdown["hard_skills"]["unnamed_in_part"] == 0
    assert "unnamed" not in listed.explanation
