"""A degree offered in several fields keeps them all, whichever way the degree is written."""

import pytest

from jobs.extraction import extract_requirements


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: Bachelor's degree in Computer Science, Mathematics, Physics or related "
        "field.",
        "Requirements: BSc Computer Science, Mathematics or Physics. 3 years of SQL.",
        "Requirements: A Computer Science, Mathematics or Physics degree. 3 years of SQL.",
        "Requirements: Bachelor of Engineering, Computer Science or Physics. 2 years of C++.",
    ],
    ids=["degree_in", "letters_before", "named_by_fields", "bachelor_of"],
)
def test_every_field_listed_is_the_degrees(text):
    found = extract_requirements(text)
    for field in ("Computer Science", "Physics"):
        assert field in found.education_field
    assert not {"Mathematics", "Physics"} & {skill.name for skill in found.skills}


def test_fields_named_after_a_kind_of_field_are_all_kept():
    found = extract_requirements(
        "What you bring\n- A degree in a quantitative field such as Econometrics, Statistics, "
        "Mathematics or Business Analytics (Bachelor's or Master's)\n- Excellent SQL skills"
    )
    assert "Econometrics" in found.education_field
    assert "Business Analytics" in found.education_field


def test_skills_listed_after_a_degree_field_stay_skills():
    found = extract_requirements("Requirements: BSc Computer Science, Java and AWS experience.")
    assert found.education_field == "Computer Science"
    assert {"Java", "AWS"} <= {skill.name for skill in found.skills}
