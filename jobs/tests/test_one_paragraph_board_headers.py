"""Job-board headers pasted as one paragraph (issue #15).

SEEK, Indeed, Reed, Naukri and LinkedIn show a title, the company, its place and the pay on lines
of their own; copied into a text box they run together. The company follows the title and is
followed by a place, a pay or a board's category, and its name often ends as organisations'
names do (Services, District, Trust, Council, Hospital, Ltd).
"""

import pytest

from jobs.extraction import extract_requirements

HEADERS = [
    pytest.param(
        "Plumber - Maintenance Northside Plumbing Services Chermside, Brisbane QLD Plumbers "
        "(Trades & Services) Full time $40 – $48 per hour Posted 2d ago We need a licensed "
        "plumber for maintenance work on strata buildings. You will hold a QBCC licence and a "
        "White Card.",
        "Plumber - Maintenance",
        "Northside Plumbing Services",
        "Chermside, Brisbane QLD",
        id="seek-company-not-named-again",
    ),
    pytest.param(
        "Carer - Nights Home Instead Leeds £12.50 an hour Full-time Home Instead supports older "
        "people to live well at home. You will help clients with personal care and medication.",
        "Carer - Nights",
        "Home Instead",
        "Leeds",
        id="reed-known-town-after-the-name",
    ),
    pytest.param(
        "Support Worker - Weekends Brightwater Care Trust Bristol BS1 £11.80 per hour Part-time "
        "You will support adults with learning disabilities in their own homes. A full driving "
        "licence is desirable.",
        "Support Worker - Weekends",
        "Brightwater Care Trust",
        "Bristol BS1",
        id="reed-trust-town-postcode",
    ),
    pytest.param(
        "Math Teacher - High School (2027-2028 School Year) Riverside Unified School District "
        "Riverside, CA Full-time We are seeking a certified mathematics teacher for grades 9-12. "
        "A California single subject credential is required.",
        "Math Teacher - High School",
        "Riverside Unified School District",
        "Riverside, CA",
        id="indeed-school-level-stays-in-the-title",
    ),
    pytest.param(
        "Staff Nurse - ICU Sunrise Multispeciality Hospital Chennai, Tamil Nadu 3-5 Yrs "
        "Full Time, Permanent Job description: We are hiring staff nurses for our 20-bed "
        "intensive care unit. B.Sc Nursing and registration with the nursing council required.",
        "Staff Nurse - ICU",
        "Sunrise Multispeciality Hospital",
        "Chennai, Tamil Nadu",
        id="naukri-hospital",
    ),
    pytest.param(
        "Accounts Assistant - Payroll Harlow District Council Harlow, England, United Kingdom "
        "On-site Full-time About the job You will process the monthly payroll for 900 staff and "
        "reconcile payroll control accounts. Experience with Sage Payroll is essential.",
        "Accounts Assistant - Payroll",
        "Harlow District Council",
        "Harlow, England, United Kingdom",
        id="linkedin-council",
    ),
    pytest.param(
        "Warehouse Associate - Night Shift Maple Leaf Logistics Ltd Mississauga, ON $19.50 an hour "
        "Full-time Pick, pack and load orders in a temperature-controlled warehouse. Forklift "
        "certification is an asset.",
        "Warehouse Associate - Night Shift",
        "Maple Leaf Logistics Ltd",
        "Mississauga, ON",
        id="indeed-canada-ltd",
    ),
    pytest.param(
        "Delivery Driver - Weekends Speedy Couriers Ltd Cork €14 an hour Part-time Drive a van "
        "on multi-drop routes around the city. A full clean driving licence is essential.",
        "Delivery Driver - Weekends",
        "Speedy Couriers Ltd",
        "Cork",
        id="indeed-ireland-role-word-in-a-legal-name",
    ),
]


@pytest.mark.parametrize(("posting", "title", "company", "location"), HEADERS)
def test_a_header_run_into_one_paragraph_keeps_title_company_and_place_apart(
    posting, title, company, location
):
    found = extract_requirements(posting)
    assert (found.title, found.company, found.location) == (title, company, location)


LANGUAGE_SENTENCES = [
    ("German is essential.", "German", "required"),
    ("Fluent Welsh is desirable.", "Welsh", "preferred"),
    ("Spanish is required for this role.", "Spanish", "required"),
    ("French is a must.", "French", "required"),
]


@pytest.mark.parametrize(("sentence", "language", "level"), LANGUAGE_SENTENCES)
def test_a_language_said_to_be_essential_or_desirable_is_asked(sentence, language, level):
    posting = (
        "Customer Service Advisor\nNorthwind Travel\nManchester\n\n"
        "You will answer calls and emails from customers across Europe. "
        f"Experience in a contact centre is required. {sentence}"
    )
    asked = {(skill.name, skill.level) for skill in extract_requirements(posting).skills}
    assert (language, level) in asked


def test_a_nationality_before_a_noun_is_still_no_language_asked():
    posting = (
        "Payroll Officer\nNorthwind Travel\nManchester\n\n"
        "Knowledge of German employment law is essential. Experience with Sage Payroll."
    )
    names = {skill.name for skill in extract_requirements(posting).skills}
    assert "German" not in names


def test_a_seek_header_keeps_the_department_in_the_title_before_the_boards_category():
    found = extract_requirements(
        "Registered Nurse - Emergency Department Eastlake Private Hospital Box Hill, Melbourne "
        "VIC Nursing - Emergency (Healthcare & Medical) Full time Posted 2d ago Eastlake "
        "Private Hospital is a 220-bed acute hospital. About you: current AHPRA registration."
    )
    assert found.title == "Registered Nurse - Emergency Department"
    assert found.company == "Eastlake Private Hospital"
    assert found.location.startswith("Box Hill, Melbourne VIC")


def test_a_malaysian_company_ends_with_its_legal_form_before_the_pay_in_ringgit():
    found = extract_requirements(
        "Accounts Executive Sinar Jaya Sdn Bhd Petaling Jaya, Selangor Accounting (Accounting) "
        "Full time RM 3,500 – RM 4,500 per month Posted 6d ago Sinar Jaya distributes building "
        "materials. Job Requirements: 2 years of experience in full set of accounts."
    )
    assert (found.title, found.company) == ("Accounts Executive", "Sinar Jaya Sdn Bhd")
    assert found.location.startswith("Petaling Jaya, Selangor")


@pytest.mark.parametrize(
    "pay",
    ["₹ 4-6 Lacs P.A.", "INR 6,00,000 - 9,00,000 PA", "3-4.5 Lacs P.A.", "RM 3,500 per month"],
)
def test_indian_and_malaysian_pay_is_neither_a_company_a_place_nor_years(pay):
    found = extract_requirements(
        f"Sales Officer. Requirements: graduate with 2 years of field sales. Salary {pay} plus "
        "incentives."
    )
    assert (found.company, found.location) == ("", "")
    assert (found.years_min, found.years_max) == (2, None)
    assert {skill.name for skill in found.skills} == {"B2B Sales"}


@pytest.mark.parametrize(
    ("posting", "title", "company"),
    [
        (
            "Store Manager\nTealeaf\n\nRequirements: 3 years in retail management.",
            "Store Manager",
            "Tealeaf",
        ),
        (
            "Delivery Partner Lead\nZomato\nBengaluru, Karnataka\n\nRequirements: a two-wheeler.",
            "Delivery Partner Lead",
            "Zomato",
        ),
        (
            "Team Leader - Customer Service\nNorthwind Travel, Manchester\n\n"
            "We are looking for a team leader to manage our contact centre team.",
            "Team Leader - Customer Service",
            "Northwind Travel",
        ),
    ],
)
def test_a_brand_alone_under_the_title_is_the_company(posting, title, company):
    found = extract_requirements(posting)
    assert (found.title, found.company) == (title, company)


def test_a_qualifier_under_the_title_is_no_brand():
    found = extract_requirements(
        "Physical Therapist Assistant\nOutpatient Orthopedics\n\nYou will treat outpatient "
        "orthopedic patients. Requirements: state PTA licence."
    )
    assert found.company != "Outpatient Orthopedics"


@pytest.mark.parametrize("separator", ["\n", " "])
def test_a_glassdoor_copy_names_the_rated_employer_before_the_title(separator):
    found = extract_requirements(
        separator.join(
            [
                "Kettle & Crumb 3.8 ★",
                "Production Supervisor - Bakery",
                "Fresno, CA",
                "$62K - $70K (Employer est.)",
                "Easy Apply",
                "Qualifications: 3+ years of supervisory experience in food manufacturing.",
            ]
        )
    )
    assert found.company == "Kettle & Crumb"
    assert found.title.startswith("Production Supervisor")
    assert found.location == "Fresno, CA"


def test_a_workday_copy_names_its_company_in_at_company_we():
    found = extract_requirements(
        "Maintenance Technician II apply locations Gainesville, GA time type Full time posted on "
        "Posted 5 Days Ago job requisition id R-0048213 At Piedmont Poultry, we feed families "
        "across the Southeast. Minimum Qualifications: 3 years of industrial maintenance."
    )
    assert (found.title, found.company) == ("Maintenance Technician II", "Piedmont Poultry")
    assert (
        extract_requirements("Line Cook\n\nAt present, we are busy. At Home, we cook.").company
        == ""
    )


def test_a_city_alone_in_the_header_after_the_pay_is_the_location():
    found = extract_requirements(
        "Field Sales Executive Tiffinly 4.0 212 Reviews 1 - 3 years ₹ 3-4.5 Lacs P.A. Bengaluru "
        "Send me jobs like this Posted: 4 days ago Job description Requirements: field sales."
    )
    assert found.location == "Bengaluru"
    assert (
        extract_requirements(
            "Data Analyst. We are a London-based agency. Requirements: SQL."
        ).location
        == ""
    )


def test_a_bracketed_cue_in_a_run_on_list_prefers_its_own_item_only():
    found = extract_requirements(
        "Registered Nurse - Emergency Department Eastlake Private Hospital Box Hill, Melbourne "
        "VIC Full time About you Current registration as a Registered Nurse with AHPRA Advanced "
        "Life Support (ALS) certification Strong communication and teamwork Postgraduate "
        "qualification in Emergency Nursing (desirable) Experience with electronic medical "
        "records (desirable) What we offer Salary packaging up to $15,900 Free onsite parking "
        "Employee assistance program Successful applicants will be required to provide a "
        "current National Police Check."
    )
    levels = {skill.name: skill.level for skill in found.skills}
    assert levels["AHPRA Registration"] == levels["Teamwork"] == "required"
    assert levels["Electronic Health Records"] == "preferred"
    bullet = extract_requirements(
        "Analyst\n\nRequirements\n- Experience with Salesforce (preferred)"
    )
    assert {skill.level for skill in bullet.skills if skill.name == "Salesforce"} == {"preferred"}


def test_a_town_and_state_in_the_header_beats_a_region_the_blurb_names():
    found = extract_requirements(
        "Maintenance Technician II apply locations Gainesville, GA time type Full time posted on "
        "Posted 5 Days Ago At Piedmont Poultry, we feed families from our processing plants in "
        "Georgia and Alabama. Minimum Qualifications: 3 years of industrial maintenance."
    )
    assert found.location == "Gainesville, GA"
    assert (
        extract_requirements(
            "Line Cook\nOur kitchens serve guests in Georgia.\nRequirements: 2 years of cooking."
        ).location
        == "Georgia"
    )


@pytest.mark.parametrize("separator", ["\n", " "])
def test_a_town_run_into_the_company_and_repeated_as_the_place_is_no_part_of_it(separator):
    found = extract_requirements(
        f"Store Manager{separator}Tealeaf Auckland, Auckland, New Zealand · 1 week ago{separator}"
        "About the job Tealeaf is a tea and homewares brand with 28 stores. "
        "Requirements: 3+ years of retail management."
    )
    assert found.company == "Tealeaf"
    # A name that holds its town is written with it each time.
    found = extract_requirements(
        f"Dental Assistant{separator}Harbour Dental Nelson, Nelson, New Zealand{separator}"
        "Harbour Dental Nelson cares for 4,000 families. Requirements: 1 year of chairside work."
    )
    assert found.company == "Harbour Dental Nelson"
    # A name that ends in "of" goes on with its city.
    found = extract_requirements(
        f"Teller{separator}Bank of Auckland, Auckland, New Zealand{separator}"
        "Bank of Auckland serves 40,000 members. Requirements: 1 year of cash handling."
    )
    assert found.company == "Bank of Auckland"
