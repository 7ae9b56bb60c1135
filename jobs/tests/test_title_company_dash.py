"""A first line "Title - Company" (or "Company - Title") parts the title from the company;
a dash that qualifies the title (specialty, unit, function, schedule) stays in it."""

import pytest

from jobs.extraction import extract_requirements

BODY = (
    "\n\nYou will review ledgers and prepare reports.\n\nRequirements\n- 2+ years of experience.\n"
)


@pytest.mark.parametrize(
    ("first_line", "title", "company"),
    [
        ("Staff Auditor - Harbor & Pike LLP", "Staff Auditor", "Harbor & Pike LLP"),
        ("Senior Software Engineer - Acme Payments", "Senior Software Engineer", "Acme Payments"),
        ("Payroll Specialist – Brightwell Group", "Payroll Specialist", "Brightwell Group"),
        ("Warehouse Supervisor | Kestrel Foods Ltd", "Warehouse Supervisor", "Kestrel Foods Ltd"),
        ("Harbor & Pike LLP - Staff Auditor", "Staff Auditor", "Harbor & Pike LLP"),
        ("Zentrix Labs | Data Analyst", "Data Analyst", "Zentrix Labs"),
        ("Math Teacher - Lincoln Park Academy", "Math Teacher", "Lincoln Park Academy"),
    ],
)
def test_company_after_or_before_the_title_is_the_company(first_line, title, company):
    read = extract_requirements(first_line + BODY)
    assert (read.title, read.company) == (title, company)


def test_company_with_its_city_in_brackets():
    read = extract_requirements("Line Cook — Copper Kettle Bistro (Portland, ME)" + BODY)
    assert read.title == "Line Cook"
    assert read.company == "Copper Kettle Bistro"


@pytest.mark.parametrize(
    "first_line",
    [
        "Software Engineer - Backend",
        "Registered Nurse – ICU",
        "Director - Finance & Operations",
        "Account Executive - Enterprise Sales",
        "Line Cook - Night Shift",
    ],
)
def test_a_qualifier_after_the_dash_stays_in_the_title(first_line):
    read = extract_requirements(first_line + BODY)
    assert read.title == first_line
    assert read.company == ""


def test_schedule_after_the_dash_is_no_company():
    read = extract_requirements("Sales Associate - Part Time" + BODY)
    assert read.title.startswith("Sales Associate")
    assert read.company == ""


def test_a_typed_title_still_wins():
    read = extract_requirements("Staff Auditor - Harbor & Pike LLP" + BODY, title="Audit Associate")
    assert read.title == "Audit Associate"
