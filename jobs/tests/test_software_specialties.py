"""A technical recruiter's order for software vacancies: the line of work inside software
(frontend, backend, QA, DevOps, support) before shared words, and a group of alternatives
met by any member even when one of them is also named on its own (issue #15)."""

from jobs.extraction import extract_requirements
from jobs.matching import TITLE_CLOSE, _title_score, match_resume


def test_another_software_specialty_fits_as_another_line_of_work():
    frontend = ["Frontend Engineer", "Junior Web Developer"]
    assert _title_score("QA Automation Engineer", frontend)["score"] < TITLE_CLOSE
    assert _title_score("Application Support Analyst (2nd Line)", frontend)["score"] < TITLE_CLOSE
    # Neighbours stay in the line: full-stack for a frontend engineer, support for DevOps.
    assert _title_score("Full-Stack Developer (Node.js / React)", frontend)["score"] >= 50
    assert _title_score("Application Support Analyst", ["DevOps Engineer"])["score"] >= 50
    # A backend post in another stack is still the backend engineer's line.
    assert _title_score(".NET Developer", ["Backend Engineer"])["score"] >= 50


def test_react_native_is_mobile_not_frontend():
    assert _title_score("React Native Developer", ["iOS Developer"])["score"] >= 50
    assert _title_score("React Native Developer", ["Backend Engineer"])["score"] < TITLE_CLOSE


def test_engineering_manager_is_a_software_engineers_line():
    assert _title_score("Engineering Manager", ["Lead Software Engineer"])["score"] >= TITLE_CLOSE


def test_group_met_by_any_member_though_one_is_also_named_alone():
    posting = extract_requirements(
        "QA Automation Engineer\n"
        "Responsibilities\n"
        "- Write API tests for our Java services.\n"
        "Requirements\n"
        "- Programming skills in Java, TypeScript or Python for writing tests.\n"
        "- Experience with Selenium.\n"
    )
    resume = {
        "basics": {"label": "QA Automation Engineer"},
        "skills": [{"name": "Testing", "keywords": ["Python", "Selenium", "pytest"]}],
    }
    result = match_resume(resume, posting)
    missing = {item["name"] for item in result.missing}
    assert "TypeScript" not in missing and "Python" not in missing
    group = next(item for item in result.matched if item.get("alternatives"))
    assert group["met_by"] == ["Python"]
    # Java, named alone only among the duties, is missing as a duty, not a must-have.
    assert (
        result.breakdown["hard_skills"]["must_matched"]
        == result.breakdown["hard_skills"]["must_total"]
    )


def test_ladder_reads_extern_second_in_department_and_programme_coordinator():
    from jobs.ladder import title_rung

    assert title_rung("Nurse Extern") == 0  # a nursing student, not a nurse
    assert title_rung("Second in Department") == 3  # below a head of department (3.5)
    assert title_rung("Second in Maths") == 3
    assert title_rung("Graduate Program Coordinator") == 1  # a coordinator, not a graduate
    assert title_rung("Graduate Nurse") == 2


def test_a_skill_listed_as_basic_counts_in_part_and_says_so():
    posting = extract_requirements("Frontend Engineer\nRequirements\n- React.\n- Git.\n")
    listed = {"basics": {"label": "Frontend Engineer"}}
    basic = match_resume(
        {**listed, "skills": [{"name": "Other", "keywords": ["React (basic)", "Git"]}]}, posting
    )
    full = match_resume(
        {**listed, "skills": [{"name": "Web", "keywords": ["React", "Git"]}]}, posting
    )
    assert basic.breakdown["hard_skills"]["score"] < full.breakdown["hard_skills"]["score"]
    assert "React listed as basic" in basic.explanation


def test_a_resume_written_in_english_shows_the_english_asked():
    posting = extract_requirements(
        "QA Engineer\nRequirements\n- Selenium.\n- Fluent English.\n- Fluent German.\n"
    )
    bullets = [
        "Built a Selenium framework for the booking flow; ran it in the pipeline on every merge.",
        "Wrote and executed test cases for the web and mobile releases of the app with the team.",
        "Logged and retested defects in Jira with the developers and the product owner.",
    ]
    resume = {
        "basics": {"label": "QA Engineer"},
        "work": [{"name": "Travelnest", "position": "QA Engineer", "highlights": bullets}],
    }
    result = match_resume(resume, posting)
    assert "English" not in {item["name"] for item in result.missing}
    assert "German" in {item["name"] for item in result.missing}  # another language is not
