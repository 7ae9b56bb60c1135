"""The title ladder: the rung a title names, and what a step up or down does to a match."""

import datetime

from jobs.extraction import extract_requirements
from jobs.ladder import held_headline, role_of, title_rung
from jobs.matching import match_resume, profile_of, rank


def test_titles_across_fields_name_their_rungs():
    assert title_rung("HR Coordinator") < title_rung("Senior HR Generalist")
    assert title_rung("Senior Accountant") < title_rung("Controller") < title_rung("CFO")
    assert title_rung("Certified Nursing Assistant (CNA)") < title_rung("Registered Nurse")
    assert title_rung("Registered Nurse") < title_rung("Charge Nurse") < title_rung("Nurse Manager")
    assert title_rung("Assistant Store Manager") < title_rung("Store Manager")
    assert title_rung("Store Manager") < title_rung("District Manager")
    assert title_rung("Director of Engineering") < title_rung("VP of Engineering")
    assert title_rung("Executive Assistant to the CEO") == title_rung("Executive Assistant")


def test_a_staff_engineer_is_senior_but_a_staff_accountant_is_not():
    assert title_rung("Staff Software Engineer, Platform") > title_rung("Senior Software Engineer")
    assert title_rung("Staff Accountant") < title_rung("Senior Accountant")


def test_an_intern_is_on_the_first_rung_and_an_unknown_title_on_none():
    assert title_rung("Software Developer Intern") == 0
    assert title_rung("Wizard of Light") is None


def _generalist() -> dict:
    return {
        "basics": {"label": "Senior HR Generalist"},
        "work": [
            {
                "name": "Kestrel Packaging",
                "position": "Senior HR Generalist",
                "startDate": "2016-03",
                "highlights": ["Ran employee relations, benefits and onboarding in Workday."],
            }
        ],
        "skills": [{"name": "HR", "keywords": ["Workday", "Employee relations", "Onboarding"]}],
    }


def test_a_post_two_rungs_below_is_passed_over_and_said_so():
    coordinator = extract_requirements(
        "HR Coordinator\nRequirements\n- 1+ year of HR experience.\n- Workday.\n- Onboarding.\n"
    )
    generalist = extract_requirements(
        "HR Generalist\nRequirements\n- 3+ years of HR experience.\n- Workday.\n"
        "- Employee relations.\n"
    )
    ranked = rank(_generalist(), [("coordinator", coordinator), ("generalist", generalist)])
    assert [name for name, _ in ranked] == ["generalist", "coordinator"]
    below = dict(ranked)["coordinator"]
    assert "two steps below Senior HR Generalist" in below.explanation
    assert "title close" in below.explanation  # the role is close; its level is what is off


def test_one_step_up_costs_a_little_and_is_said():
    manager = extract_requirements(
        "HR Manager\nRequirements\n- 5+ years of HR experience.\n- Workday.\n"
        "- Employee relations.\n"
    )
    match = match_resume(_generalist(), manager)
    assert "one step up from Senior HR Generalist" in match.explanation
    title = match.breakdown["title"]
    # A recruiter puts the post at the resume's own rung first, the step up just after it.
    assert 0.8 * title["role_score"] <= title["score"] < title["role_score"]


def test_the_step_names_the_resumes_role_without_its_qualifiers():
    resume = _generalist()
    resume["basics"]["label"] = "Senior HR Generalist, PHR"
    manager = extract_requirements("HR Manager\nRequirements\n- Workday.\n")
    explanation = match_resume(resume, manager).explanation
    assert "one step up from Senior HR Generalist" in explanation
    assert "PHR" not in explanation


def test_a_post_below_the_resume_does_not_ask_to_change_the_headline():
    staff = extract_requirements("HR Generalist\nRequirements\n- Workday.\n- Employee relations.\n")
    resume = _generalist()
    resume["basics"]["label"] = "HR Director"
    match = match_resume(resume, staff)
    assert "below HR Director" in match.explanation
    assert not any(advice.path == "basics/label" for advice in match.recommendations)


def test_the_last_word_names_an_assistants_post_and_a_field_word_is_no_rung():
    assert title_rung("CEO Assistant") == title_rung("Assistant to the CEO")
    assert title_rung("Teacher Assistant") < title_rung("Lead Teacher")
    assert title_rung("Lead Generation Specialist") == title_rung("Marketing Specialist")
    assert title_rung("Head Start Teacher") == title_rung("Teacher")
    assert title_rung("Assistant Manager") > title_rung("Sales Associate")


def test_an_entry_post_is_read_after_the_role_and_an_entry_word_before_a_head_is_a_field():
    assert title_rung("Manager in Training") == 0
    assert title_rung("Software Engineer (Internship)") == 0
    assert title_rung("Trainee Accountant") == 0
    assert title_rung("Internship Coordinator") == title_rung("Recruiting Coordinator")
    assert title_rung("Student Success Coordinator") == title_rung("Project Coordinator")


def _nurse_aide(label: str) -> dict:
    return {
        "basics": {"label": label},
        "work": [
            {
                "name": "Maple Knoll Village",
                "position": "Certified Nursing Assistant",
                "startDate": "2023-08",
                "highlights": ["Help residents with bathing, dressing and transfers."],
            }
        ],
    }


def test_a_headline_naming_the_post_wanted_is_not_the_rung_held():
    assert held_headline("Aspiring Operations Manager") == ""
    assert held_headline("Future Registered Nurse | Certified Nursing Assistant") == (
        "Certified Nursing Assistant"
    )
    assert held_headline("Senior Accountant, CPA") == "Senior Accountant, CPA"
    assert profile_of(_nurse_aide("Future Registered Nurse")).current_title == (
        "Certified Nursing Assistant"
    )


def test_an_aspiring_nurse_aide_is_ranked_for_the_aide_post_not_the_nurse_post():
    aide = extract_requirements(
        "Certified Nursing Assistant\nRequirements\n- Active CNA certification.\n"
        "- Assist residents with bathing and dressing.\n"
    )
    nurse = extract_requirements("Registered Nurse\nRequirements\n- Current RN license.\n- BLS.\n")
    resume = _nurse_aide("Future Registered Nurse | Certified Nursing Assistant")
    ranked = rank(resume, [("nurse", nurse), ("aide", aide)])
    assert [name for name, _ in ranked] == ["aide", "nurse"]
    # The headline is a goal: it shows no RN licence.
    assert "Registered Nurse" in {item["name"] for item in dict(ranked)["nurse"].missing}


def test_the_trades_ladder_runs_from_apprentice_to_superintendent():
    assert title_rung("Electrical Apprentice") < title_rung("Journeyman Electrician")
    assert title_rung("Journeyman Electrician") == title_rung("Plumber") == title_rung("Welder")
    assert title_rung("Journeyman Electrician") < title_rung("Master Electrician")
    assert title_rung("Electrical Foreman") < title_rung("General Foreman")
    assert title_rung("General Foreman") < title_rung("Electrical Superintendent")
    assert title_rung("Material Handler") < title_rung("Dispatcher") < title_rung("Estimator")


def test_the_resumes_own_level_comes_before_a_post_below_it_that_asks_less():
    own = extract_requirements(
        "Backend Engineer (Python)\nResponsibilities\n- Own services in production: monitoring "
        "and on-call.\n- Mentor junior engineers.\nRequirements\n- 3+ years of experience "
        "building backend services in Python.\n- Django.\n- PostgreSQL.\n- Docker.\n"
    )
    below = extract_requirements(
        "Junior Backend Developer (Python)\nRequirements\n- 0-2 years of experience.\n"
        "- Python and Django.\n- Git.\n"
    )
    resume = {
        "basics": {"label": "Backend Engineer"},
        "work": [
            {
                "name": "Etsy",
                "position": "Backend Engineer",
                "startDate": "2022-11",
                "highlights": ["Built the order and returns services for a marketplace."],
            }
        ],
        "skills": [{"name": "Skills", "keywords": ["Python", "Django", "PostgreSQL", "Docker"]}],
    }
    ranked = rank(resume, [("below", below), ("own", own)])
    assert [name for name, _ in ranked] == ["own", "below"]
    assert "one step below Backend Engineer" in dict(ranked)["below"].explanation


def test_one_step_below_costs_the_title_eighteen_percent():
    below = extract_requirements("HR Generalist\nRequirements\n- Workday.\n- Employee relations.\n")
    title = match_resume(_generalist(), below).breakdown["title"]
    assert title["seniority"] == "one step below Senior HR Generalist"
    assert title["score"] == round(title["role_score"] * 0.82)


def test_a_school_has_its_own_ladder():
    assert title_rung("Paraprofessional") < title_rung("Fourth Grade Teacher")
    assert title_rung("Fourth Grade Teacher") < title_rung("Assistant Principal, Elementary")
    assert title_rung("Assistant Principal") < title_rung("Elementary School Principal")
    assert title_rung("Principal – Hawthorne Elementary School") == title_rung("Principal")
    # Before another word "principal" is a level of that post, not a school's head.
    assert title_rung("Principal Consultant") < title_rung("Principal")
    assert title_rung("Front Office Supervisor") < title_rung("Front Office Manager")


def test_head_before_a_role_leads_it_and_heads_only_at_the_end():
    assert title_rung("Teller") < title_rung("Head Teller") < title_rung("Branch Manager")
    assert title_rung("Head Nurse") == title_rung("Charge Nurse")
    assert title_rung("Head of Marketing") == title_rung("Director of Marketing")
    assert title_rung("Department Head") == title_rung("Head of Marketing")


def test_helpers_and_vocational_nurses_are_on_the_ladder():
    assert title_rung("HVAC Installer Helper") < title_rung("HVAC Service Technician")
    assert title_rung("Licensed Vocational Nurse") == title_rung("Licensed Practical Nurse")
    assert title_rung("Licensed Vocational Nurse") < title_rung("Registered Nurse")


def _graduate(graduated: str) -> dict:
    return {
        "work": [
            {
                "name": "Baker Tilly",
                "position": "Accounting Intern",
                "startDate": "2025-01",
                "endDate": "2025-04",
                "highlights": ["Reconciled cash and receivables in Excel for the month-end close."],
            }
        ],
        "education": [
            {
                "institution": "University of Minnesota",
                "studyType": "Bachelor of Science",
                "area": "Accounting",
                "endDate": graduated,
            }
        ],
    }


def test_an_intern_whose_degree_is_done_is_a_graduate_ready_for_a_first_post():
    staff = extract_requirements(
        "Staff Accountant\nRequirements\n- Bachelor's degree in Accounting.\n- Excel.\n"
    )
    done = match_resume(_graduate("2025-05"), staff)
    assert "steps up" not in done.explanation
    assert "one step up from Accounting Intern" in done.explanation
    # Still at school: the first post is two rungs up from the internship.
    at_school = match_resume(_graduate("2099-05"), staff)
    assert "two steps up from Accounting Intern" in at_school.explanation
    assert at_school.score < done.score


def test_a_schools_level_names_the_setting_not_the_role_and_a_substitute_is_below_a_teacher():
    teacher = {
        "basics": {"label": "Mathematics Teacher"},
        "work": [
            {
                "name": "Corona-Norco Unified",
                "position": "Mathematics Teacher",
                "startDate": "2017-08",
                "highlights": ["Teach Algebra II and Precalculus to 160 students a year."],
            }
        ],
    }
    high_school = extract_requirements(
        "High School Mathematics Teacher\nQualifications\n- Teaching credential in mathematics.\n"
    )
    assert "title fits" in match_resume(teacher, high_school).explanation
    assert title_rung("Substitute Teacher (Daily, All Grades)") < title_rung("Teacher")
    assert title_rung("Radiologic Technologist") > title_rung("Patient Care Technician")


def test_the_post_a_summary_hopes_for_shows_none_of_its_skills():
    resume = {
        "basics": {
            "summary": "Top-selling retail associate and new graduate looking for a first "
            "B2B sales role. Seeking work in medical device sales."
        },
        "work": [
            {
                "name": "Best Buy",
                "position": "Sales Associate",
                "startDate": "2022-05",
                "highlights": ["Helped 40 customers a day choose computers."],
            }
        ],
    }
    profile = profile_of(resume)
    assert "B2B Sales" not in profile.occurrences
    assert "Medical Devices" not in profile.occurrences
    said = {**resume, "basics": {"summary": "Sold software to medical device makers."}}
    assert "Medical Devices" in profile_of(said).occurrences


def test_accounting_coursework_is_no_degree_and_a_pipefitter_is_in_the_trades():
    bookkeeper = {
        "basics": {"label": "Full-Charge Bookkeeper"},
        "work": [
            {
                "name": "Alder Construction",
                "position": "Full-Charge Bookkeeper",
                "startDate": "2019-04",
                "highlights": ["Keep the books in QuickBooks Online: AP, AR and payroll."],
            }
        ],
        "education": [
            {
                "institution": "College of Western Idaho",
                "studyType": "Coursework",
                "area": "Accounting",
            }
        ],
    }
    accountant = extract_requirements(
        "Staff Accountant\nRequirements\n- Bachelor's degree in Accounting.\n- QuickBooks.\n"
    )
    assert "degree short" in match_resume(bookkeeper, accountant).explanation
    plumber = {"work": [{"name": "Music City Plumbing", "position": "Journeyman Plumber"}]}
    pipefitter = extract_requirements("Pipefitter\nRequirements\n- Read isometric drawings.\n")
    assert "another title" not in match_resume(plumber, pipefitter).explanation


def test_two_roles_held_as_one_job_are_the_first_post_raised_half_a_rung():
    joined = "Mathematics Teacher and Department Lead"
    assert role_of(joined) == "Mathematics Teacher"
    assert title_rung("Teacher") < title_rung(joined) < title_rung("Department Lead")
    # A first part that names no post is one role with the last.
    assert role_of("Food and Beverage Manager") == "Food and Beverage Manager"
    # Fields joined after "of" are one post's field, not two roles.
    assert role_of("Director of Transportation and Logistics") == (
        "Director of Transportation and Logistics"
    )
    assert title_rung("Health and Safety Manager") == title_rung("Manager")
    teacher = {
        "basics": {"label": joined},
        "work": [{"name": "Corona-Norco Unified", "position": joined, "startDate": "2017-08"}],
    }
    substitute = extract_requirements(
        "Substitute Teacher\nRequirements\n- Bachelor's degree.\n- Substitute teaching permit.\n"
    )
    assert "two steps below Mathematics Teacher" in match_resume(teacher, substitute).explanation


def test_a_grade_after_the_title_is_a_step_of_the_post():
    assert (
        title_rung("Data Analyst I") < title_rung("Data Analyst II") == title_rung("Data Analyst")
    )
    assert title_rung("Data Analyst II") < title_rung("Data Analyst III")
    assert title_rung("Clinical Nurse III") == title_rung("Charge Nurse")
    assert title_rung("Maintenance Electrician III") == title_rung("Senior Electrician")
    assert title_rung("Accountant I") == title_rung("Junior Accountant")


def test_a_junior_post_graded_i_is_below_the_analyst_the_resume_holds():
    analyst = {
        "basics": {"label": "Data Analyst"},
        "work": [
            {
                "name": "Pioneer State Insurance",
                "position": "Data Analyst",
                "startDate": "2023-01",
                "highlights": ["Build Power BI dashboards and write SQL for the claims team."],
            }
        ],
    }
    posting = "{title}\nWe need SQL and Power BI for claims reporting. {years} years of experience."
    entry = extract_requirements(posting.format(title="Data Analyst I", years="0-2"))
    own = extract_requirements(posting.format(title="Data Analyst II", years="2-4"))
    ranked = [name for name, _ in rank(analyst, [("entry", entry), ("own", own)])]
    assert ranked[0] == "own"


def _since(years: int) -> str:
    """A start date `years` before today, as a resume writes it."""
    today = datetime.date.today()
    return f"{today.year - years}-{today.month:02d}"


def test_the_post_at_the_resumes_rung_comes_before_the_same_post_a_rung_up():
    electrician = {
        "basics": {"label": "Electrician"},
        "work": [
            {
                "name": "Keystone Electric",
                "position": "Electrician",
                "startDate": _since(3),  # fewer years than a senior post's
                "highlights": [
                    "Install conduit, panels and lighting on commercial jobs to the NEC."
                ],
            }
        ],
    }
    body = "\nInstall conduit, panels and lighting. Knowledge of the NEC required."
    senior = extract_requirements("Senior Electrician" + body)
    own = extract_requirements("Electrician" + body)
    ranked = [name for name, _ in rank(electrician, [("senior", senior), ("own", own)])]
    assert ranked == ["own", "senior"]


def test_a_three_line_post_with_the_resumes_own_title_is_not_below_a_longer_sibling():
    engineer = {
        "basics": {"label": "Backend Engineer"},
        "work": [
            {
                "name": "Brightwave Analytics",
                "position": "Backend Engineer",
                "startDate": _since(4),
                "highlights": [
                    "Build Python and Django services on PostgreSQL, shipped in Docker."
                ],
            }
        ],
        "skills": [{"name": "Tech", "keywords": ["Python", "Django", "PostgreSQL", "Docker"]}],
    }
    tiny = extract_requirements(
        "Backend Engineer\nNorthgate Services - Springfield, IL\nFull-time."
    )
    sibling = extract_requirements(
        "Backend Engineer (Python)\nRequirements\n- 3+ years building services in Python.\n"
        "- Django and PostgreSQL.\n- Docker.\n"
    )
    short, long = match_resume(engineer, tiny), match_resume(engineer, sibling)
    assert short.score >= long.score
    assert "by title only" not in short.explanation  # the title is all the post asks


def test_a_rung_up_asking_more_years_than_shown_is_below_the_rung_down():
    engineer = {
        "basics": {"label": "Backend Engineer"},
        "work": [
            {
                "name": "Brightwave Analytics",
                "position": "Backend Engineer",
                "startDate": _since(3),
                "highlights": ["Build Python services and REST APIs for the billing team."],
            }
        ],
    }
    senior = extract_requirements(
        "Senior Backend Engineer\nRequirements\n- 6+ years of experience.\n"
        "- Python and REST APIs.\n"
    )
    junior = extract_requirements(
        "Junior Backend Engineer\nRequirements\n- 0-2 years of experience.\n"
        "- Python and REST APIs.\n- Django is a plus.\n"
    )
    ranked = [name for name, _ in rank(engineer, [("senior", senior), ("junior", junior)])]
    assert ranked == ["junior", "senior"]


def test_a_trades_helper_a_uk_head_teacher_and_a_nurse_practitioner_have_their_rungs():
    assert title_rung("Electrician Helper") < title_rung("Electrician")
    assert title_rung("Head Teacher") == title_rung("Headteacher") > title_rung("Teacher")
    assert title_rung("Teacher") < title_rung("Deputy Head Teacher") < title_rung("Head Teacher")
    assert title_rung("Nurse Practitioner") > title_rung("Registered Nurse")


def test_a_manager_of_cases_accounts_or_properties_is_a_practitioner_not_a_people_manager():
    # Recruiters rank a case manager or an account manager by years, below a supervisor.
    assert title_rung("Case Manager") == title_rung("Registered Nurse")
    assert title_rung("RN Case Manager") < title_rung("Case Management Supervisor")
    assert title_rung("Case Manager") < title_rung("Senior Case Manager")
    assert title_rung("Senior Case Manager") < title_rung("Director of Case Management")
    assert title_rung("Property Manager") < title_rung("Regional Property Manager")
    assert title_rung("Customer Success Manager") < title_rung("Operations Manager")
    assert title_rung("Account Manager, 3PL Client Services") < title_rung("Shift Supervisor")


def test_a_head_of_post_for_a_senior_analyst_is_two_steps_up_and_said_so():
    analyst = {
        "basics": {"label": "Senior Data Analyst"},
        "work": [
            {
                "name": "Brightwell Insurance",
                "position": "Senior Data Analyst",
                "startDate": "2019-02",
                "highlights": ["Built SQL and Tableau reporting on claims for the finance team."],
            }
        ],
        "skills": [{"name": "Analytics", "keywords": ["SQL", "Tableau", "Python"]}],
    }
    head = extract_requirements(
        "Head of Data & Analytics\nRequirements\n- 10+ years in data and analytics, 5 leading "
        "teams.\n- SQL.\n- Tableau.\n"
    )
    senior = extract_requirements(
        "Senior Data Analyst\nRequirements\n- 5+ years of experience.\n- SQL.\n- Tableau.\n"
    )
    ranked = rank(analyst, [("head", head), ("senior", senior)])
    assert [name for name, _ in ranked] == ["senior", "head"]
    explanation = dict(ranked)["head"].explanation
    assert "two steps up" in explanation
    assert "title fits" not in explanation


def test_a_new_graduate_nurse_is_on_the_registered_nurses_rung_above_a_nursing_assistant():
    # Registered on graduating, a new graduate RN fills a staff RN post; a graduate engineer or
    # accountant, not yet chartered, is a junior.
    assert title_rung("New Graduate RN") == title_rung("Registered Nurse")
    assert title_rung("Graduate Nurse") == title_rung("Staff Nurse")
    assert title_rung("New Grad Registered Nurse") > title_rung("Certified Nursing Assistant")
    assert title_rung("Graduate Teacher") == title_rung("Teacher")
    assert title_rung("Graduate Accountant") < title_rung("Accountant")
    assert title_rung("Graduate Software Developer") < title_rung("Software Developer")


def test_a_schools_head_of_department_is_a_middle_leader_below_a_deputy_head():
    assert title_rung("Teacher of Mathematics") < title_rung("Head of Mathematics")
    assert title_rung("Head of Mathematics (TLR 1a)") < title_rung("Assistant Headteacher")
    assert title_rung("Head of Year 9") < title_rung("Deputy Headteacher")
    assert title_rung("Head of Science") < title_rung("Head of Data Science")
    assert title_rung("Head of Design") > title_rung("Head of Design and Technology")


def test_a_nursing_assistants_years_are_not_the_rn_years_a_charge_post_asks():
    new_graduate = {
        "basics": {"label": "Registered Nurse"},
        "work": [
            {
                "name": "Mercy Hospital",
                "position": "Registered Nurse",
                "startDate": "2026-06",
                "highlights": ["Care for five medical/surgical patients a shift."],
            },
            {
                "name": "Mercy Hospital",
                "position": "Certified Nursing Assistant",
                "startDate": "2019-01",
                "endDate": "2026-05",
                "highlights": ["Vital signs and mobility for twelve patients a shift."],
            },
        ],
    }
    charge = extract_requirements(
        "Charge Nurse - Medical/Surgical\nRequirements\n"
        "- Minimum of 3 years of acute care RN experience.\n- BLS.\n"
    )
    aide = extract_requirements(
        "Patient Care Technician\nRequirements\n- 3+ years of patient care experience.\n"
    )
    assert "enough years" not in match_resume(new_graduate, charge).explanation
    assert "years short" not in match_resume(new_graduate, aide).explanation


def test_a_post_half_a_rung_below_the_title_held_now_is_a_step_back_from_it():
    # An LVN for six years, licensed as an RN this year: the LVN post is the job she left.
    nurse = {
        "basics": {"label": "Registered Nurse"},
        "work": [
            {
                "name": "Baylor Scott & White",
                "position": "Registered Nurse",
                "startDate": "2026-02",
                "highlights": ["Medication administration and assessment for five patients."],
            },
            {
                "name": "Golden Acres Nursing Home",
                "position": "Licensed Vocational Nurse",
                "startDate": "2020-01",
                "endDate": "2026-01",
                "highlights": ["Medication administration and wound care for 25 residents."],
            },
        ],
    }
    rn = extract_requirements(
        "Registered Nurse - Medical/Surgical\nRequirements\n- Active Texas RN license.\n"
        "- Medication administration.\n- Patient assessment.\n"
    )
    lvn = extract_requirements(
        "Licensed Vocational Nurse\nRequirements\n- Active Texas LVN license.\n"
        "- Medication administration.\n"
    )
    ranked = rank(nurse, [("lvn", lvn), ("rn", rn)])
    assert [name for name, _ in ranked] == ["rn", "lvn"]
    # The role is the same line of work, not the title held now.
    assert "title fits" not in dict(ranked)["lvn"].explanation


def test_a_newly_licensed_rn_still_working_as_an_lpn_ranks_the_rn_post_first():
    # The LPN job is still held, but the licence and the headline are an RN's: the LPN post
    # is the step she has just made, half a rung below, and the explanation says so.
    nurse = {
        "basics": {"label": "Registered Nurse, BSN", "summary": "Newly licensed RN."},
        "work": [
            {
                "name": "Sunrise Senior Living",
                "position": "Licensed Practical Nurse",
                "startDate": "2019-08",
                "highlights": [
                    "Medication administration for 30 residents; documented in PointClickCare.",
                    "Wound care and reporting changes in condition to the RN.",
                ],
            }
        ],
        "education": [{"institution": "Ohio University", "studyType": "BSN", "area": "Nursing"}],
        "certificates": [{"name": "RN License, Ohio"}, {"name": "BLS"}],
    }
    rn = extract_requirements(
        "Registered Nurse - Progressive Care (New Graduates Welcome)\nRequirements\n"
        "- Active Ohio RN license.\n- BLS.\n"
        "Preferred\n- Telemetry experience.\n- ACLS.\n"
    )
    lpn = extract_requirements(
        "Licensed Practical Nurse (LPN)\nRequirements\n- Active Ohio LPN license.\n"
        "- Medication administration.\n- 1+ year of long-term care experience.\n- BLS.\n"
    )
    ranked = rank(nurse, [("lpn", lpn), ("rn", rn)])
    assert [name for name, _ in ranked] == ["rn", "lpn"]
    below = dict(ranked)["lpn"]
    assert "half a step below Registered Nurse" in below.explanation
    # The step costs a little: less than a whole rung below, more than none.
    assert 0.85 * below.breakdown["title"]["role_score"] < below.breakdown["title"]["score"]
    assert below.breakdown["title"]["score"] < below.breakdown["title"]["role_score"]
