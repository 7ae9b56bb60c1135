"""How postings are read where a review of the rankings found them misread: a deadline after
hire is no experience asked, the credentials of the people one leads are not asked of one, a
title on the first line wins over a hiring sentence, "Medical/Surgical" is the nursing
specialty, and a posting that welcomes new graduates asks them no years (issue #15)."""

import pytest

from jobs.extraction import extract_requirements, find_skills
from jobs.matching import match_resume


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


def _asked(text):
    return {skill.name for skill in extract_requirements(text).skills if not skill.mention}


def test_credentials_of_the_people_one_leads_or_supervises_are_not_asked():
    asked = _asked(
        "Nurse Manager - Medical/Surgical Unit\n\nKey Responsibilities\n"
        "- Lead a team of about 65 RNs, LPNs, CNAs and unit secretaries.\n\n"
        "Qualifications\n- Current state RN license.\n- BSN required.\n"
    )
    assert "Registered Nurse" in asked
    assert not {"Licensed Practical Nurse", "Certified Nursing Assistant"} & asked
    asked = _asked(
        "Registered Nurse (RN) - Nights\n\nWhat you'll do\n"
        "- Delegate to and supervise nursing assistants.\n"
        "- Work alongside LPNs, unit secretaries and other staff on the unit.\n\n"
        "What you need\n- Current RN license.\n- BLS required.\n"
    )
    assert {"Registered Nurse", "BLS"} <= asked
    assert not {"Licensed Practical Nurse", "Certified Nursing Assistant"} & asked


def test_the_credential_of_the_person_one_works_under_is_not_asked():
    asked = _asked(
        "Patient Care Technician\n\nDuties\n- Work under the direction of the RN to take vital"
        " signs and draw blood.\n- Report changes in condition to the charge nurse and the"
        " Registered Nurse.\n\nRequirements\n- Current BLS.\n- CNA certification preferred.\n"
    )
    assert "Registered Nurse" not in asked
    assert {"BLS", "Certified Nursing Assistant"} <= asked


def test_a_credential_the_candidate_holds_is_asked_even_beside_the_people_they_lead():
    asked = _asked(
        "Charge Nurse\n\nRequirements\n- Supervise staff and hold a current RN license.\n"
        "- Train new hires; CNA certification required.\n"
        "- Serve as a Registered Nurse on a busy unit.\n"
    )
    assert {"Registered Nurse", "Certified Nursing Assistant"} <= asked


def test_the_first_line_title_wins_over_the_people_a_hiring_sentence_names():
    found = extract_requirements(
        "Pharmacy Technician - Retail\nHarbor Drug\nTacoma, WA\n\n"
        "Harbor Drug is hiring certified Pharmacy Technicians for its stores across Pierce"
        " County.\n\nRequirements\n- PTCB certification.\n"
    )
    assert found.title == "Pharmacy Technician - Retail"
    assert found.company == "Harbor Drug"


def test_a_plural_role_after_an_adjective_is_read_as_one_post():
    found = extract_requirements(
        "Harbor Drug is hiring certified Pharmacy Technicians for its stores across Pierce"
        " County.\n\nRequirements\n- PTCB certification.\n"
    )
    assert found.title == "Pharmacy Technician"


def test_medical_slash_surgical_is_the_nursing_specialty():
    for text in ("Registered Nurse, Medical/Surgical", "a 32-bed Medical / Surgical unit"):
        assert "Medical-Surgical Nursing" in {skill.name for skill in find_skills(text)}
    found = extract_requirements(
        "Registered Nurse, Medical/Surgical\nMercy Valley Health\n\nQualifications\n"
        "- 2 years of Medical/Surgical nursing experience.\n- Current RN license.\n"
    )
    assert "Medical-Surgical Nursing" in {s.name for s in found.skills if s.level == "required"}


STAFF_NURSE_POST = (
    "Registered Nurse - Medical/Surgical\nSt. Brendan Regional Hospital\n\nWhat you need\n"
    "- Current RN license.\n- BLS required.\n"
    "- 1+ year of acute care experience preferred. {welcome}\n"
)


def _nurse(start, end="2026-06"):
    return {
        "basics": {"name": "Sam Ortiz", "label": "Registered Nurse"},
        "work": [
            {
                "name": "Valley Hospital",
                "position": "Registered Nurse",
                "startDate": start,
                "endDate": end,
                "highlights": ["Cared for 5 medical-surgical patients a shift."],
            }
        ],
        "certificates": [{"name": "Registered Nurse (RN)"}, {"name": "BLS"}],
    }


@pytest.mark.parametrize(
    "welcome",
    [
        "New graduate nurses are welcome to apply.",
        "New grads encouraged to apply!",
        "We welcome recent graduates.",
        "New graduates with a completed externship are welcome.",
    ],
)
def test_a_posting_that_welcomes_new_graduates_asks_no_years_of_them(welcome):
    welcoming = extract_requirements(STAFF_NURSE_POST.format(welcome=welcome))
    assert welcoming.new_graduates_welcome
    assert welcoming.years_min == 1  # still what the posting asks of the others
    plain = extract_requirements(STAFF_NURSE_POST.format(welcome=""))
    new_graduate = _nurse("2026-03")
    welcomed = match_resume(new_graduate, welcoming)
    assert welcomed.breakdown["experience_years"]["score"] is None
    assert "short" not in welcomed.explanation
    assert match_resume(new_graduate, plain).breakdown["experience_years"]["score"] < 100
    assert welcomed.score > match_resume(new_graduate, plain).score


def test_new_graduates_welcome_puts_no_ceiling_on_the_experienced():
    welcoming = extract_requirements(STAFF_NURSE_POST.format(welcome="New grads welcome."))
    plain = extract_requirements(STAFF_NURSE_POST.format(welcome=""))
    veteran = _nurse("2012-01")
    assert match_resume(veteran, welcoming).score == match_resume(veteran, plain).score


def test_a_posting_that_turns_new_graduates_away_does_not_welcome_them():
    found = extract_requirements(
        STAFF_NURSE_POST.format(welcome="New graduates will not be considered.")
    )
    assert not found.new_graduates_welcome


def test_emt_conduit_is_no_emergency_medical_technician():
    for duty in (
        "Lay out and install conduit runs (EMT, rigid, PVC) from drawings.",
        "Bend EMT up to 2 inch and install fittings.",
        "Install 3/4 inch EMT and couplings.",
    ):
        found = extract_requirements(f"Journeyman Electrician\n\nDuties\n- {duty}\n")
        assert "EMT" not in {skill.name for skill in found.skills}
    found = extract_requirements(
        "Ambulance Driver\n\nRequirements\n- Current EMT certification and a clean driving"
        " record.\n"
    )
    assert "EMT" in {skill.name for skill in found.skills if skill.level == "required"}
