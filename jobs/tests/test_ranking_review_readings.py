"""How postings are read where a review of the rankings found them misread: a deadline after
hire is no experience asked (issue #15)."""

from jobs.extraction import extract_requirements


def test_a_deadline_after_hire_is_no_years_of_experience():
    found = extract_requirements(
        "Registered Nurse - Medical/Surgical\n\nWhat you need\n"
        "- BSN preferred (or enrolled in an RN-BSN program within 2 years of hire).\n"
        "- Current state RN license.\n"
    )
    assert found.years_min is None
    found = extract_requirements(
        "Staff Accountant\n\nRequirements\n- Bachelor's degree in accounting.\n"
        "- CPA license, or must sit for the exam within two years of your start date.\n"
        "- 3+ years of public accounting experience.\n"
    )
    assert (found.years_min, found.years_max) == (3, None)


def test_years_of_experience_before_a_deadline_are_still_read():
    found = extract_requirements(
        "Electrical Technician\n\nRequirements\n"
        "- 5 years of experience in industrial maintenance; NFPA 70E training within 6 months"
        " of hire.\n"
    )
    assert found.years_min == 5
