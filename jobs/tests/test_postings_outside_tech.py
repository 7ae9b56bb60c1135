"""Postings from lines of work outside software, as they are written: their vocabulary, the
context that keeps generic words from being skills, and the levels their titles name."""

from jobs.extraction import extract_requirements, find_skills


def _names(skills, level=None):
    return {skill.name for skill in skills if level is None or skill.level == level}


def test_transport_bank_quality_and_intensive_care_terms_are_skills():
    assert {"Reefer", "Cold Chain", "Hours of Service"} <= _names(
        find_skills("You have reefer experience, know cold chain rules and hours of service.")
    )
    assert {"Customer Due Diligence", "OFAC", "Bank Secrecy Act"} <= _names(
        find_skills("You have experience with CDD reviews, OFAC screening and BSA rules.")
    )
    assert {"CAPA", "Change Control", "Batch Record Review"} <= _names(
        find_skills("You have experience with CAPAs, change controls and executed batch records.")
    )
    assert "CRRT" in _names(find_skills("Experience with CRRT is required."))


def test_a_tool_the_duties_use_and_the_posting_only_prefers_is_preferred():
    found = extract_requirements(
        "Dental Hygienist\n\nWhat you will do\n- Chart periodontal findings in Dentrix.\n\n"
        "Requirements\n- Current dental hygiene license.\n\nNice to have\n"
        "- Experience with Dentrix.\n"
    )
    levels = {skill.level for skill in found.skills if skill.name == "Dentrix"}
    assert levels == {"preferred"}


def test_a_tool_a_requirement_names_stays_required_when_also_preferred_elsewhere():
    found = extract_requirements(
        "Analyst\n\nRequirements\n- Experience with Excel.\n\nNice to have\n"
        "- Advanced Excel and Tableau.\n"
    )
    assert "Excel" in _names(found.skills, "required")


def test_a_budget_the_job_spends_is_no_benefit():
    found = extract_requirements(
        "Digital Marketing Specialist\n\nWhat you will do\n"
        "- Manage Google Ads campaigns with a monthly budget of $80K.\n\n"
        "Requirements\n- 3+ years of digital marketing experience.\n\n"
        "Benefits\n- Salary $60K - $70K a year.\n"
    )
    assert "Google Ads" in _names(found.skills, "required")


def test_generic_words_in_a_context_that_makes_them_no_skill():
    assert "Regulatory Compliance" not in _names(
        find_skills("You have 2 years of experience in AML compliance.")
    )
    assert "Monitoring" not in _names(
        find_skills("You will monitor grant funds and monitoring budget execution.")
    )
    assert "Construction" not in _names(
        find_skills(
            "You will design land development projects from feasibility through construction."
        )
    )
    assert "Adaptability" not in _names(
        find_skills("You must have flexibility to work evenings and weekends.")
    )


def test_a_company_blurb_after_a_dashed_header_asks_for_nothing():
    found = extract_requirements(
        "Technical Support Specialist — Remote — Fieldnote Fieldnote is a field service "
        "management platform used by HVAC and plumbing contractors. You'll be successful if "
        "you have 2+ years in technical support and experience with Zendesk."
    )
    assert {"HVAC", "Plumbing"}.isdisjoint(_names(found.skills, "required"))
    assert "Zendesk" in _names(found.skills, "required")


def test_levels_named_by_linkedin_criteria_and_associate_titles():
    linkedin = "KYC Analyst\nBank\n\nRequirements\n- KYC.\n\nSeniority level\nEntry level\n"
    assert extract_requirements(linkedin).seniority == "Junior"
    for value, level in (("Mid-Senior level", "Mid-level"), ("Director", "Director")):
        text = linkedin.replace("Entry level", value)
        assert extract_requirements(text).seniority == level
    posting = "Requirements\n- 2 years of SQL.\n"
    assert extract_requirements(posting, title="Associate Data Analyst").seniority == "Junior"
    assert extract_requirements(posting, title="Associate Director, Finance").seniority == (
        "Director"
    )
    assert extract_requirements(posting, title="Sales Associate").seniority == ""


def test_a_one_paragraph_posting_with_o_bullets_keeps_its_parts():
    found = extract_requirements(
        "KYC Analyst Responsibilities o Perform CDD reviews o Identify beneficial owners "
        "Minimum Qualifications o 1-3 years of experience in KYC o Proficiency in Microsoft "
        "Excel Preferred Qualifications o CAMS certification"
    )
    assert {"Customer Due Diligence", "Excel"} <= _names(found.skills, "required")
    assert _names(found.skills, "preferred") == {"CAMS"}


def test_star_bullets_split_a_pasted_list():
    found = extract_requirements(
        "Data Analyst Requirements: ★ 2 years of experience with SQL ★ Tableau is a plus"
    )
    assert _names(found.skills, "required") == {"SQL"}
    assert _names(found.skills, "preferred") == {"Tableau"}


def test_titles_of_lending_and_laboratory_work_are_titles():
    hiring = "Summit Ridge Credit Union is hiring a Mortgage Loan Processor to join our team."
    found = extract_requirements(f"{hiring} Requirements: 2+ years of loan processing.")
    assert (found.title, found.company) == ("Mortgage Loan Processor", "Summit Ridge Credit Union")


def test_a_header_run_into_a_blurb_whose_verb_is_not_is():
    found = extract_requirements(
        "Load Planner | Ridgeway Freight | Fresno, CA (on-site) Ridgeway Freight hauls produce "
        "across the West. Requirements: 2+ years of transportation planning."
    )
    assert (found.company, found.location) == ("Ridgeway Freight", "Fresno, CA")


def test_a_town_and_its_state_under_the_company_line_is_the_location():
    found = extract_requirements(
        "Civil Engineer\nGranite Peak Engineering\nFort Collins, Colorado\n\n"
        "Granite Peak Engineering designs sites for developers.\n\n"
        "Requirements\n- 2+ years of Civil 3D.\n"
    )
    assert found.company == "Granite Peak Engineering"
    assert found.location == "Fort Collins, Colorado"


def test_a_college_posting_names_its_institution_and_its_fields_end():
    found = extract_requirements(
        "Position Title: Registrar Institution: Whitfield College Location: Lancaster, PA "
        "Position Type: Staff, Full-time Minimum Qualifications: Bachelor's degree."
    )
    assert (found.company, found.location) == ("Whitfield College", "Lancaster, PA")


def test_a_degree_written_as_its_letters_and_subject():
    found = extract_requirements(
        "QA Specialist\n\nRequirements: BS in Biology, Chemistry or a related science; "
        "3+ years of GMP experience."
    )
    assert (found.education_level, found.education_required) == ("Bachelor's", True)


def test_a_qualifications_table_run_into_one_line_keeps_each_rows_level():
    found = extract_requirements(
        "Recruiter\n\nQualifications Education Bachelor's degree in Business Required "
        "Experience 2 years of full-cycle recruiting Required Licenses & Certifications "
        "SHRM-CP Preferred Skills Microsoft Excel Required\n"
    )
    assert {"Recruiting", "Excel"} <= _names(found.skills, "required")
    assert _names(found.skills, "preferred") == {"SHRM-CP"}


def test_a_preferred_heading_in_a_paragraph_is_no_table_row():
    found = extract_requirements(
        "Developer Requirements: 3 years of Java. Preferred Experience: Kotlin and Spring."
    )
    assert _names(found.skills, "required") == {"Java"}
    assert {"Kotlin", "Spring"} <= _names(found.skills, "preferred")


def test_the_header_piece_the_posting_names_again_is_the_company():
    found = extract_requirements(
        "Load Planner – Cold Chain | Ridgeway Freight | Fresno, CA Ridgeway Freight hauls "
        "produce across the West. Requirements: 2+ years of transportation planning."
    )
    assert (found.company, found.location) == ("Ridgeway Freight", "Fresno, CA")


def test_a_company_named_again_after_its_label_is_named_once():
    found = extract_requirements(
        "Quality Specialist - Raleigh, NC Company: Bellwether Biologics Bellwether Biologics "
        "manufactures sterile injectables. Requirements: 3+ years of GMP."
    )
    assert found.company == "Bellwether Biologics"


def test_a_town_we_do_not_know_after_the_name_the_posting_repeats():
    found = extract_requirements(
        "Civil Engineer II\nGranite Peak Engineering Fort Collins, Colorado\n\n"
        "Granite Peak Engineering designs sites.\n\nRequirements\n- 2 years of Civil 3D.\n"
    )
    assert (found.company, found.location) == ("Granite Peak Engineering", "Fort Collins, Colorado")


def test_payroll_and_kitchen_words_are_not_software():
    found = extract_requirements(
        "Sous Chef\n\nRequirements\n- Run the line with our Executive Chef.\n"
        "- FPC or CPP certification.\n- Report monthly to ownership.\n"
    )
    assert {"Chef", "C++", "Ownership"}.isdisjoint(_names(found.skills))


def test_associate_or_bachelors_degree_accepts_an_associates():
    found = extract_requirements(
        "Payroll Specialist\n\nRequirements\n- Associate or Bachelor's degree in accounting.\n"
    )
    assert found.education_level == "Associate's"


def test_a_table_with_its_level_after_a_bar_run_into_one_paragraph():
    found = extract_requirements(
        "Civil Engineer Qualifications: Engineer in Training (EIT) certification | Required "
        "PE license | Preferred 2-5 years of experience in Civil 3D | Required Experience "
        "with HEC-RAS | Preferred"
    )
    assert {"Engineer in Training", "Civil 3D"} <= _names(found.skills, "required")
    assert {"Professional Engineer (PE)", "HEC-RAS"} <= _names(found.skills, "preferred")


def test_a_title_of_two_role_words_run_into_its_header():
    found = extract_requirements(
        "Assistant Superintendent - Commercial Construction Ironbridge Builders | Nashville, TN "
        "| Full-time Ironbridge Builders is a general contractor. Requirements: 3+ years of "
        "commercial construction."
    )
    assert found.title.startswith("Assistant Superintendent")


def test_organizational_and_communication_skills_are_two_skills():
    names = _names(find_skills("You have excellent organizational and communication skills."))
    assert {"Organizational Skills", "Communication"} <= names
    assert "Organizational Skills" not in _names(
        find_skills("You will lead organizational change.")
    )


def test_a_schools_principal_senior_living_and_lead_generation_are_no_levels():
    posting = "Requirements\n- 2 years of experience.\n"
    levels = {
        title: extract_requirements(posting, title=title).seniority
        for title in (
            "Assistant Principal",
            "Principal, Lincoln Elementary",
            "Principal Engineer",
            "Caregiver - Senior Living",
            "Senior Accountant",
            "Lead Generation Specialist",
            "Team Lead",
        )
    }
    assert levels == {
        "Assistant Principal": "",
        "Principal, Lincoln Elementary": "",
        "Principal Engineer": "Principal",
        "Caregiver - Senior Living": "",
        "Senior Accountant": "Senior",
        "Lead Generation Specialist": "",
        "Team Lead": "Lead",
    }


def test_an_entry_level_job_in_the_text_is_junior():
    found = extract_requirements("Data Clerk\n\nThis is an entry-level job. Requirements: Excel.")
    assert found.seniority == "Junior"


def test_construction_property_claims_payroll_kitchen_and_laboratory_terms_are_skills():
    names = _names(
        find_skills(
            "You have experience with Procore, Yardi, Xactimate, payroll taxes, wage "
            "garnishments, Fair Housing laws, food cost control, hematology and urinalysis."
        )
    )
    assert {
        "Procore",
        "Yardi",
        "Xactimate",
        "Payroll Tax",
        "Garnishments",
        "Fair Housing",
        "Food Cost Control",
        "Hematology",
        "Urinalysis",
    } <= names


def test_a_property_management_system_is_software_not_the_profession():
    names = _names(
        find_skills("Experience with Opera PMS or a similar property management system.")
    )
    assert "Property Management" not in names


def test_a_nice_heading_starts_the_preferred_part():
    found = extract_requirements(
        "Sous Chef\n\nYou have: 2+ years as a line cook, ServSafe Manager certification.\n"
        "Nice: pastry experience.\n"
    )
    assert _names(found.skills, "preferred") == {"Pastry"}


def test_a_title_line_naming_the_company_and_its_town_in_brackets():
    found = extract_requirements(
        "SOUS CHEF — The Larder & Vine (Portland, ME)\n\nYou have: 2+ years as a line cook.\n"
    )
    assert (found.title, found.company, found.location) == (
        "SOUS CHEF",
        "The Larder & Vine",
        "Portland, ME",
    )
    shift = extract_requirements("Line Cook - Night Shift (Austin, TX)\n\nYou have: 1 year.\n")
    assert shift.company != "Night Shift"


def test_languages_listed_together_are_languages():
    found = extract_requirements(
        "Front Desk Supervisor\n\nRequirements\n- 2+ years at a hotel front desk.\n\n"
        "Nice to have: Spanish or French.\n"
    )
    assert _names(found.skills, "preferred") == {"Spanish", "French"}


def test_a_recruiters_duties_source_candidates_negotiate_and_run_background_checks():
    found = extract_requirements(
        "Recruiter\n\nWhat you will do\n- Source candidates through job boards.\n"
        "- Extend offers, negotiate compensation and coordinate background checks.\n\n"
        "Requirements\n- 2 years of recruiting.\n\n"
        "All offers are contingent upon a successful background check.\n"
    )
    assert {"Candidate Sourcing", "Negotiation"} <= _names(found.skills, "required")


def test_a_european_posting_s_own_headings_start_its_parts():
    posting = (
        "Backend Developer (m/w/d)\nKassel Logistik GmbH\nKassel, Germany\n\nAbout us\n"
        "Kassel Logistik GmbH runs 40 depots.\n\nYour tasks\n- You build services in Kotlin.\n"
        "- You design event flows with Kafka.\n\nYour profile\n- 3+ years with PostgreSQL.\n\n"
        "Your benefits\n- 30 days of holiday and a Python course budget.\n"
    )
    for paste in (posting, " ".join(posting.split())):
        asked = _names(extract_requirements(paste).skills, "required")
        assert {"Kotlin", "Kafka", "PostgreSQL"} <= asked
        assert "Python" not in asked


def test_the_work_described_under_about_us_is_asked_the_blurb_is_not():
    posting = (
        "Pharmacy Technician\nGreenway Pharmacy\n\nAbout Us\nGreenway Pharmacy is a family-owned "
        "chain that fills prescriptions for 40 nursing homes with Epic.\nAs a Pharmacy Technician "
        "you will process insurance claims and keep inventory in PioneerRx.\n"
    )
    for paste in (posting, " ".join(posting.split())):
        found = extract_requirements(paste)
        assert "PioneerRx" in _names(found.skills, "required")
        assert "Epic" not in _names(found.skills, "required")


def test_a_federal_posting_s_summary_tells_of_the_post_and_asks_nothing():
    posting = (
        "Medical Support Assistant\nDepartment of Veterans Affairs\nVeterans Health "
        "Administration\n1 vacancy in the following location:\nTucson, AZ\nWork schedule "
        "Full-time\n\nSummary\nThis "
        "position is located in the Primary Care service line of the VA Health Care System.\n\n"
        "Duties\n- Schedule patient appointments in VistA.\n"
    )
    asked = _names(extract_requirements(posting).skills, "required")
    assert "VistA" in asked
    assert "Primary care" not in asked


def test_a_credential_due_after_hire_is_still_required_and_its_item_says_when():
    found = extract_requirements(
        "ICU Registered Nurse\n\nQualifications\n- BLS required at hire.\n"
        "- ACLS within 6 months of hire.\n- OSHA 30 certification, or must obtain within 90 days"
        " of hire.\n"
    )
    assert {"BLS", "ACLS", "OSHA 30"} <= _names(found.skills, "required")
    due = {item["text"]: item["due"] for item in found.items}
    assert due["ACLS within 6 months of hire."] == "within 6 months of hire"
    assert due["BLS required at hire."] == ""
    assert any(
        text.startswith("OSHA 30") and when == "within 90 days of hire"
        for text, when in due.items()
    )


def test_a_credential_to_get_in_the_first_week_is_due_after_hire():
    found = extract_requirements(
        "Forklift Operator\n\nRequirements\n- 1+ year of forklift experience.\n"
        "- Current forklift certification (or able to certify in your first week).\n"
        "- First aid certificate.\n"
    )
    due = {item["text"]: item["due"] for item in found.items}
    assert any(
        when == "in your first week" for text, when in due.items() if "forklift cert" in text
    )
    assert due["First aid certificate."] == ""


def test_a_hand_of_a_trade_is_the_title_of_a_board_header():
    # SEEK's header as copied: the title, the employer, the suburb and city, the board's
    # category. "Kitchen Hand", "Deckhand" name the post; "hands-on" stays a plain word.
    posting = extract_requirements(
        "Kitchen Hand\nGrill'd\nFortitude Valley, Brisbane QLD\nHospitality & Tourism (Kitchen)\n"
        "Casual/Vacation\n$28 per hour\nAbout the role: You will prep food and keep the kitchen"
        " clean.\nRequirements: hands-on kitchen experience. RSA is a plus."
    )
    assert (posting.title, posting.company, posting.location) == (
        "Kitchen Hand",
        "Grill'd",
        "Fortitude Valley, Brisbane QLD",
    )
    ferry = extract_requirements(
        "Deckhand - Harbour Ferries\nSydney NSW\nWe are hiring a Deckhand to join our crew."
    )
    assert ferry.title == "Deckhand"
