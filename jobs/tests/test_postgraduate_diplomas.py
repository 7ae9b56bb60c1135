"""A postgraduate diploma or certificate, taken after a first degree and shorter than a
Master's, is read as an education level of its own, between the two."""

import pytest

from jobs.extraction import extract_requirements
from jobs.matching import match_resume

HEAD = "Brand Executive\nKestrel Foods\n\nYou will run our brand campaigns.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Requirements: Postgraduate Diploma in Marketing or equivalent.",
        "Requirements: Post Graduate Diploma in Management with 2 years of experience in sales.",
        "Requirements: PG Diploma in Human Resources.",
        "Requirements: PGDM from a reputed institute, 3 years of experience in FMCG sales.",
        "Requirements: Graduate Diploma in Applied Finance.",
        "Requirements: Graduate Certificate in Project Management.",
        "Must have: a post-graduate certificate in Digital Marketing.",
    ],
)
def test_a_postgraduate_diploma_is_an_education_level(sentence):
    read = extract_requirements(HEAD + sentence + "\n")
    assert read.education_level == "Postgraduate diploma"
    bachelors = extract_requirements(HEAD + "Requirements: Bachelor's degree.\n")
    masters = extract_requirements(HEAD + "Requirements: Master's degree.\n")
    assert bachelors.education_rank < read.education_rank < masters.education_rank


def _resume(degree: str) -> dict:
    return {
        "basics": {"name": "Asha Rao", "label": "Brand Executive"},
        "education": [{"institution": "Symbiosis", "studyType": degree, "area": "Marketing"}],
    }


def _education(degree: str, sentence: str) -> dict:
    read = extract_requirements(HEAD + sentence + "\n")
    return match_resume(_resume(degree), read).breakdown["education"]


def test_a_bachelors_alone_is_one_step_short_of_a_postgraduate_diploma():
    asked = "Requirements: Postgraduate Diploma in Marketing."
    assert _education("Bachelor of Commerce", asked)["score"] == 50
    assert _education("Postgraduate Diploma", asked)["score"] == 100
    assert _education("MBA", asked)["score"] == 100


def test_a_postgraduate_diploma_is_not_a_masters():
    asked = "Requirements: Master's degree in Marketing."
    assert _education("Postgraduate Diploma", asked)["score"] == 50
    assert _education("Postgraduate Diploma", "Requirements: Bachelor's degree.")["score"] == 100


@pytest.mark.parametrize(
    "sentence",
    [
        "Requirements: Postgraduate degree in Economics.",
        "Requirements: A post-graduate degree in Law.",
        "Requirements: Advanced degree in Statistics or Biostatistics.",
        "Requirements: Post Graduation in Marketing with 5 years of experience in FMCG.",
        "Requirements: Postgraduate in Marketing from a reputed institute.",
    ],
)
def test_a_postgraduate_degree_asks_for_a_masters_at_least(sentence):
    assert extract_requirements(HEAD + sentence + "\n").education_level == "Master's"


def test_an_advanced_degree_preferred_beside_a_bachelors_asks_the_bachelors():
    read = extract_requirements(
        HEAD + "Requirements: Bachelor's degree in Marketing required, advanced degree preferred.\n"
    )
    assert read.education_level == "Bachelor's"


@pytest.mark.parametrize(
    ("sentence", "level", "field"),
    [
        ("Post Graduation in Marketing", "Master's", "Marketing"),
        (
            "Graduate Certificate in Project Management",
            "Postgraduate diploma",
            "Project Management",
        ),
        ("Post graduate in any discipline", "Master's", ""),
    ],
)
def test_a_postgraduate_qualification_names_its_field(sentence, level, field):
    read = extract_requirements(HEAD + f"Requirements: {sentence}.\n")
    assert (read.education_level, read.education_field) == (level, field)


def test_postgraduate_experience_is_no_field_of_study():
    read = extract_requirements(
        "Registered Nurse\nEastlake Hospital\n\nAbout you\n"
        "- Minimum 2 years post-graduate experience in an emergency setting\n"
        "- Advanced Life Support certification\n"
    )
    assert read.education_field == ""
