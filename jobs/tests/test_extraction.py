"""Reading a posting: required and preferred skills, years, degree and the rest."""

import pytest

from jobs.extraction import (
    MAX_POSTING_CHARACTERS,
    PostingError,
    Requirements,
    extract_requirements,
    find_skills,
)

POSTING = """Senior Data Engineer at Northwind Traders
Location: Berlin, Germany (Hybrid)
Full-time

About us
Northwind Traders is a fintech marketplace built on Kubernetes.

What you'll do
- Build batch and streaming pipelines in Python and Spark.

Requirements
- 5+ years of experience in data engineering.
- Strong SQL and Airflow skills.
- Bachelor's or Master's degree in Computer Science or a related field.

Nice to have
- Experience with Kafka.
- dbt is a plus.
"""


@pytest.fixture
def requirements() -> Requirements:
    return extract_requirements(POSTING)


def _skill(requirements, name):
    return next(skill for skill in requirements.skills if skill.name == name)


def test_title_company_location_and_policies(requirements):
    assert (requirements.title, requirements.company) == (
        "Senior Data Engineer",
        "Northwind Traders",
    )
    assert requirements.location.startswith("Berlin, Germany")
    assert (requirements.seniority, requirements.employment_type, requirements.remote_policy) == (
        "Senior",
        "Full-time",
        "Hybrid",
    )


def test_years_and_the_lowest_accepted_degree(requirements):
    assert (requirements.years_min, requirements.years_max) == (5, None)
    assert requirements.education_level == "Bachelor's"
    assert requirements.education_field == "Computer Science"


def test_required_and_preferred_come_from_sections_and_sentences(requirements):
    assert _skill(requirements, "SQL").required and _skill(requirements, "Airflow").required
    assert not _skill(requirements, "Kafka").required
    assert not _skill(requirements, "dbt").required
    assert "Experience with Kafka." in requirements.preferred
    assert "Strong SQL and Airflow skills." in requirements.required


def test_sentence_cue_overrides_the_section():
    found = extract_requirements("Requirements\n- Python is required.\n- Rust would be a plus.\n")
    assert _skill(found, "Python").required and not _skill(found, "Rust").required


def test_about_us_mentions_are_not_requirements_but_domains_are_keywords(requirements):
    assert not _skill(requirements, "Kubernetes").required
    assert requirements.keywords == ["FinTech", "Marketplace"]


def test_every_skill_has_its_exact_text_and_offsets(requirements):
    for skill in requirements.skills:
        assert POSTING[skill.start : skill.end] == skill.text


def test_the_company_name_is_not_read_as_a_skill():
    found = extract_requirements("Data Engineer at Contoso Analytics\n\nWe need SQL.")
    assert "Data Analysis" not in {skill.name for skill in found.skills}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3-5 years of experience with Java.", (3, 5)),
        ("at least 7 years experience", (7, None)),
        ("Minimum of 2+ years working with React.", (2, None)),
        ("Founded 10 years ago.", (None, None)),
    ],
)
def test_years_of_experience(text, years):
    found = extract_requirements(text)
    assert (found.years_min, found.years_max) == years


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("PhD in Physics required.", "PhD"),
        ("MS degree or equivalent.", "Master's"),
        ("BS/BA in a quantitative field.", "Bachelor's"),
        ("High school diploma.", "High school"),
        ("No degree needed, just skill.", ""),
        # A professional doctorate's letters name the degree with no other word of study.
        ("PharmD from an accredited school of pharmacy.", "PhD"),
        ("DPT and state licensure.", "PhD"),
    ],
)
def test_education_level(text, level):
    assert extract_requirements(text).education_level == level


@pytest.mark.parametrize(
    ("first_line", "title", "company"),
    [
        ("Acme is hiring a Staff Platform Engineer", "Staff Platform Engineer", "Acme"),
        ("Product Designer @ Figma", "Product Designer", "Figma"),
        ("Job Title: QA Analyst", "QA Analyst", ""),
    ],
)
def test_title_and_company_patterns(first_line, title, company):
    found = extract_requirements(first_line + "\n\nWe need Python.")
    assert (found.title, found.company) == (title, company)


def test_empty_and_oversized_postings_are_refused():
    with pytest.raises(PostingError, match="empty"):
        extract_requirements("  \n ")
    with pytest.raises(PostingError, match="limit is 100,000"):
        extract_requirements("x" * (MAX_POSTING_CHARACTERS + 1))


def test_requirements_round_trip_through_a_dict(requirements):
    assert Requirements.from_dict(requirements.to_dict()) == requirements


HEADED_POSTING = """Senior Backend Engineer, Payments Platform
Brightwave Analytics · San Francisco, CA (Hybrid, 3 days in office) · Full-time

Brightwave is a fintech company; our platform runs on Kubernetes and Snowflake.

About Brightwave
We use Terraform everywhere.

What you'll do
- Build APIs in Python and Go, working with our data engineering team.

Requirements
- 5+ yrs building backend services.
- A degree in Computer Science, Mathematics or a related field is nice to have, not required.

We offer a permanent contract and a hackathon sponsored by Salesforce.
"""


@pytest.fixture
def headed() -> Requirements:
    return extract_requirements(HEADED_POSTING)


def test_company_and_location_come_from_the_line_under_the_title(headed):
    assert (headed.company, headed.location) == ("Brightwave Analytics", "San Francisco, CA")
    assert (headed.employment_type, headed.remote_policy) == ("Full-time", "Hybrid")


def test_skills_in_the_company_blurb_and_benefits_are_mentions_not_requirements(headed):
    levels = {skill.name: skill.level for skill in headed.skills}
    assert levels["Kubernetes"] == levels["Terraform"] == levels["Salesforce"] == "mention"
    assert levels["Python"] == "required"
    assert "Kubernetes" not in headed.unique_skills(mentions=False)
    assert "FinTech" in headed.keywords  # the industry still counts as a keyword


def test_duties_and_qualifications_are_kept_apart(headed):
    assert headed.duties == ["Build APIs in Python and Go, working with our data engineering team."]
    assert headed.required == ["5+ yrs building backend services."]
    assert headed.preferred[0].startswith("A degree in Computer Science")


def test_a_team_the_candidate_works_with_is_not_a_skill(headed):
    assert "Data Engineering" not in {skill.name for skill in headed.skills}


def test_a_degree_that_is_nice_to_have_is_read_as_such(headed):
    assert headed.years_min == 5
    assert (headed.education_level, headed.education_required) == ("Bachelor's", False)
    assert headed.education_field == "Computer Science, Mathematics"
    # The field of study is the education asked for, not a second "Computer Science" skill.
    assert "Computer Science" not in {skill.name for skill in headed.skills}


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "MS or PhD in Statistics, Economics or a related quantitative field.",
            "Statistics, Economics",
        ),
        (
            "Bachelor's degree in business administration with a focus on accounting.",
            "business administration",
        ),
        ("BSN in Nursing required.", "Nursing"),
    ],
)
def test_education_field_stops_where_the_field_ends(text, field):
    assert extract_requirements(text).education_field == field


def test_the_lowest_required_level_and_preferred_one_in_the_same_line():
    found = extract_requirements("Associate degree in Nursing required; BSN preferred.")
    assert (found.education_level, found.education_required) == ("Associate's", True)


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Bachelor's degree in Accounting or equivalent experience.", False),
        ("BSc in Computer Science or equivalent practical experience.", False),
        ("Completed degree in computer science or a comparable qualification.", False),
        ("Bachelor's degree or four years of relevant work experience.", False),
        ("High school diploma or equivalent required.", True),
        ("Bachelor's degree in Finance or a related field.", True),
    ],
)
def test_a_degree_experience_may_stand_in_for_is_not_strictly_required(text, required):
    found = extract_requirements(f"Requirements\n- {text}\n- 2+ years of bookkeeping.\n")
    assert found.education_level and found.education_required is required


@pytest.mark.parametrize(
    ("title", "seniority"),
    [
        ("Data Scientist II", "Mid-level"),
        ("Software Engineer III", "Senior"),
        ("Staff Accountant", ""),
        ("Staff Software Engineer", "Staff"),
        ("Senior Marketing Manager", "Senior"),
        ("Engineering Manager", "Manager"),
        ("QA Automation Engineer (Mid)", "Mid-level"),
        ("Social Services Case Manager II", "Mid-level"),
        ("Mid-Market Account Executive", ""),
    ],
)
def test_seniority_from_the_title(title, seniority):
    assert extract_requirements(f"{title}\n\nWe need Excel.").seniority == seniority


@pytest.mark.parametrize(
    ("text", "kind", "remote"),
    [
        ("Full-time. Knowledge of contract negotiation.", "Full-time", ""),
        ("We offer a permanent contract.", "Full-time", ""),
        ("Contract, 6 months. Remote within EU.", "Contract", "Remote"),
        ("You will support remote teams from our Berlin office (on-site).", "", "On-site"),
        ("Hybrid: two days a week in the office. Experience with hybrid cloud.", "", "Hybrid"),
    ],
)
def test_employment_type_and_remote_policy_are_what_the_posting_says_first(text, kind, remote):
    found = extract_requirements(text)
    assert (found.employment_type, found.remote_policy) == (kind, remote)


def test_title_loses_the_employment_terms_written_after_it():
    found = extract_requirements(
        "Frontend Engineer (React) - Contract, 6 months\nRemote within EU\n\nWe need CSS."
    )
    assert found.title == "Frontend Engineer (React)"
    assert found.location == "Remote within EU"


def test_hiring_sentence_stops_the_title_before_the_rest_of_the_sentence():
    found = extract_requirements(
        "Brandt GmbH is hiring a Staff Accountant to join our team in Hamburg."
    )
    assert (found.title, found.company) == ("Staff Accountant", "Brandt GmbH")


def test_opening_sentences_count_only_when_they_ask_something():
    found = extract_requirements(
        "Frontend Engineer\nWe are a small analytics company. We need someone with "
        "experience in React.\n\n"
        "Requirements\n- CSS\n"
    )
    levels = {skill.name: skill.level for skill in found.skills}
    assert levels == {
        "Frontend Development": "required",
        "Data Analysis": "mention",
        "React": "required",
        "CSS": "required",
    }


def test_a_posting_without_sections_asks_for_everything_it_names():
    found = extract_requirements(
        "We need a Python developer who knows Kubernetes. Terraform is a plus."
    )
    assert {skill.name: skill.level for skill in found.skills} == {
        "Python": "required",
        "Kubernetes": "required",
        "Terraform": "preferred",
    }


def test_requirements_saved_before_mentions_existed_still_load():
    old = extract_requirements(POSTING).to_dict()
    for skill in old["skills"]:
        del skill["mention"]
    del old["duties"]
    assert Requirements.from_dict(old).skills[0].level in ("required", "preferred")


@pytest.mark.parametrize(
    ("posting", "title", "company", "location"),
    [
        (
            "Harlow Roofing is hiring a Roofing Foreman for commercial jobs in Tulsa, OK.\n\n"
            "Requirements: 3+ years of roofing experience.",
            "Roofing Foreman",
            "Harlow Roofing",
            "Tulsa, OK",
        ),
        (
            "Field Technician — Water Meters\nPellam Utilities Co. is looking for a Field "
            "Technician to join our crew in Fresno, CA. Pellam Utilities Co. is an equal "
            "opportunity employer.",
            "Field Technician — Water Meters",
            "Pellam Utilities Co.",
            "Fresno, CA",
        ),
        (
            "Payroll Specialist\nOrlen & Vasquez Inc.\nTucson, AZ\n\nOrlen & Vasquez makes "
            "valves.\n\nRequirements:\n- Excel.",
            "Payroll Specialist",
            "Orlen & Vasquez Inc.",
            "Tucson, AZ",
        ),
        (
            "Senior Data Engineer\nAcme Analytics · Remote (EU)\n\nRequirements\n- SQL.",
            "Senior Data Engineer",
            "Acme Analytics",
            "Remote (EU)",
        ),
        (
            "Product Designer\nBrightline Labs – Hybrid – Berlin\n\nBrightline Labs builds "
            "planning tools for architects.\n\nRequirements: Figma and user research.",
            "Product Designer",
            "Brightline Labs",
            "Berlin",
        ),
        (
            "Backend Engineer at Tessellate\nLondon, UK / Remote\n\nWe build maps for "
            "delivery fleets.\n\nRequirements: Go and PostgreSQL.",
            "Backend Engineer",
            "Tessellate",
            "London, UK",
        ),
        (
            "Job title: Warehouse Associate\nLocation: Hybrid – Hamburg\nCompany: Nordlicht "
            "Logistik GmbH\n\nRequirements: a forklift licence.",
            "Warehouse Associate",
            "Nordlicht Logistik GmbH",
            "Hamburg",
        ),
        (
            "Job Title: Material Handler II - Night Shift\nRequisition ID: R-2026-04817\n"
            "Company: Brightway Distribution Services\nLocation: Columbus, OH\n\n"
            "Qualifications: 1 year of warehouse experience.",
            "Material Handler II - Night Shift",
            "Brightway Distribution Services",
            "Columbus, OH",
        ),
        (
            "Outside Sales Representative - Commercial Flooring | Keystone Surfaces | Charlotte, "
            "NC | Base + Commission (OTE $95K-$140K) Keystone Surfaces supplies commercial "
            "flooring to contractors across the Carolinas. Requirements: B2B sales experience.",
            "Outside Sales Representative - Commercial Flooring",
            "Keystone Surfaces",
            "Charlotte, NC",
        ),
        (
            "Social Services Case Manager II\nCounty of Larimer - Department of Human Services\n"
            "Fort Collins, CO\n\nMinimum Qualifications\nTwo years of casework experience. The "
            "Colorado Department of Human Services trains new staff.",
            "Social Services Case Manager II",
            "County of Larimer",
            "Fort Collins, CO",
        ),
        (
            "Req #: 24-117 Title: Litigation Paralegal Firm: Hargrove & Pell LLP Office: Hartford, "
            "CT Status: Full-Time Summary: Hargrove & Pell LLP seeks a Litigation Paralegal.",
            "Litigation Paralegal",
            "Hargrove & Pell LLP",
            "Hartford, CT",
        ),
        (
            "Banquet Captain\nLakeshore Grand Resort · Lake Geneva, WI (On-site)\n\n"
            "Lakeshore Grand Resort is a 400-room resort hosting weddings.\n\n"
            "What you'll need\n- 2+ years of banquet service.",
            "Banquet Captain",
            "Lakeshore Grand Resort",
            "Lake Geneva, WI",
        ),
        (
            "Welder / Fabricator - 1st Shift Ironclad Trailer Works - Nampa, ID $24-$31/hr DOE We "
            "build custom steel trailers. What we need: 3 years of MIG welding. Ironclad Trailer "
            "Works is an EEO employer.",
            "Welder / Fabricator - 1st Shift",
            "Ironclad Trailer Works",
            "Nampa, ID",
        ),
    ],
)
def test_title_company_and_place_as_postings_write_them(posting, title, company, location):
    for paste in (posting, " ".join(posting.split())):
        found = extract_requirements(paste)
        assert (found.title, found.company, found.location) == (title, company, location)


def test_a_place_is_only_read_where_a_place_is_named():
    found = extract_requirements(
        "We are looking for a Backend Engineer with experience in Python, Go and Kafka.\n"
        "Requirements: 3+ years in Java, SQL."
    )
    assert (found.title, found.location) == ("Backend Engineer", "")


@pytest.mark.parametrize(
    ("posting", "title", "company", "location"),
    [
        (
            "Frontend Developer at Nimbus (São Paulo, Brazil)\n\nWe are a design studio for "
            "banks and shops.\n\nRequirements: React and TypeScript.",
            "Frontend Developer",
            "Nimbus",
            "São Paulo, Brazil",
        ),
        (
            "Join Verano Labs as a Senior QA Engineer in Madrid, Spain. You will test our apps "
            "before every release. Requirements: Selenium.",
            "Senior QA Engineer",
            "Verano Labs",
            "Madrid, Spain",
        ),
        (
            "Position: Nurse Practitioner\nLocation: Remote (US)\nOrganization: CareNow Telehealth "
            "Requirements: an NP license in good standing.",
            "Nurse Practitioner",
            "CareNow Telehealth",
            "Remote (US)",
        ),
        (
            "Data Scientist\nMaple Analytics Toronto, ON, Canada\n\nMaple Analytics helps banks "
            "price loans. Requirements: Python.",
            "Data Scientist",
            "Maple Analytics",
            "Toronto, ON, Canada",
        ),
        (
            "Title: Line Cook\nCompany: The Blue Door Bistro\nLocation: Austin, TX\nPay: $18/hr\n\n"
            "Requirements: 2+ years of line cook experience.",
            "Line Cook",
            "The Blue Door Bistro",
            "Austin, TX",
        ),
        (
            "Data Analyst, Lisbon, Portugal (Hybrid)\nCobalt Bank is hiring a Data Analyst to join "
            "its risk team. Requirements: SQL.",
            "Data Analyst",
            "Cobalt Bank",
            "Lisbon, Portugal",
        ),
        (
            "Product Manager - Remote - Germany\nFluxo is a payments start-up for small shops. "
            "Requirements: 3+ years of product management experience.",
            "Product Manager",
            "Fluxo",
            "Germany",
        ),
    ],
)
def test_more_headers_as_pasted_never_give_a_fragment(posting, title, company, location):
    for paste in (posting, " ".join(posting.split())):
        found = extract_requirements(paste)
        assert (found.title, found.company, found.location) == (title, company, location)


@pytest.mark.parametrize(
    ("posting", "title", "company", "location"),
    [
        (
            "Office Manager – Hybrid – Up to $70k Lindqvist & Shaw LLP Portland, OR Job "
            "Description Lindqvist & Shaw LLP is a law firm of 40 people. Requirements: 3+ years "
            "of office management experience.",
            "Office Manager",
            "Lindqvist & Shaw LLP",
            "Portland, OR",
        ),
        (
            "Line Cook – Part Time – $16-$19/hr Copper Kettle Cafe Akron, OH About Us Copper "
            "Kettle Cafe serves breakfast all day. Requirements: 1+ year of line cook experience.",
            "Line Cook",
            "Copper Kettle Cafe",
            "Akron, OH",
        ),
        (
            "Data Engineer (m/w/d)\nNordlicht Energie GmbH\nHamburg, Germany\n\nYour profile\n"
            "- 3+ years of experience with Python and SQL.",
            "Data Engineer",
            "Nordlicht Energie GmbH",
            "Hamburg, Germany",
        ),
        (
            "Delivery Driver - Weekends\nBrightway Parcel\nBoise, ID 83705\n\nBrightway Parcel "
            "is hiring Delivery Drivers for our Boise hub.\n\nRequirements:\n- Lift 50 lbs.",
            "Delivery Driver - Weekends",
            "Brightway Parcel",
            "Boise, ID 83705",
        ),
        (
            "Warehouse Associate – Night Shift – $19/hr Northgate Logistics Columbus, OH "
            "Northgate Logistics moves freight. Requirements: Forklift certification.",
            "Warehouse Associate – Night Shift",
            "Northgate Logistics",
            "Columbus, OH",
        ),
        (
            "Line Cook – Brunch – $18/hr Copper Kettle Cafe Akron, OH About Us Copper Kettle Cafe "
            "serves breakfast all day. Requirements: 1+ year of line cook experience.",
            "Line Cook – Brunch",
            "Copper Kettle Cafe",
            "Akron, OH",
        ),
        (
            "Data Engineer (m/w/d) – Logistics Nordlicht Energie GmbH Hamburg, Germany | Vollzeit "
            "| unbefristet Nordlicht Energie GmbH runs wind farms. Your profile: 3+ years of SQL.",
            "Data Engineer – Logistics",
            "Nordlicht Energie GmbH",
            "Hamburg, Germany",
        ),
    ],
)
def test_pay_gender_markers_and_postcodes_in_a_header_are_neither_title_nor_company(
    posting, title, company, location
):
    found = extract_requirements(posting)
    assert (found.title, found.company, found.location) == (title, company, location)


@pytest.mark.parametrize(
    ("header", "company"),
    [
        (
            "Department of Veterans Affairs\nVeterans Health Administration",
            "Veterans Health Administration",
        ),
        ("Department of the Interior\nBureau of Land Management", "Bureau of Land Management"),
        (
            "Department of Homeland Security\nOpen & closing dates 10/20/2025",
            "Department of Homeland Security",
        ),
    ],
)
@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_a_federal_posting_is_the_agency_under_its_department(header, company, paste):
    found = extract_requirements(
        paste(
            f"Management Analyst\n{header}\nSalary $86,962 - $113,047 per year\nLocation\n"
            "Many vacancies in the following locations:\nDenver, CO\nBoise, ID\n\nDuties\n"
            "- Analyze program data in Excel.\n"
        )
    )
    assert (found.title, found.company, found.location) == (
        "Management Analyst",
        company,
        "Denver, CO",
    )


def test_we_is_never_the_company():
    found = extract_requirements("We are a small design studio. Requirements: Figma.")
    assert found.company == ""


def _levels(text: str) -> dict[str, str]:
    """{skill: level} of what a posting asks, mentions left out; asked at both levels, required."""
    levels: dict[str, str] = {}
    for skill in extract_requirements(text).skills:
        if not skill.mention and levels.get(skill.name) != "required":
            levels[skill.name] = skill.level
    return levels


def test_a_licence_held_now_is_asked_even_with_no_cue_word():
    # Under a heading-less opening of a posting that has sections later on.
    text = (
        "Delivery Driver\nQuickCart Grocers\n\nQuickCart delivers groceries across Reno.\n"
        "Current driver's license and a clean driving record.\n\n"
        "Nice to have\n- Experience with route planning apps.\n"
    )
    assert _levels(text)["Driver's License"] == "required"


def test_desired_qualifications_and_what_we_require_are_headings():
    text = (
        "Pharmacy Clerk\nWestbrook Drug\n\nWhat we require: Cash handling experience.\n"
        "Desired Qualifications:\n- Point of sale experience.\n- Bilingual in Spanish.\n"
    )
    levels = _levels(text)
    assert levels["Cash Handling"] == "required"
    assert levels["Point of Sale"] == "preferred"
    assert levels["Spanish"] == "preferred"


def test_a_sentence_about_what_the_role_does_is_a_duty():
    text = (
        "Office Coordinator\nBlue Fir Dental\n\nBlue Fir Dental is a four-chair practice.\n"
        "The Office Coordinator schedules patients, posts payments in Eaglesoft and answers "
        "the phones.\n\nRequirements\n- 1+ year of front desk experience.\n"
    )
    assert _levels(text)["Eaglesoft"] == "required"


def test_licences_certifications_and_endorsements_outside_tech():
    text = (
        "Requirements\n- Active Oregon RDH license and a local anesthesia permit.\n"
        "- Class A CDL with tanker endorsement.\n- Perform pre-trip inspections and keep "
        "logs on the ELD.\n- Experience with contact center work, 40 words per minute.\n"
        "- Reliable transportation.\n"
    )
    levels = _levels(text)
    for skill in (
        "Dental Hygiene License",
        "Local Anesthesia Certification",
        "CDL",
        "Tanker Endorsement",
        "Pre-Trip Inspections",
        "Electronic Logging Device",
        "Call Center",
        "Typing Speed",
    ):
        assert levels.get(skill) == "required", skill
    assert "Transportation" not in levels


def test_only_what_follows_preferably_is_preferred():
    text = (
        "Requirements\n- 2+ years of bookkeeping in QuickBooks, preferably with payroll.\n\n"
        "Nice to have\n- Experience with Xero, ideally with Sage too.\n"
    )
    levels = _levels(text)
    assert levels["QuickBooks"] == "required"
    assert levels["Payroll"] == "preferred"
    assert levels["Xero"] == "preferred"  # under a preferred heading, all of it is


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_a_preference_inside_a_requirement_prefers_only_its_own_part(paste):
    text = paste(
        "Requirements\n"
        "- 2+ years of inside sales experience, ideally in construction supplies, experience "
        "with a CRM such as Salesforce, and strong Excel skills.\n"
        "- 4+ years of general ledger experience, payroll preferred.\n"
        "- Experience with QuickBooks, Xero a plus.\n"
    )
    levels = _levels(text)
    assert levels["Salesforce"] == levels["Excel"] == levels["General Ledger"] == "required"
    assert levels["Construction"] == levels["Payroll"] == "preferred"
    # A cue that closes a list of tools prefers the whole list.
    assert levels["QuickBooks"] == levels["Xero"] == "preferred"


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_a_bracket_that_prefers_something_prefers_only_what_it_holds(paste):
    text = paste(
        "Requirements\n"
        "- CRM experience (Salesforce preferred).\n"
        "- OSHA 10 card (OSHA 30 a plus).\n"
        "- Experience with QuickBooks (Xero is a plus) and Excel.\n"
    )
    levels = _levels(text)
    assert levels["CRM"] == levels["OSHA 10"] == levels["QuickBooks"] == "required"
    assert levels["Excel"] == "required"
    assert levels["Salesforce"] == levels["OSHA 30"] == levels["Xero"] == "preferred"


def test_a_company_with_its_legal_form_is_not_a_town_and_state():
    found = extract_requirements(
        "Payroll Clerk\nHollis Tool & Die, LLC - Dayton, OH\n\nRequirements\n"
        "- 1+ year of payroll experience.\n"
    )
    assert (found.company, found.location) == ("Hollis Tool & Die, LLC", "Dayton, OH")


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_a_title_at_a_company_in_a_town(paste):
    text = (
        "Line Cook (Evenings) at Blue Door Bistro in Austin, TX\n"
        "Blue Door Bistro is a 90-seat neighborhood restaurant that has served Austin since 2009. "
        "You will prep and cook dishes on the grill and saute stations during dinner service.\n"
        "Requirements: 1+ year of line cook experience. Food handler certification. Must be able "
        "to work evenings and weekends.\n"
    )
    found = extract_requirements(paste(text))
    assert (found.title, found.company, found.location) == (
        "Line Cook (Evenings)",
        "Blue Door Bistro",
        "Austin, TX",
    )


def test_the_town_of_a_header_wins_over_a_piece_of_no_known_kind():
    found = extract_requirements(
        "Math Teacher\nLincoln Middle School - Riverside Unified District - Riverside, CA\n\n"
        "Requirements\n- Valid teaching credential.\n"
    )
    assert (found.company, found.location) == ("Lincoln Middle School", "Riverside, CA")


def test_working_alongside_a_licensed_tradesperson_asks_for_no_licence():
    levels = _levels(
        "Duties\n- Work alongside a journeyman electrician to install panels and pull wire.\n"
        "Requirements\n- 3+ years supervising a team.\n- Able to take dental radiographs.\n"
    )
    assert "Electrician License" not in levels
    assert levels["People Management"] == "required"
    assert levels["Radiography"] == "required"


def test_engineering_and_accounting_work_as_postings_name_it():
    names = {
        skill.name
        for skill in find_skills(
            "Run tolerance stack-ups and DFM reviews for injection molded parts, own the monthly "
            "close and plan data migrations."
        )
    }
    assert {
        "Tolerance Analysis",
        "Design for Manufacturing",
        "Injection Molding",
        "Month-End Close",
        "Data Migration",
    } <= names


@pytest.mark.parametrize(
    ("header", "location"),
    [
        ("Forklift Operator Crestline Distribution Reno, NV 89502 $21.50 an hour", "Reno, NV"),
        ("Bank Teller First Prairie Bank Sioux Falls, SD $17 an hour", "Sioux Falls, SD"),
        ("Payroll Clerk Kessler Electric Co. Denver, CO Location: Hybrid", "Denver, CO"),
    ],
)
def test_a_town_and_state_run_into_a_one_paragraph_header_is_the_location(header, location):
    found = extract_requirements(
        f"{header} We build things people use every day. Requirements: 2+ years of experience "
        "with Excel."
    )
    assert found.location == location


def test_hiring_counts_as_recruiting_among_the_work_of_staff_not_in_we_are_hiring():
    duties = extract_requirements(
        "Store Manager\nResponsibilities include hiring, training, scheduling and coaching "
        "staff.\nRequirements\n- 3+ years of retail management.\n"
    )
    assert {"Recruiting", "Scheduling"} <= {skill.name for skill in duties.skills}
    hiring = extract_requirements(
        "Store Manager\nWe are hiring now!\nRequirements\n- Excel.\n"
        "- Partner with the hiring manager on offers.\n"
    )
    assert "Recruiting" not in {skill.name for skill in hiring.skills}


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_what_a_job_board_adds_after_the_posting_asks_for_nothing(paste):
    levels = _levels(
        paste(
            "Research Associate\nCobalt Ridge Therapeutics\n\nRequirements\n"
            "- Experience with mammalian cell culture.\n"
            "… Show more\nShow less\nSeniority level\nEntry level\nJob function\n"
            "Research, Science, and Analyst\nIndustries\nBiotechnology Research\n"
            "Referrals increase your chances of interviewing at Cobalt Ridge Therapeutics by 2x\n"
        )
    )
    assert levels == {"Cell Culture": "required"}


def test_a_nondiscrimination_statement_and_how_to_apply_ask_for_nothing():
    levels = _levels(
        "Mathematics Teacher\nPinecrest Valley Unified School District\n\n"
        "MINIMUM QUALIFICATIONS\nValid teaching credential. Experience with Google Classroom.\n\n"
        "APPLICATION PROCEDURE\nApply through EDJOIN. Attach three letters of recommendation "
        "and a copy of your Excel skills certificate.\n\n"
        "NONDISCRIMINATION STATEMENT\nThe District prohibits discrimination and harassment. "
        "Questions or complaints should be directed to the Assistant Superintendent of Human "
        "Resources.\n"
    )
    assert "Human Resources" not in levels and "Excel" not in levels
    assert levels["Google Classroom"] == "required"


def test_duties_written_in_the_third_person_show_their_skills():
    levels = _levels(
        "Material Handler\nBrightway Distribution\n\nEssential functions\n"
        "Picks orders with an RF scanner.\nLoads and unloads trailers.\n"
        "Trains new associates on equipment.\n\n"
        "Teacher\nEssential functions\nPlans and delivers lessons aligned to state standards.\n"
        "Differentiates instruction for English learners.\n"
    )
    for skill in ("Order Picking", "Loading and Unloading", "Staff Training", "Lesson Planning"):
        assert levels.get(skill) == "required", skill
    assert levels.get("Differentiated Instruction") == "required"


def test_linkedin_criteria_give_the_level_when_their_lines_end_in_stops():
    found = extract_requirements(
        "Banquet Captain. Lakeshore Grand Resort. Requirements: 2+ years of banquet service. "
        "Seniority level. Mid-Senior level. Employment type. Full-time."
    )
    assert found.seniority == "Mid-level"


def test_dental_work_is_a_duty_and_dental_cover_a_benefit():
    levels = _levels(
        "Veterinary Technician\nCedar Creek Animal Hospital\n\nResponsibilities\n"
        "- Takes digital radiographs and dental radiographs\n"
        "- Performs dental cleanings under the supervision of a veterinarian\n\n"
        "Benefits\nMedical, dental and vision insurance; Excel training.\n"
    )
    assert levels == {"Radiography": "required", "Dental Hygiene": "required"}


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_essential_functions_are_duties_after_a_summary(paste):
    levels = _levels(
        paste(
            "Litigation Paralegal\nHargrove & Pell LLP\n\nSummary: Hargrove & Pell LLP, a business "
            "law firm, seeks a paralegal.\nEssential Functions: Drafts and files pleadings. "
            "Organizes and maintains case files in iManage.\n"
        )
    )
    assert levels["Legal Drafting"] == levels["iManage"] == "required"


@pytest.mark.parametrize("paste", [str, lambda text: " ".join(text.split())], ids=["lines", "flat"])
def test_a_list_part_that_prefers_its_own_skill_in_a_required_clause(paste):
    levels = _levels(
        paste(
            "Welder\nIronclad Trailer Works\n\nWhat we need: 3 years of MIG welding experience, "
            "AWS D1.1 certification a plus, must provide own hand tools, forklift experience "
            "helpful, Excel, PowerPoint a plus.\n"
        )
    )
    assert levels["MIG Welding"] == levels["Hand and Power Tools"] == "required"
    assert levels["AWS D1.1"] == levels["Forklift Operation"] == "preferred"
    # Bare names listed before the cue are preferred with it.
    assert levels["Excel"] == levels["PowerPoint"] == "preferred"


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Experience with accounts payable and receivable.", "Accounts Receivable"),
        ("Strong project and program management skills.", "Project Management"),
        ("Hands-on unit & functional testing.", "Unit Testing"),
        ("Repair hydraulic, pneumatic and avionics systems.", "Hydraulics"),
    ],
)
def test_a_word_written_once_for_two_terms_names_both(text, shared):
    assert shared in {skill.name for skill in find_skills(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Sell fishing and ski gear to our customers.",  # "ski gear" names nothing of ours
        "Bring information and follow security rules.",
    ],
)
def test_a_coordination_of_words_that_are_not_both_terms_names_nothing_more(text):
    assert not {"Fishing gear", "Cybersecurity"} & {skill.name for skill in find_skills(text)}


def test_a_greenhouse_header_names_the_company_on_its_at_line():
    found = extract_requirements(
        "Family Nurse Practitioner - Urgent Care\nat Summit Peak Urgent Care\n"
        "Colorado Springs, CO\n\nSummit Peak Urgent Care runs 9 walk-in clinics.\n\n"
        "What You'll Need\n- BLS required.\n"
    )
    assert (found.title, found.company, found.location) == (
        "Family Nurse Practitioner - Urgent Care",
        "Summit Peak Urgent Care",
        "Colorado Springs, CO",
    )


def test_a_run_on_item_may_start_at_an_acronym():
    levels = _levels(
        "HR Advisor\nFernwood Housing\n\nAbout you: Experience of employee relations casework in a "
        "generalist HR role CIPD Level 5 qualified or working towards it is desirable Good "
        "knowledge of UK employment law Confident with Excel\n"
    )
    assert levels["Employee Relations"] == levels["Employment Law"] == "required"
    assert levels["CIPD"] == "preferred"


def test_a_skill_read_back_without_its_optional_fields_takes_their_defaults():
    """A stored skill written before a field existed reads back with that field's default,
    the one the skill's class declares."""
    from dataclasses import FrozenInstanceError, fields

    from jobs.extraction import ExtractedSkill

    stored = {"name": "Python", "text": "python", "start": 4, "end": 10, "type": "tool"}
    skill = Requirements.from_dict({"skills": [stored]}).skills[0]
    assert skill == ExtractedSkill("Python", "python", 4, 10, "tool")
    for item in fields(ExtractedSkill):
        if item.name not in stored:
            assert getattr(skill, item.name) == item.default
    assert hash(skill) == hash(ExtractedSkill("Python", "python", 4, 10, "tool"))
    with pytest.raises(FrozenInstanceError):
        skill.required = False
