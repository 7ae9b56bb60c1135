"""Matching a resume to a posting: score, breakdown, where each match sits, what to change."""

import copy
import datetime

from jobs.extraction import extract_requirements
from jobs.matching import match_resume, rank, rank_documents, title_skills

POSTING = """Senior Software Engineer
Requirements
- 6+ years of experience building backend services.
- Python, PostgreSQL and JavaScript.
- Deploy services with Kubernetes and Ansible.
- Master's degree in Computer Science.
- Excellent communication skills.
Nice to have
- Kafka is a plus.
"""


def test_score_has_a_breakdown_with_weights_that_add_up(sample_document):
    result = match_resume(sample_document, extract_requirements(POSTING))
    assert 0 <= result.score <= 100
    weights = [part["weight"] for part in result.breakdown.values() if part["score"] is not None]
    assert abs(sum(weights) - 1) < 0.01
    assert result.breakdown["experience_years"]["resume_years"] >= 9


def test_matched_requirements_say_where_they_are(sample_document):
    result = match_resume(sample_document, extract_requirements(POSTING))
    python = next(item for item in result.matched if item["name"] == "Python")
    assert "skills/0/keywords/0" in python["where"]
    assert {item["name"] for item in result.missing} >= {"Ansible", "Kafka", "Communication"}


def test_variant_spelling_is_reported_because_ats_match_exact_words(sample_document):
    sample_document["skills"][0]["keywords"][-1] = "JS"
    sample_document["work"][2]["highlights"][0] = "Developed internal dashboards with Django."
    sample_document["work"][1]["highlights"][3] = "Improved the checkout widget."
    result = match_resume(sample_document, extract_requirements(POSTING))
    variant = next(v for v in result.variants if v["name"] == "JavaScript")
    assert (variant["posting_form"], variant["resume_form"]) == ("JavaScript", "JS")
    assert any(
        "writes “JavaScript” but your resume writes “JS”" in r.message
        for r in result.recommendations
    )


def test_missing_required_skill_recommendation_names_the_related_bullet(sample_document):
    result = match_resume(sample_document, extract_requirements(POSTING))
    ansible = next(r for r in result.recommendations if r.message.startswith("Ansible is required"))
    assert ansible.path.startswith("work/")
    assert "at " in ansible.message


def test_years_and_education_short_of_the_posting_are_recommendations(sample_document):
    short = copy.deepcopy(sample_document)
    short["work"] = short["work"][:1]
    result = match_resume(short, extract_requirements(POSTING))
    messages = " ".join(r.message for r in result.recommendations)
    assert "asks for 6+ years" in messages and "Master's degree" in messages
    assert result.breakdown["education"]["score"] == 50


def test_components_the_posting_does_not_ask_about_are_left_out(sample_document):
    result = match_resume(sample_document, extract_requirements("We need Python and SQL."))
    assert (
        result.breakdown["education"]["score"] is None
        and result.breakdown["education"]["weight"] == 0
    )
    assert result.score == 100


def test_rank_puts_the_best_fit_first(sample_document):
    postings = [
        ("data", extract_requirements("Data Analyst\nWe need Tableau, Excel and SAS.")),
        (
            "backend",
            extract_requirements("Backend Engineer\nWe need Python, Go, Redis and PostgreSQL."),
        ),
    ]
    assert [job_id for job_id, _ in rank(sample_document, postings)] == ["backend", "data"]


def test_rank_documents_orders_resumes_for_one_posting(sample_document):
    weaker = copy.deepcopy(sample_document)
    weaker["skills"] = []
    weaker["work"] = weaker["work"][2:]
    ranked = rank_documents(
        [("weaker", weaker), ("full", sample_document)], extract_requirements(POSTING)
    )
    assert [label for label, _ in ranked] == ["full", "weaker"]


def test_what_the_posting_only_mentions_is_not_asked_of_the_resume(sample_document):
    posting = "Backend Engineer\n\nAbout us\nWe run on Kafka.\n\nRequirements\n- Python.\n"
    result = match_resume(sample_document, extract_requirements(posting))
    names = {item["name"] for item in result.matched + result.missing}
    assert "Python" in names and "Kafka" not in names


def test_employer_names_are_not_skills_of_the_resume(sample_document):
    # The sample resume worked at "Brightwave Analytics": its summary counts, its name does not.
    result = match_resume(sample_document, extract_requirements("Requirements\n- Data analysis.\n"))
    [analysis] = result.matched
    assert analysis["where"] == ["work/0/summary"]


def test_singular_and_plural_are_the_same_form_for_an_ats(sample_document):
    # The resume writes "REST API"; the posting "REST APIs".
    result = match_resume(sample_document, extract_requirements("Requirements\n- REST APIs.\n"))
    assert result.matched and not result.variants


def test_a_nice_to_have_degree_weighs_half(sample_document):
    required = match_resume(
        sample_document, extract_requirements("Python. Master's degree required.")
    )
    optional = match_resume(
        sample_document, extract_requirements("Python. Master's degree is a plus.")
    )
    assert (
        required.breakdown["education"]["score"] == optional.breakdown["education"]["score"] == 50
    )
    assert optional.breakdown["education"]["weight"] < required.breakdown["education"]["weight"]
    assert optional.score > required.score
    assert any("would like a Master's degree" in r.message for r in optional.recommendations)


def test_a_degree_in_another_field_counts_for_most_and_says_so(sample_document):
    result = match_resume(
        sample_document, extract_requirements("Bachelor's degree in Nursing required.")
    )
    education = result.breakdown["education"]
    assert (education["score"], education["field_match"]) == (75, False)
    assert any("if your studies covered it" in r.message for r in result.recommendations)


def test_weak_evidence_points_to_skills_not_a_random_bullet(sample_document):
    posting = "Requirements\n- Run payroll for 200 staff with Workday.\n"
    result = match_resume(sample_document, extract_requirements(posting))
    workday = next(r for r in result.recommendations if r.message.startswith("Workday"))
    assert workday.path == "skills"


def test_ranking_leaves_out_advice_when_asked(sample_document):
    [(_, result)] = rank(sample_document, [("a", extract_requirements(POSTING))], advice=False)
    assert result.recommendations == [] and result.missing


def test_the_industry_the_posting_names_about_itself_is_a_missing_keyword(sample_document):
    posting = "Engineer\n\nAbout us\nWe are an insurtech company.\n\nRequirements\n- Python.\n"
    result = match_resume(sample_document, extract_requirements(posting))
    assert {
        "name": "Insurance",
        "type": "domain",
        "required": False,
        "job_count": 1,
        "resume_count": 0,
    } in result.missing
    assert result.breakdown["keywords"]["score"] == 0


def _resume(*skills: str) -> dict:
    return {
        "basics": {"label": "Backend Engineer"},
        "skills": [{"name": "Tech", "keywords": list(skills)}],
    }


def test_a_related_skill_counts_and_says_through_what():
    posting = extract_requirements("Requirements\n- SQL and JavaScript.\n- Kubernetes.\n")
    result = match_resume(_resume("PostgreSQL", "React"), posting)
    through = {item["name"]: item.get("through") for item in result.matched}
    assert through == {"SQL": "PostgreSQL", "JavaScript": "React"}
    assert [item["name"] for item in result.missing] == ["Kubernetes"]


def test_clinical_trade_and_software_families_count_through_their_members():
    posting = extract_requirements(
        "Requirements\n- CPR certification.\n- Welding experience.\n- EHR.\n- ERP systems.\n"
    )
    result = match_resume(_resume("ACLS", "TIG welding", "Epic", "NetSuite"), posting)
    through = {item["name"]: item.get("through") for item in result.matched}
    assert through == {
        "CPR": "ACLS",
        "Welding": "TIG Welding",
        "Electronic Health Records": "Epic",
        "ERP": "NetSuite",
    }
    assert result.missing == []


def test_a_group_of_alternatives_is_met_by_any_one_member():
    posting = extract_requirements(
        "Requirements\n- Comfortable in one of Python, Perl, PHP, C++, Ruby, Clojure.\n- Docker.\n"
    )
    with_python = match_resume(_resume("Python", "Docker"), posting)
    assert with_python.breakdown["hard_skills"]["score"] == 100
    assert not with_python.missing
    met = next(item for item in with_python.matched if item.get("alternatives"))
    assert met["name"] == "Python" and len(met["alternatives"]) == 6
    without = match_resume(_resume("Docker"), posting)
    assert [item["name"] for item in without.missing] == ["one of Python, Perl, PHP…"]
    assert without.breakdown["hard_skills"]["score"] == 50


def test_years_and_a_degree_do_not_outrank_the_must_haves():
    posting = extract_requirements(
        "Data Engineer\nRequirements\n- 5+ years of experience.\n- SQL, Airflow and Spark.\n"
        "- Bachelor's degree.\n"
    )
    veteran = _resume("Excel")
    veteran["work"] = [{"position": "Office Manager", "startDate": "2010-01"}]
    veteran["education"] = [{"institution": "UCL", "studyType": "Bachelor", "area": "History"}]
    builder = _resume("PostgreSQL", "Airflow", "Spark")
    builder["work"] = [{"position": "Data Engineer", "startDate": "2022-01"}]
    ranked = rank(veteran, [("veteran", posting)]) + rank(builder, [("builder", posting)])
    scores = {name: result for name, result in ranked}
    assert scores["builder"].score > scores["veteran"].score
    assert scores["builder"].explanation.startswith("3 of 3 must-haves, title fits")
    assert "0 of 3 must-haves" in scores["veteran"].explanation


def test_a_title_in_the_same_family_of_roles_fits_partly():
    posting = extract_requirements("Senior Backend Engineer (Go)\nRequirements\n- Go and Redis.\n")
    java = _resume("Redis")
    java["basics"]["label"] = "Java Developer"
    nurse = _resume("Redis")
    nurse["basics"]["label"] = "Registered Nurse"
    # The role's fit; the title's score is lowered a little for the step up to "Senior".
    title = match_resume(java, posting).breakdown["title"]
    assert title.get("role_score", title["score"]) == 50
    assert match_resume(nurse, posting).breakdown["title"]["score"] == 0


def test_a_senior_post_fits_a_resume_two_years_in_less_well():
    posting = extract_requirements("Senior Data Engineer\nRequirements\n- SQL and Airflow.\n")
    junior = _resume("SQL", "Airflow")
    junior["basics"]["label"] = "Data Engineer"
    last_year = f"{datetime.date.today().year - 1}-06"
    junior["work"] = [{"position": "Data Engineer", "startDate": last_year}]
    veteran = copy.deepcopy(junior)
    veteran["work"] = [{"position": "Data Engineer", "startDate": "2012-01"}]
    young, seasoned = match_resume(junior, posting), match_resume(veteran, posting)
    assert young.breakdown["title"]["score"] < seasoned.breakdown["title"]["score"] == 100
    assert "Senior level" in young.explanation


def _since(years: float) -> str:
    """A start date `years` before today, as a resume writes it."""
    today = datetime.date.today()
    months = today.year * 12 + today.month - 1 - round(years * 12)
    return f"{months // 12}-{months % 12 + 1:02d}"


def _engineer(years: float, *skills: str) -> dict:
    document = _resume(*skills)
    document["work"] = [
        {
            "name": "Basketful",
            "position": "Backend Engineer",
            "startDate": _since(years),
            "highlights": [f"Built services with {', '.join(skills)}."],
        }
    ]
    return document


def test_a_junior_post_ranks_below_the_level_that_fits_someone_years_in():
    junior = extract_requirements(
        "Junior Backend Developer\nRequirements\n- 0-2 years of experience.\n- Python and SQL.\n"
    )
    mid = extract_requirements(
        "Backend Engineer\nRequirements\n- 4+ years of experience.\n- Python, SQL and Docker.\n"
    )
    ranked = rank(_engineer(9, "Python", "SQL"), [("junior", junior), ("mid", mid)])
    assert [name for name, _ in ranked] == ["mid", "junior"]
    assert "Junior level; 9 years shown" in ranked[1][1].explanation
    # Someone a year in is where the junior post is meant to be.
    ranked = rank(_engineer(1, "Python", "SQL"), [("junior", junior), ("mid", mid)])
    assert [name for name, _ in ranked] == ["junior", "mid"]


def test_a_must_have_asked_with_years_counts_in_part_when_the_resume_shows_fewer():
    posting = extract_requirements("Requirements\n- 4+ years of experience with Java.\n- SQL.\n")
    newer = _engineer(5, "SQL")
    newer["work"].insert(
        0,
        {"position": "Backend Engineer", "startDate": _since(1), "highlights": ["Wrote Java."]},
    )
    seasoned = _engineer(5, "Java", "SQL")
    short, enough = match_resume(newer, posting), match_resume(seasoned, posting)
    assert short.breakdown["hard_skills"]["score"] < enough.breakdown["hard_skills"]["score"]
    assert "Java 1 of 4 years" in short.explanation
    assert short.explanation.startswith("2 of 2 must-haves")


def test_a_must_have_shown_in_a_job_of_months_says_under_a_year_not_none():
    posting = extract_requirements("Requirements\n- 4+ years of experience with Java.\n- SQL.\n")
    newest = _engineer(5, "SQL")
    newest["work"].insert(
        0,
        {"position": "Backend Engineer", "startDate": _since(0.2), "highlights": ["Wrote Java."]},
    )
    explanation = match_resume(newest, posting).explanation
    assert "Java under 1 of 4 years" in explanation
    assert "Java 0 of" not in explanation


def test_the_years_a_level_note_states_are_not_said_twice():
    senior = extract_requirements(
        "Senior Backend Engineer\nRequirements\n- 8+ years of experience.\n- Python.\n"
    )
    explanation = match_resume(_engineer(3, "Python"), senior).explanation
    assert "years shown" in explanation
    assert "years short" not in explanation


def test_skills_named_only_among_the_duties_are_not_must_haves():
    posting = extract_requirements(
        "Responsibilities\n- Run Kafka and Terraform in production.\n"
        "Requirements\n- Python and SQL.\n"
    )
    result = match_resume(_engineer(3, "Python", "SQL"), posting)
    assert result.explanation.startswith("2 of 2 must-haves")
    assert {"Kafka", "Terraform"} <= {item["name"] for item in result.missing}
    assert 75 <= result.breakdown["hard_skills"]["score"] < 100


def test_the_kind_of_experience_asked_is_a_must_have():
    posting = extract_requirements(
        "Pediatric Registered Nurse\nRequirements\n- Active RN license.\n"
        "- 1+ year of pediatric nursing experience.\n"
    )
    adult = {
        "basics": {"label": "Registered Nurse"},
        "work": [
            {
                "position": "Registered Nurse",
                "startDate": _since(3),
                "highlights": ["Cared for adult medical patients."],
            }
        ],
        "certificates": [{"name": "Registered Nurse (RN)"}],
    }
    children = copy.deepcopy(adult)
    children["work"][0]["highlights"] = ["Cared for pediatric patients in a children's ward."]
    assert match_resume(children, posting).score > match_resume(adult, posting).score


def test_another_line_of_work_ranks_below_the_same_one_with_fewer_skills():
    nurse_post = extract_requirements(
        "Registered Nurse\nRequirements\n- Active RN license.\n- BLS.\n- Excel and SQL.\n"
    )
    engineer_post = extract_requirements(
        "Backend Engineer\nRequirements\n- Python, Kafka and SQL.\n- Kubernetes.\n"
    )
    ranked = rank(
        _engineer(4, "Python", "SQL", "Excel"), [("nurse", nurse_post), ("be", engineer_post)]
    )
    assert [name for name, _ in ranked] == ["be", "nurse"]
    assert "another title" in ranked[1][1].explanation


def test_a_domain_a_qualification_asks_for_is_a_must_have():
    posting = extract_requirements(
        "Requirements\n- SolidWorks.\n- Medical device experience is required.\n"
    )
    without = match_resume(_resume("SolidWorks"), posting)
    with_domain = match_resume(_resume("SolidWorks", "Medical devices"), posting)
    assert without.explanation.startswith("1 of 2 must-haves")
    assert with_domain.explanation.startswith("2 of 2 must-haves")
    assert with_domain.score > without.score


def test_sales_trades_and_people_roles_have_their_families():
    seller = _resume("Salesforce")
    seller["basics"]["label"] = "Account Executive"
    sdr = extract_requirements("Sales Development Representative\nRequirements\n- Salesforce.\n")
    payables = extract_requirements("Accounts Payable Specialist\nRequirements\n- Excel.\n")
    # The role's fit: the SDR post is also a step below an Account Executive, which lowers
    # the title's score and is said apart.
    title = match_resume(seller, sdr).breakdown["title"]
    assert (title["role_score"], title["seniority"]) == (50, "one step below Account Executive")
    assert match_resume(seller, payables).breakdown["title"]["score"] == 0


def test_a_quantitative_field_is_no_field_to_miss():
    posting = extract_requirements(
        "Requirements\n- Python.\n- Bachelor's degree in a quantitative field.\n"
    )
    statistician = _resume("Python")
    statistician["education"] = [{"institution": "BU", "studyType": "BS", "area": "Statistics"}]
    education = match_resume(statistician, posting).breakdown["education"]
    assert (education["score"], education["field_match"]) == (100, None)


DATA_SCIENCE_POSTING = """Data Scientist
Requirements
- Data science experience building models that ship.
- SQL.
"""


def _data_scientist(bullet: str) -> dict:
    return {
        "basics": {"label": "Data Scientist"},
        "work": [
            {
                "name": "Acme",
                "position": "Data Scientist",
                "startDate": "2021-01",
                "highlights": [bullet],
            }
        ],
        "skills": [{"name": "Data", "keywords": ["SQL"]}],
    }


def test_a_job_title_shows_the_work_it_names_below_a_bullet_that_does():
    requirements = extract_requirements(DATA_SCIENCE_POSTING)
    by_title = match_resume(_data_scientist("Built churn models for 2M users."), requirements)
    hard = by_title.breakdown["hard_skills"]
    assert "Data Science" in {item["name"] for item in by_title.matched}
    assert "Data Science by title only" in by_title.explanation
    science = next(item for item in by_title.matched if item["name"] == "Data Science")
    assert science["from_title"] and science["where"] == ["basics/label", "work/0/position"]
    by_bullet = match_resume(
        _data_scientist("Led data science work on churn for 2M users."), requirements
    )
    assert by_bullet.breakdown["hard_skills"]["score"] > hard["score"]
    assert "title only" not in by_bullet.explanation
    assert not any(item.get("from_title") for item in by_bullet.matched)
    nothing = _data_scientist("Built churn models for 2M users.")
    nothing["basics"]["label"] = nothing["work"][0]["position"] = "Analytics Lead"
    assert match_resume(nothing, requirements).breakdown["hard_skills"]["score"] < hard["score"]


def test_nurse_and_accountant_titles_name_their_work_and_manager_alone_does_not():
    assert "Nursing" in title_skills("ICU Registered Nurse")
    assert "Accounting" in title_skills("Senior Staff Accountant")
    assert "Data Engineering" in title_skills("Data Engineer, Platform")
    assert title_skills("Manager") == frozenset()


def test_lines_an_import_could_not_place_still_count():
    posting = extract_requirements(
        "Registered Nurse\nRequirements\n- BLS and ACLS certification.\n"
        "- Bachelor of Science in Nursing (BSN) required.\n"
    )
    imported = {
        "basics": {"name": "Jordan Lee"},
        "work": [{"position": "Staff Nurse", "name": "Mercy", "startDate": "2020-01"}],
        "education": [{"institution": "BSN"}],  # the degree read as the school
        "meta": {"unsorted": ["ACLS", "BLS", "Sacramento State"]},
    }
    result = match_resume(imported, posting)
    assert {"ACLS", "BLS"} <= {item["name"] for item in result.matched}
    assert result.breakdown["education"]["score"] == 100
    del imported["meta"]
    assert match_resume(imported, posting).score < result.score


def _nurse_since(start: str) -> dict:
    return {
        "basics": {"label": "Registered Nurse"},
        "work": [
            {
                "name": "Lakeshore Memorial",
                "position": "Registered Nurse",
                "startDate": start,
                "highlights": ["Cared for 5 adult patients per shift; BLS certified."],
            }
        ],
    }


def test_years_above_a_stated_minimum_cost_less_than_above_a_stated_level():
    floor_only = extract_requirements(
        "Registered Nurse\nRequirements\n- 1+ year of nursing experience.\n- BLS.\n"
    )
    junior = extract_requirements(
        "Junior Registered Nurse\nRequirements\n- 0-2 years of nursing experience.\n- BLS.\n"
    )
    veteran, recent = _nurse_since("2008-01"), _nurse_since("2023-01")
    over_floor = match_resume(veteran, floor_only)
    # The post is the veteran's own title, on the same rung: years past a ceiling guessed
    # from "1+ year" are no finding.
    assert "years asked" not in over_floor.explanation
    assert over_floor.score >= 0.8 * match_resume(recent, floor_only).score
    assert match_resume(veteran, junior).score < over_floor.score


def test_a_degree_line_an_import_could_not_place_still_counts():
    posting = extract_requirements(
        "Registered Nurse\nRequirements\n- BLS.\n- Bachelor of Science in Nursing (BSN) required.\n"
    )
    imported = _nurse_since("2020-01")
    imported["education"] = [{"institution": "University of South Florida"}]
    without = match_resume(imported, posting)
    imported["meta"] = {"unsorted": ["BSN", "Nursing"]}
    placed_by_us = match_resume(imported, posting)
    assert without.breakdown["education"]["score"] == 0
    assert placed_by_us.breakdown["education"]["score"] == 100


def test_skills_written_as_work_done_in_bullets_meet_the_postings_names():
    posting = extract_requirements(
        "Engineering Manager, Payments\nRequirements\n- People management and mentoring.\n"
        "- Payments experience.\n- CI/CD.\n"
    )
    resume = {
        "basics": {"label": "Engineering Lead"},
        "work": [
            {
                "name": "Acme",
                "position": "Engineering Lead",
                "highlights": [
                    "Managed a team of five engineers and mentored two new graduates.",
                    "Built the payment ledger behind refunds and processed payments daily.",
                    "Automated deployments for every service.",
                ],
            }
        ],
    }
    result = match_resume(resume, posting)
    matched = {item["name"] for item in result.matched}
    assert {"People Management", "Mentoring", "Payments", "CI/CD"} <= matched
    assert result.missing == []


def test_a_certificate_is_no_degree_but_another_study_type_with_its_school_is():
    posting = extract_requirements(
        "Requirements\n- Associate degree in Nursing required.\n- BLS certification.\n"
    )

    def education(study_type):
        document = {
            "education": [
                {"institution": "Pima College", "studyType": study_type, "area": "Nursing"}
            ]
        }
        return match_resume(document, posting).breakdown["education"]["score"]

    # A certificate is schooling past high school: one level short of an Associate degree.
    assert education("Certificate") == education("Training course") == 50
    assert education("Cert IV in Ageing Support") == 50
    assert education("Level 3 Award in Education and Training") == 50
    assert education("Diplom-Ingenieur") == 100


def test_a_resume_with_no_skills_section_shows_its_skills_through_its_bullets():
    posting = extract_requirements(
        "Medical Support Assistant\nQualifications\n- Experience scheduling patient appointments.\n"
        "- Patient care in a clinic.\n- People management.\n"
    )
    resume = {
        "basics": {"label": "Patient Access Representative"},
        "work": [
            {
                "name": "Banner Health",
                "position": "Patient Access Representative",
                "highlights": [
                    "Scheduled and rescheduled patient appointments for three clinics.",
                    "Cared for 20 walk-in patients a day at check-in.",
                    "Supervised four front desk staff on weekends.",
                ],
            }
        ],
    }
    result = match_resume(resume, posting)
    matched = {item["name"]: item["where"] for item in result.matched}
    assert matched.keys() >= {"Scheduling", "Patient Care", "People Management"}
    assert matched["Scheduling"] == ["work/0/highlights/0"]


def test_school_leaving_qualifications_are_high_school_not_a_degree():
    posting = extract_requirements(
        "Requirements\n- Bachelor's degree in Business required.\n- Excel.\n"
    )

    def education(study_type, area=""):
        document = {
            "education": [{"institution": "Kendrick School", "studyType": study_type, "area": area}]
        }
        return match_resume(document, posting).breakdown["education"]["score"]

    high_school = education("High school diploma")
    assert high_school < 100
    for study_type, area in [
        ("A-levels", "Economics, Maths"),
        ("12th (CBSE)", "Commerce"),
        ("Abitur", ""),
        ("Higher Secondary Certificate", "Science"),
        ("GCSEs", ""),
    ]:
        assert education(study_type, area) == high_school, study_type
    assert education("Diplom-Kaufmann", "Business") == 100


def test_a_skill_the_work_writes_out_word_for_word_counts_as_shown():
    posting = extract_requirements(
        "Operations Manager\nRequirements\n- Experience with warehouse automation.\n"
    )
    assert "Automation" in {skill.name for skill in posting.skills}
    resume = {
        "basics": {"label": "Operations Manager", "summary": "Curious about automation."},
        "work": [
            {
                "name": "Great Lakes Supply",
                "position": "Operations Manager",
                "startDate": "2018-02",
                "highlights": ["Cut cost per unit 14% with goods-to-person automation."],
            }
        ],
    }
    match = match_resume(resume, posting)
    shown = {item["name"]: item for item in match.matched}
    assert shown["Automation"]["where"] == ["work/0/highlights/0"]
    # A summary's interest is not work done.
    resume["work"][0]["highlights"] = ["Ran a three-shift distribution center."]
    assert "Automation" in {item["name"] for item in match_resume(resume, posting).missing}


def test_a_skill_only_listed_has_the_years_of_the_line_of_work_held():
    posting = extract_requirements(
        "Backend Engineer (Python)\nRequirements\n- 6+ years of experience with Python.\n"
    )
    resume = {
        "basics": {"label": "Backend Engineer"},
        "work": [
            {
                "name": "Etsy",
                "position": "Backend Engineer",
                "startDate": f"{datetime.date.today().year - 6}-01",
                "highlights": ["Built the order and returns services."],
            },
            {
                "name": "Etsy",
                "position": "Support Agent",
                "startDate": f"{datetime.date.today().year - 8}-01",
                "endDate": f"{datetime.date.today().year - 6}-01",
                "highlights": ["Answered sellers' questions."],
            },
        ],
        "skills": [{"name": "Skills", "keywords": ["Python"]}],
    }
    # Six years and more as a backend engineer, not half of the eight the resume covers.
    assert not match_resume(resume, posting).breakdown["hard_skills"]["years_short"]
    resume["work"][0]["startDate"] = f"{datetime.date.today().year - 2}-01"
    resume["work"][0]["position"] = resume["basics"]["label"] = "Support Lead"
    resume["work"][1]["position"] = "Backend Engineer"
    resume["work"][1]["startDate"] = f"{datetime.date.today().year - 8}-01"
    resume["work"][1]["endDate"] = f"{datetime.date.today().year - 2}-01"
    # Two years in the line held now: the listed skill has half the resume's years, no more.
    short = match_resume(resume, posting).breakdown["hard_skills"]["years_short"]
    assert short and short[0].startswith("Python")


def test_an_example_of_a_kind_is_met_by_another_of_that_kind_and_says_through_what():
    post = extract_requirements(
        "Data Engineer\nRequirements\n- Experience with PostgreSQL or a similar relational "
        "database.\n- Salesforce or another CRM.\n"
    )
    document = {
        "basics": {"label": "Data Engineer"},
        "skills": [{"name": "Skills", "keywords": ["MySQL", "HubSpot"]}],
        "work": [{"name": "Acme", "position": "Data Engineer", "highlights": ["Built pipelines."]}],
    }
    result = match_resume(document, post)
    met = {item["name"]: item for item in result.matched}
    assert met["Relational Databases"]["through"] == "MySQL"
    assert met["CRM"]["through"] == "HubSpot"
    assert not result.missing


def test_a_seniority_word_that_is_the_role_is_kept_in_the_title_fit():
    # "Principal" of a school is the post; "Principal Engineer" is an engineer's level.
    assistant_principal = extract_requirements("Assistant Principal\nDuties\n- Lead the school.\n")
    aide, deputy = _resume("Redis"), _resume("Redis")
    aide["basics"]["label"] = "Teacher Assistant"
    deputy["basics"]["label"] = "Assistant Principal, Lincoln Middle School"
    aide_title = match_resume(aide, assistant_principal).breakdown["title"]
    assert aide_title.get("role_score", aide_title["score"]) < 67
    assert match_resume(deputy, assistant_principal).breakdown["title"]["score"] == 100
    principal_engineer = extract_requirements("Principal Engineer\nRequirements\n- Go.\n")
    engineer = _resume("Go")
    engineer["basics"]["label"] = "Software Engineer"
    assert (
        match_resume(engineer, principal_engineer).breakdown["title"].get("role_score", 100) == 100
    )


def test_whom_a_post_serves_is_not_part_of_its_title():
    post = extract_requirements(
        "Executive Assistant to the Managing Partner\nRequirements\n- Calendar management.\n"
    )
    assistant = _resume("Calendar Management")
    assistant["basics"]["label"] = "Executive Assistant"
    assert match_resume(assistant, post).breakdown["title"]["score"] == 100


def test_a_title_of_another_family_sharing_only_manager_is_another_title():
    post = extract_requirements("Marketing Manager\nRequirements\n- SEO and HubSpot.\n")
    nurse_manager, office_manager = _resume("SEO"), _resume("SEO")
    nurse_manager["basics"]["label"] = "Nurse Manager"
    office_manager["basics"]["label"] = "Office Manager"
    assert "another title" in match_resume(nurse_manager, post).explanation
    # Where neither title says its family, the shared word still counts.
    assert "title close" in match_resume(office_manager, post).explanation


def test_a_title_naming_the_specialty_after_a_comma_fits_that_specialtys_engineer():
    backend = _engineer(4, "Python", "SQL")
    posting = extract_requirements(
        "Software Engineer, Backend\nRequirements\n- 3+ years of experience.\n- Python.\n"
    )
    assert "title fits" in match_resume(backend, posting).explanation
    # One word of the resume's title found after the comma is not the whole title.
    designer = {"work": [{"name": "Basketful", "position": "Backend Designer"}]}
    assert "title fits" not in match_resume(designer, posting).explanation


def test_a_required_licence_not_shown_lowers_the_post_and_is_named():
    planner = {
        "basics": {"label": "Planner II"},
        "work": [
            {
                "name": "City of Beaverton",
                "position": "Planner II",
                "startDate": "2020-01",
                "highlights": ["Reviewed site plans against the zoning code in ArcGIS Pro."],
            }
        ],
        "skills": [{"name": "Skills", "keywords": ["ArcGIS", "Zoning codes"]}],
    }
    asked = "Planner\nRequirements\n- 3+ years of planning experience.\n- ArcGIS.\n"
    plain = match_resume(planner, extract_requirements(asked))
    licensed = match_resume(
        planner, extract_requirements(asked + "- AICP certification required.\n")
    )
    assert "no AICP" in licensed.explanation
    assert "no AICP" not in plain.explanation
    assert licensed.score < plain.score


def test_a_licence_asked_within_months_of_hire_is_not_screened_for():
    nurse = {
        "basics": {"label": "Registered Nurse"},
        "work": [
            {
                "name": "Kettering Memorial Hospital",
                "position": "Registered Nurse",
                "startDate": "2021-06",
                "highlights": ["Care for five medical and surgical patients per shift."],
            }
        ],
        "certificates": [{"name": "Registered Nurse, Ohio"}, {"name": "BLS"}],
    }
    base = "Registered Nurse\nRequirements\n- Current Ohio RN license.\n- BLS required.\n"
    later = match_resume(nurse, extract_requirements(base + "- ACLS within 6 months of hire.\n"))
    now = match_resume(nurse, extract_requirements(base + "- ACLS required.\n"))
    assert "no ACLS" in now.explanation
    assert "no ACLS" not in later.explanation
    assert "licence_missing" not in later.breakdown["hard_skills"]
    assert (
        later.breakdown["hard_skills"]["must_total"]
        == now.breakdown["hard_skills"]["must_total"] - 1
    )
    assert later.score > now.score
