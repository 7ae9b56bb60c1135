"""Postings from outside software and outside the US, as people paste them (issue #15).

A job board's page copied whole, a header run into one paragraph with its terms of hire, legal
forms of other countries, credentials written out, codes of rules cited with their agency, and
the vocabulary of care homes, trades, pharmaceutical plants and accounting teams.
"""

from jobs.extraction import extract_requirements


def _one_paragraph(text: str) -> str:
    return " ".join(text.split())


def _asked(text: str, level: str = "required") -> set[str]:
    return {skill.name for skill in extract_requirements(text).skills if skill.level == level}


BOARD_PAGE = """Skip to main content
Indeed
Home
Company reviews
Find salaries
Sign in
Employers / Post Job

Support Worker - Days
Hollybank Supported Living
Sheffield S10
£11.90 an hour - Part-time

Hollybank Supported Living helps adults with learning disabilities live in their own homes.

What you will do:
- Support people with personal care and medication
- Use safe moving and handling techniques
- Report safeguarding concerns to the team leader

What we are looking for:
- Experience in a care setting
- Good communication skills
"""


def test_a_job_boards_navigation_is_not_read_as_the_title():
    found = extract_requirements(BOARD_PAGE)
    assert found.title == "Support Worker - Days"
    assert found.company == "Hollybank Supported Living"


def test_a_job_boards_navigation_run_into_one_paragraph_is_not_the_title():
    found = extract_requirements(_one_paragraph(BOARD_PAGE))
    assert found.title.startswith("Support Worker")
    assert "Indeed" not in found.title and "Sign in" not in found.title


def test_a_title_that_only_opens_like_a_board_keeps_its_words():
    found = extract_requirements(
        "Home Health Aide\nSunrise Home Care\nDayton, OH\n\nRequirements:\n- CPR certification"
    )
    assert found.title == "Home Health Aide"


def test_care_work_is_read_in_its_own_words():
    asked = _asked(BOARD_PAGE)
    assert {"Personal Care", "Manual Handling", "Safeguarding"} <= asked


def test_terms_of_hire_after_a_title_leave_it_as_written():
    found = extract_requirements(
        "Customer Service Representative - Bilingual (French/English) - Temporary Full Time\n"
        "Maple Crest Insurance\nMoncton, NB\n\nWhat you'll need\n- Fluent in French and English"
    )
    assert found.title == "Customer Service Representative - Bilingual (French/English)"
    assert found.employment_type == "Contract"


def test_terms_of_hire_with_their_note_are_neither_title_nor_company_in_one_paragraph():
    found = extract_requirements(
        "Sales Associate - Part Time (20 hrs/week) Harbor & Hem Boutique Charleston, SC "
        "Harbor & Hem Boutique is a women's clothing shop on King Street. Requirements: "
        "customer service experience and cash handling."
    )
    assert found.title == "Sales Associate"
    assert found.company == "Harbor & Hem Boutique"
    assert found.employment_type == "Part-time"


def test_legal_forms_of_singapore_india_and_south_africa_end_the_company():
    singapore = extract_requirements(
        "Senior Accountant | Lion City Trading Pte. Ltd. | Singapore Lion City Trading is a "
        "distributor of building materials. Requirements: ACCA qualification."
    )
    assert singapore.company == "Lion City Trading Pte. Ltd."
    south_africa = extract_requirements(
        "Fleet Controller Karoo Freight (Pty) Ltd - Johannesburg, Gauteng Permanent | Market "
        "related Karoo Freight is a road freight company. Minimum requirements: Matric."
    )
    assert south_africa.company == "Karoo Freight (Pty) Ltd"


def test_a_credential_the_companys_people_hold_is_not_asked():
    text = (
        "Tax Associate\nAcme Tax Services\n\nYou will prepare returns alongside our Certified "
        "Public Accountants.\n\nRequirements:\n- QuickBooks"
    )
    assert "CPA" not in _asked(text)


def test_a_credential_written_out_is_asked_when_the_posting_asks_it():
    text = (
        "Group Accountant\nAcme Holdings\n\nRequirements:\n- Chartered Accountant or ACCA "
        "qualification\n- Certified Public Accountant license preferred"
    )
    assert {"Chartered Accountant", "ACCA"} <= _asked(text)
    assert "CPA" in _asked(text, "preferred")


def test_a_code_of_rules_is_read_without_the_agency_written_before_it():
    text = (
        "Quality Engineer\nAcme Devices\n\nRequirements:\n"
        "- Knowledge of FDA 21 CFR Part 820 and ISO 14971\n"
        "- Knowledge of EPA 40 CFR Part 112 SPCC rules\n"
        "- Familiarity with 21 CFR Part 58\n"
    )
    asked = _asked(text)
    assert {"21 CFR Part 820", "ISO 14971", "40 CFR Part 112", "21 CFR Part 58"} <= asked
    assert not any(name.startswith(("FDA ", "EPA ")) for name in asked)


def test_trades_and_plant_vocabulary_is_read():
    asked = _asked(
        "QA Officer\nMedwell Formulations Pvt. Ltd.\n\nRequirements:\n"
        "- Perform line clearance and follow good documentation practices\n"
        "- Follow data integrity (ALCOA+) principles\n"
        "- WHMIS training and a White Card\n"
        "- Prepare monthly management accounts and the group consolidation\n"
    )
    assert {
        "Line Clearance",
        "Good Documentation Practices",
        "Data Integrity",
        "WHMIS",
        "White Card",
        "Management Accounts",
        "Financial Consolidation",
    } <= asked


def test_a_citation_in_brackets_after_the_rules_it_cites_is_one_skill():
    asked = _asked(
        "Customs Entry Writer\nAcme Brokerage\n\nRequirements:\n"
        "- Strong knowledge of CBP regulations (19 CFR)\n"
    )
    assert "19 CFR" not in asked


def test_a_shift_written_as_one_word_stays_in_the_title_and_out_of_the_company():
    text = (
        "Carer - Nights Home Instead Leeds. Home Instead helps older people live at home. "
        "Requirements: experience in personal care."
    )
    found = extract_requirements(text)
    assert found.title == "Carer - Nights"
    assert not found.company.startswith("Nights")


def test_a_posting_pasted_from_a_spreadsheet_cell_loses_the_cells_quotes():
    found = extract_requirements(
        '"Payroll Specialist, Blue Harbour Group, Dublin 2, Ireland. Blue Harbour Group is an '
        "Irish facilities company. Requirements: 3+ years of payroll experience, advanced "
        'Excel."'
    )
    assert found.title == "Payroll Specialist"
    assert found.company == "Blue Harbour Group"


def test_a_company_with_its_legal_form_inside_a_one_paragraph_header():
    found = extract_requirements(
        "QA Officer - Oral Solid Dosage Medwell Formulations Pvt. Ltd. Ahmedabad, Gujarat, India "
        "Experience: 2 - 5 years Company Profile: Medwell Formulations is a tablet maker. "
        "Job Description: Review batch records. Handle deviations and CAPA."
    )
    assert found.title == "QA Officer - Oral Solid Dosage"
    assert found.company == "Medwell Formulations Pvt. Ltd."
    assert "Ahmedabad" in found.location


def test_a_name_said_again_then_a_town_and_pay_in_a_one_paragraph_header():
    found = extract_requirements(_one_paragraph(BOARD_PAGE))
    assert found.company == "Hollybank Supported Living"


COUNCIL_POST = """Planning Officer
Harrowfield District Council
Salary: £33,945 - £37,938 per annum (Grade 8)

About the service
Our team decides 1,400 planning applications a year.

Main duties
1. Carry out site visits and write officer reports.
2. Use the Council's GIS to check constraints.

Person specification
Essential
- Excellent report writing skills
- A full driving licence
Desirable
- Experience of planning appeals
"""


def test_a_person_specification_asks_after_the_salary_line():
    found = extract_requirements(COUNCIL_POST)
    asked = {skill.name for skill in found.skills if skill.level == "required"}
    assert {"GIS", "Report Writing", "Driver's License"} <= asked


def test_essential_duties_stay_duties_when_run_into_one_paragraph():
    found = extract_requirements(
        "Grants Analyst Maricopa Valley County ESSENTIAL DUTIES Prepares grant budgets and "
        "financial reports. MINIMUM QUALIFICATIONS Bachelor's degree in Accounting. PREFERRED "
        "QUALIFICATIONS Experience with Power BI."
    )
    levels = {skill.name: skill.level for skill in found.skills}
    assert levels.get("Power BI") == "preferred"
    assert levels.get("Financial Reporting") == "required"


def test_a_languages_name_before_a_noun_says_whose_not_a_language_asked():
    asked = _asked(
        "Payroll Specialist\nBlue Harbour Group\n\nRequirements:\n"
        "- Strong knowledge of Irish payroll legislation\n"
        "- Knowledge of German employment law\n"
    )
    assert not {"Irish", "German"} & asked


def test_a_language_asked_is_still_read_with_its_cue_or_verb():
    asked = _asked(
        "Reservations Agent\nGlenmore Hotel\n\nRequirements:\n"
        "- Fluent in Irish and English, orally and in writing\n"
        "- German is required\n"
        "- Spanish speaking\n"
    )
    assert {"Irish", "English", "German", "Spanish"} <= asked


def test_classroom_and_payroll_duties_written_as_verbs_are_read():
    asked = _asked(
        "Primary Teacher\nKowhai Park School\n\nThe successful applicant will:\n"
        "- Differentiate teaching to meet the needs of all learners\n"
        "- Use assessment data to plan next steps\n"
        "- Work collaboratively in a team of four teachers\n"
        "- Prepare payroll journals for the general ledger\n"
    )
    assert {"Differentiated Instruction", "Student Assessment", "Teamwork", "Journal Entries"} <= (
        asked
    )


def test_terms_of_hire_run_into_the_company_in_a_one_paragraph_header():
    found = extract_requirements(
        "Customer Service Representative - Bilingual (French/English) - Temporary Full Time "
        "Maple Crest Insurance Moncton, NB About Maple Crest Insurance Maple Crest Insurance is "
        "a mutual insurer. What you'll need: 1+ year of call centre experience."
    )
    assert found.company == "Maple Crest Insurance"
    assert found.employment_type == "Contract"


def test_commonwealth_degrees_and_school_leaving_certificates_are_read():
    pharmacy = extract_requirements(
        "QA Officer\nMedwell Formulations Pvt. Ltd.\n\nDesired Candidate Profile:\n"
        "1. B.Pharm / M.Pharm or M.Sc. (Chemistry).\n2. 2 to 5 years in Quality Assurance.\n"
    )
    assert pharmacy.education_level == "Bachelor's"
    freight = extract_requirements(
        "Fleet Controller\nKaroo Freight (Pty) Ltd\n\nMinimum requirements:\n"
        "- Matric (Grade 12)\n- 3 years' experience as a fleet controller\n"
    )
    assert freight.education_level == "High school"


def test_a_job_boards_navigation_with_its_lines_ended_as_sentences_is_not_the_title():
    joined = " ".join(
        line if line.endswith(".") else f"{line}." for line in BOARD_PAGE.splitlines() if line
    )
    assert extract_requirements(joined).title.startswith("Support Worker")


def test_a_town_and_its_postcode_under_the_company_is_the_place():
    found = extract_requirements(
        "Class 1 HGV Driver\nRedline Haulage Ltd\nDoncaster DN4 5HX\n\nDuties:\n"
        "- Carry out daily walkaround checks\n"
    )
    assert found.company == "Redline Haulage Ltd"
    assert found.location == "Doncaster DN4 5HX"


def test_credentials_written_out_are_read_by_their_names():
    asked = _asked(
        "Internal Audit Manager\nAcme Holdings\n\nRequirements:\n"
        "- Certified Internal Auditor or Certified Fraud Examiner\n"
        "- Chartered Certified Accountant or Chartered Professional Accountant\n"
        "- Licensed Clinical Social Worker\n"
    )
    assert {
        "Certified Internal Auditor",
        "Certified Fraud Examiner",
        "ACCA",
        "CPA",
        "LCSW",
    } <= asked


def test_kitchen_trade_and_transport_duties_written_as_verbs_are_read():
    asked = _asked(
        "Chef de Partie\nThe Rose & Crown\n\nThe role\n"
        "- Butcher meat and fillet fish\n- Order stock for your section\n"
        "- Help train commis chefs\n- Read electrical drawings\n"
        "- Plan daily routes and allocate trucks and drivers to loads\n"
    )
    assert {
        "Butchery",
        "Inventory Management",
        "Staff Training",
        "Technical Drawing",
        "Route Optimization",
        "Dispatching",
    } <= asked


def test_a_team_before_the_company_in_a_one_paragraph_header_is_not_the_company():
    found = extract_requirements(
        "Data Analyst, Quality & Population Health Lakeview Health Partners Milwaukee, WI "
        "Lakeview Health Partners is a physician-led care organization. Our Quality & "
        "Population Health team measures care. Requirements: SQL and Tableau."
    )
    assert found.company == "Lakeview Health Partners"
    assert found.location == "Milwaukee, WI"


def test_a_titles_qualifier_before_the_company_stays_in_a_one_paragraph_title():
    found = extract_requirements(
        "Territory Sales Representative – Orthopedic Trauma (Denver North) Aston Vale "
        "Orthopaedics is hiring a Territory Sales Representative in Denver, CO. Aston Vale "
        "makes plates and screws. Requirements: 3+ years of medical device sales."
    )
    assert found.title == "Territory Sales Representative – Orthopedic Trauma"
    assert found.company == "Aston Vale Orthopaedics"


def test_a_company_run_in_after_the_title_is_not_taken_for_its_qualifier():
    found = extract_requirements(
        "Staff Auditor - Brightwell Group Brightwell Group is an accounting firm. "
        "Requirements: CPA preferred."
    )
    assert found.title == "Staff Auditor"


def test_the_first_lines_title_wins_over_the_hiring_sentences_lower_case_plural():
    found = extract_requirements(
        "Warehouse Associate\nFirst Choice Staffing\nDallas, TX\n\nFirst Choice Staffing is "
        "hiring warehouse associates for a new site.\n\nRequirements:\n- Forklift experience\n"
    )
    assert found.title == "Warehouse Associate"
    assert found.company == "First Choice Staffing"
