"""Credentials and registrations that postings outside software ask for, in the UK, Ireland,
Australia, New Zealand, Malaysia and Canada, read as the skills they are, and the words
around them that say they are something else."""

from jobs.extraction import extract_requirements


def _required(text: str) -> set[str]:
    return {skill.name for skill in extract_requirements(text).skills if skill.level == "required"}


def test_site_safety_credentials_of_the_uk_are_skills():
    found = _required(
        "Health and Safety Advisor\n\nRequirements\n"
        "- NEBOSH National General Certificate\n- Tech IOSH membership\n"
        "- Working knowledge of ISO 45001 and ISO 14001\n- A valid CSCS card\n"
        "- Good knowledge of CDM 2015 and RIDDOR reporting\n- Review RAMS from subcontractors\n"
    )
    assert {
        "NEBOSH General Certificate",
        "IOSH Membership",
        "ISO 45001",
        "ISO 14001",
        "CSCS Card",
        "CDM Regulations",
        "RIDDOR",
        "RAMS",
    } <= found


def test_haulage_credentials_are_skills_and_a_dbs_check_is_not():
    found = _required(
        "Class 1 HGV Driver. Requirements: Category C+E licence. Valid Driver CPC qualification "
        "card. Digital tachograph card. Offers are subject to a basic DBS check."
    )
    assert {"HGV Class 1 Licence", "Driver CPC", "Tachograph"} <= found
    assert not {name for name in found if "DBS" in name}


def test_bar_and_nursing_registrations_of_australia_are_skills():
    assert {"RSA", "RCG"} <= _required(
        "Bar Attendant. You will need current RSA and RCG competency cards to work in our venue."
    )
    assert "AHPRA Registration" in _required(
        "Registered Nurse. About you: current registration as a Registered Nurse with AHPRA."
    )


def test_rsa_away_from_a_bar_is_not_the_alcohol_certificate():
    found = extract_requirements(
        "Security Engineer. Requirements: experience with RSA encryption, TLS and Python."
    )
    assert ("RSA", "certification") not in {(skill.name, skill.type) for skill in found.skills}


def test_canada_pension_plan_is_not_the_payroll_certification():
    found = _required(
        "Payroll Specialist. Requirements: strong knowledge of CPP, EI and income tax "
        "withholding rules; Payroll Compliance Practitioner (PCP) designation."
    )
    assert "CPP" not in found
    assert {"Payroll Compliance Practitioner"} <= found


def test_malaysian_accounting_terms_are_skills():
    found = _required(
        "Accounts Executive. Requirements: 2 years of experience in full set of accounts. "
        "Familiar with AutoCount or SQL Accounting software. Knowledge of MFRS and SST."
    )
    assert {"Full Set of Accounts", "AutoCount", "SQL Accounting", "MFRS", "VAT"} <= found
    assert "SQL" not in found


def test_school_and_licence_words_that_spell_tools_are_no_tools():
    found = _required(
        "ESL/ELD Teacher. Duties: plan and teach daily ELD lessons; attend PLC meetings. "
        'Requirements: a valid Texas Class "C" Driver\'s License.'
    )
    assert not {"Electronic Logging Device", "PLC Programming", "C"} & found
    assert {"Electronic Logging Device", "PLC Programming", "C"} <= _required(
        "Requirements: experience with ELD logs, PLC programming and embedded C."
    )


def test_cloud_kitchens_are_no_cloud_computing():
    assert "Cloud Computing" not in _required(
        "Field Sales Executive. Requirements: visit restaurants and cloud kitchens daily."
    )
