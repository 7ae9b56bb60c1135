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


TEACHER_POST = (
    "Fourth Grade Teacher\nRequirements\n- State teaching license.\n"
    "- Experience teaching reading and math to elementary students.\n"
)
JUNIOR_DEVELOPER_POST = (
    "Junior Software Developer\nRequirements\n- JavaScript and React.\n- Git.\n- Basic SQL.\n"
)


def _teacher_become_developer(skills: list[str] | None) -> dict:
    document = {
        "basics": {"label": "Junior Software Developer"},
        "work": [
            {
                "name": "Brightlane Labs",
                "position": "Junior Software Developer",
                "startDate": "2025-09",
                "highlights": ["Fix bugs and build small features in the customer dashboard."],
            },
            {
                "name": "Cedar Hills Elementary",
                "position": "Fourth Grade Teacher",
                "startDate": "2018-08",
                "endDate": "2025-06",
                "highlights": ["Taught reading and math to classes of 28 fourth graders."],
            },
        ],
    }
    if skills is not None:
        document["skills"] = [{"name": "Skills", "keywords": skills}]
    return document


def test_a_title_of_a_career_left_behind_fits_less_than_the_one_held_now():
    teacher_post = extract_requirements(TEACHER_POST)
    developer_post = extract_requirements(JUNIOR_DEVELOPER_POST)
    for skills in (None, ["JavaScript", "React", "Git", "SQL"]):
        changer = _teacher_become_developer(skills)
        left = match_resume(changer, teacher_post)
        assert left.breakdown["title"].get("role_score", left.breakdown["title"]["score"]) < 67
        assert "title fits" not in left.explanation
        assert match_resume(changer, developer_post).score > left.score
    # A title of generic words alone ("Developer") still names its family of roles.
    changer = _teacher_become_developer(None)
    changer["basics"]["label"] = changer["work"][0]["position"] = "Developer"
    left = match_resume(changer, teacher_post)
    assert "title fits" not in left.explanation
    # Someone still teaching fits the teacher's post by title.
    teacher = _teacher_become_developer(None)
    teacher["basics"]["label"] = "Fourth Grade Teacher"
    teacher["work"] = teacher["work"][1:]
    del teacher["work"][0]["endDate"]
    assert "title fits" in match_resume(teacher, teacher_post).explanation


def test_a_step_up_the_same_ladder_is_no_career_left_behind():
    # A foreman was a journeyman electrician; an engineering manager was an engineer.
    post = extract_requirements(
        "Journeyman Electrician\nRequirements\n- Journeyman electrician license.\n"
    )
    foreman = {
        "basics": {"label": "Electrical Foreman"},
        "work": [
            {"position": "Electrical Foreman", "startDate": "2020-01"},
            {"position": "Journeyman Electrician", "startDate": "2012-01", "endDate": "2019-12"},
        ],
    }
    title = match_resume(foreman, post).breakdown["title"]
    assert title.get("role_score", title["score"]) == 100


STORE_POST = (
    "Assistant Store Manager\nRequirements\n- Retail store leadership experience.\n"
    "- Inventory management.\n- Scheduling and training store associates.\n"
)
STAFF_ACCOUNTANT_POST = (
    "Staff Accountant\nRequirements\n- Journal entries.\n- Account reconciliation.\n"
    "- Month-end close.\n- Inventory management.\n"
)


def _store_manager_become_accountant(skills: list[str] | None) -> dict:
    document = {
        "basics": {"label": "Staff Accountant"},
        "work": [
            {
                "name": "Cascade Building Supply",
                "position": "Staff Accountant",
                "startDate": "2026-01",
                "highlights": ["Prepare month-end journal entries and reconcile accounts."],
            },
            {
                "name": "Target",
                "position": "Assistant Store Manager",
                "startDate": "2019-03",
                "endDate": "2025-12",
                "highlights": ["Ran inventory counts and kept shrink under 1%."],
            },
        ],
    }
    if skills is not None:
        document["skills"] = [{"name": "Skills", "keywords": skills}]
    return document


def test_a_rung_of_a_ladder_left_behind_is_no_step_from_the_title_held_now():
    store_post = extract_requirements(STORE_POST)
    for skills in (None, ["Journal Entries", "Account Reconciliation", "NetSuite"]):
        changer = _store_manager_become_accountant(skills)
        left = match_resume(changer, store_post)
        assert "Staff Accountant" not in left.explanation  # no "one step up from" it
        assert "title fits" not in left.explanation
        # The line left is read as another line of work, not a close title.
        assert "another title" in left.explanation
        assert match_resume(changer, extract_requirements(STAFF_ACCOUNTANT_POST)).score > (
            left.score
        )


def test_a_skill_shown_only_in_a_career_left_behind_counts_in_part_and_says_so():
    accountant_post = extract_requirements(STAFF_ACCOUNTANT_POST)
    changer = _store_manager_become_accountant(None)
    result = match_resume(changer, accountant_post)
    assert "Inventory Management" in {item["name"] for item in result.matched}
    assert "Inventory Management from a past career" in result.explanation
    # The same counts in the job held now count in full.
    still_there = _store_manager_become_accountant(None)
    still_there["work"][0]["highlights"].append("Ran inventory counts at quarter end.")
    held_now = match_resume(still_there, accountant_post)
    assert "past career" not in held_now.explanation
    assert held_now.breakdown["hard_skills"]["score"] > result.breakdown["hard_skills"]["score"]


def test_a_sales_associate_become_a_store_manager_left_no_career_behind():
    post = extract_requirements("Sales Associate\nRequirements\n- Customer service.\n")
    manager = {
        "basics": {"label": "Assistant Store Manager"},
        "work": [
            {"position": "Assistant Store Manager", "startDate": "2022-01"},
            {"position": "Sales Associate", "startDate": "2018-01", "endDate": "2021-12"},
        ],
    }
    title = match_resume(manager, post).breakdown["title"]
    assert title.get("role_score", title["score"]) == 100


def test_a_career_changers_years_count_from_the_change_except_in_the_line_left():
    changer = _store_manager_become_accountant(["Journal Entries", "Account Reconciliation"])
    senior = extract_requirements(
        "Senior Accountant\nRequirements\n- 4+ years of accounting experience.\n"
        "- Journal entries.\n- Account reconciliation.\n"
    )
    assert "enough years" not in match_resume(changer, senior).explanation
    store = extract_requirements(
        "Assistant Store Manager\nRequirements\n- 3+ years of retail experience.\n"
        "- Inventory management.\n"
    )
    assert "enough years" in match_resume(changer, store).explanation


def test_a_licence_not_written_down_is_not_had_skills_list_or_not():
    licensed = extract_requirements(
        ELECTRICIAN + "- State journeyman electrician license required.\n"
    )
    unlisted = match_resume(_electrician(None), licensed)
    hard = unlisted.breakdown["hard_skills"]
    # The tools still count in part; the licence does not, and is named.
    assert hard["unnamed_in_part"] == len(unlisted.missing) - 1 > 0
    assert f"no {hard['licence_missing']}" in unlisted.explanation
    assert (
        unlisted.score < match_resume(_electrician(None), extract_requirements(ELECTRICIAN)).score
    )
