"""Defects a ranking review found (issue #15): a rank in a trade is no degree, a
credential's bracketed modality is no skill, a credential named as someone else's role is
not held, a tool shows its field, a role word after its field is a title."""

import pytest

from jobs.extraction import extract_requirements


@pytest.mark.parametrize(
    "posting",
    [
        "Master Plumber\nWe need a licensed Master Plumber with 5 years of experience.",
        "Master Electrician\nRequirements:\n- Master Electrician license required.",
        "Lead Carpenter\nRequirements: Master Carpenter or journeyman with 8 years of framing.",
        "Service Technician\nA Master Technician (ASE) certification is a plus.",
        "Cabinet Maker\nWe want a Master Craftsman who takes pride in joinery.",
        "Scrum Master\nRequirements: 3 years as a Scrum Master. Jira and Confluence.",
        "Data Steward\nRequirements: Master Data Management experience in SAP MDG.",
        "Barber\nMaster Barber license required in the State of New York.",
    ],
)
def test_a_rank_in_a_trade_or_role_is_not_a_degree(posting):
    assert extract_requirements(posting).education_level != "Master's"


@pytest.mark.parametrize(
    "posting",
    [
        "Data Analyst\nRequirements: Master's degree in Statistics.",
        "Economist\nRequirements: Masters in Economics or a related field.",
        "Engineer\nRequirements: Master of Science in Mechanical Engineering.",
        "Scientist\nRequirements: Masters or PhD in Chemistry.",
        "Analyst\nRequirements: Master degree required, 2 years of experience.",
    ],
)
def test_a_masters_degree_is_still_a_degree(posting):
    assert extract_requirements(posting).education_level == "Master's"


def _names(posting):
    return {skill.name for skill in extract_requirements(posting).skills}


@pytest.mark.parametrize(
    "posting",
    [
        "Radiologic Technologist\nRequirements:\n- ARRT (R) certification required.",
        "CT Technologist\nRequirements: ARRT (R)(CT) registry and BLS. ARRT (R) (MR) preferred.",
        "Mammographer\nQualifications: current ARRT (M) and state license.",
        "Programmer\nRequirements: C#, .NET and SQL Server(R) on Microsoft Azure(R).",
        "Charge Nurse\nRequirements: active RN (BSN) license and ACLS (C) card.",
    ],
)
def test_a_lone_letter_in_brackets_after_a_credential_or_a_name_is_no_skill(posting):
    assert not _names(posting) & {"R", "C"}


@pytest.mark.parametrize(
    "posting",
    [
        "Data Analyst\nRequirements: SQL, Python or R, and Tableau.",
        "Statistician\nRequirements: 3 years of statistical programming in R (tidyverse).",
        "Embedded Engineer\nRequirements: C, C++ and RTOS experience.",
    ],
)
def test_a_language_named_as_such_is_still_read(posting):
    assert _names(posting) & {"R", "C"}


def _resume(*, bullets=(), summary="", certificates=(), label="Senior Accountant"):
    return {
        "basics": {"name": "Dana Reyes", "label": label, "summary": summary},
        "work": [
            {
                "name": "Harbor Foods",
                "position": "Senior Accountant",
                "startDate": "2018-01",
                "endDate": "2024-01",
                "highlights": list(bullets),
            }
        ],
        "certificates": [{"name": name} for name in certificates],
    }


@pytest.mark.parametrize(
    "bullet",
    [
        "Prepared year-end workpapers for our outside CPA.",
        "Worked with the company's CPA on quarterly tax filings.",
        "Coordinated the annual audit with the external CPA firm.",
        "Supported the CPA during the 2022 review and answered her questions.",
        "Provided schedules to the client's CPA and to the bank.",
    ],
)
def test_a_credential_named_as_another_persons_role_is_not_held(bullet):
    from jobs.matching import profile_of

    assert not profile_of(_resume(bullets=[bullet])).has("CPA")


@pytest.mark.parametrize(
    "resume",
    [
        _resume(certificates=["CPA"]),
        _resume(certificates=["Certified Public Accountant, State of Ohio"]),
        _resume(summary="CPA licensed in Texas with 8 years in audit and tax."),
        _resume(summary="Licensed CPA with 8 years in manufacturing accounting."),
        _resume(label="Senior Accountant, CPA"),
        _resume(bullets=["Earned the CPA license in 2019 while closing the books monthly."]),
    ],
)
def test_a_credential_the_resume_says_is_held_is_held(resume):
    from jobs.matching import profile_of

    assert profile_of(resume).has("CPA")


@pytest.mark.parametrize(
    ("tool", "field"),
    [
        ("ArcGIS Pro", "GIS"),
        ("Esri ArcGIS", "GIS"),
        ("QGIS", "GIS"),
        ("Tableau", "Data Visualization"),
        ("Power BI", "Data Visualization"),
    ],
)
def test_a_tool_shows_its_field(tool, field):
    from jobs.matching import profile_of

    resume = _resume(bullets=[f"Built maps and dashboards in {tool} for the planning team."])
    assert profile_of(resume).has(field)


@pytest.mark.parametrize(
    "posting",
    [
        "GIS Technician\nRequirements: 2 years of GIS experience.",
        "Planner\nRequirements: working knowledge of Geographic Information Systems.",
        "Utility Mapper\nRequirements: GIS, AutoCAD and field data collection.",
    ],
)
def test_a_posting_asking_for_gis_asks_for_it(posting):
    assert "GIS" in _names(posting)


@pytest.mark.parametrize(
    ("posting", "title", "level"),
    [
        (
            "Audit Senior\nWe are growing.\nRequirements: CPA, 3 years of audit experience.",
            "Audit Senior",
            "Senior",
        ),
        (
            "Tax Senior\nAcme LLP, Chicago\nRequirements: 3 years of tax experience.",
            "Tax Senior",
            "Senior",
        ),
        (
            "Assurance Senior\nHarbor & Pike LLP, Boston, MA\nRequirements: CPA eligible.",
            "Assurance Senior",
            "Senior",
        ),
        (
            "Job Title: Audit Senior\nLocation: Boston, MA\nRequirements: CPA.",
            "Audit Senior",
            "Senior",
        ),
        ("Accountant I\nRequirements: Bachelor's in Accounting.", "Accountant I", "Junior"),
        ("Engineer II\nRequirements: 3 years of Python.", "Engineer II", "Mid-level"),
    ],
)
def test_a_role_word_after_its_field_is_a_title(posting, title, level):
    requirements = extract_requirements(posting)
    assert (requirements.title, requirements.seniority) == (title, level)
