"""The field of study a degree names ends where the list goes on to ask something else:
the skills after it are read as skills, not swallowed into the field."""

import pytest

from jobs.extraction import extract_requirements

HEAD = "Staff Accountant\nHarbor & Pike LLP\n\nYou will close the books each month.\n\n"


@pytest.mark.parametrize(
    ("sentence", "field", "skills"),
    [
        (
            "Requirements: Bachelor's degree in Accounting, strong Excel skills, CPA preferred.",
            "Accounting",
            {"Excel", "CPA"},
        ),
        (
            "Must have: BS in Finance, proficiency in SQL, 3 years of audit experience.",
            "Finance",
            {"SQL"},
        ),
        (
            "Qualifications: BA in Economics, Excel proficiency, SQL skills.",
            "Economics",
            {"Excel", "SQL"},
        ),
        (
            "A degree in Economics, knowledge of Power BI and Tableau.",
            "Economics",
            {"Power BI", "Tableau"},
        ),
    ],
)
def test_skills_after_the_field_are_read(sentence, field, skills):
    read = extract_requirements(HEAD + sentence + "\n")
    assert read.education_field == field
    assert skills <= {skill.name for skill in read.skills}


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        (
            "Requirements: Bachelor's degree in Accounting, Finance, or a related field.",
            "Accounting, Finance",
        ),
        (
            "Bachelor's degree in computer science, mathematics, statistics or similar.",
            "computer science, mathematics, statistics",
        ),
    ],
)
def test_a_list_of_fields_stays_one_field(sentence, field):
    assert extract_requirements(HEAD + sentence + "\n").education_field == field


# A first degree of no particular field, as Indian and other boards ask for it.
@pytest.mark.parametrize(
    "line",
    [
        "Graduate in any discipline",
        "Education UG: Any Graduate",
        "Graduation in any stream with good communication skills",
        "Bachelor's degree in any field",
    ],
)
def test_a_degree_of_any_field_is_a_bachelors_with_no_field(line):
    read = extract_requirements(
        "Sales Executive\nBrightpath Foods, Chennai\n\nRequirements\n"
        f"- {line}\n- 1-3 years of field sales experience\n"
    )
    assert read.education_level == "Bachelor's"
    assert read.education_field == ""


def test_a_high_school_graduate_is_not_asked_for_a_degree():
    read = extract_requirements(
        "Cashier\nCorner Mart, Dayton, OH\n\nRequirements\n- High school graduate or GED\n"
        "- New graduates welcome\n"
    )
    assert read.education_level == "High school"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "Preferred Qualifications Associate's degree in industrial maintenance or electrical "
            "technology Piedmont Poultry is an Equal Opportunity Employer.",
            "industrial maintenance or electrical technology",
        ),
        (
            "Requirements: Bachelor's degree in business or Information Technology, 3 years of "
            "IT support.",
            "business or Information Technology",
        ),
    ],
)
def test_a_lower_case_field_ends_where_the_next_sentence_runs_in(text, field):
    assert extract_requirements(HEAD + text).education_field == field


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Diploma or Degree in Accounting or equivalent", "Associate's"),
        ("Diploma/Degree in Finance", "Associate's"),
        ("High school diploma or GED required", "High school"),
    ],
)
def test_a_diploma_offered_beside_a_degree_is_below_it(line, level):
    read = extract_requirements(
        "Accounts Executive\nSinar Jaya Sdn Bhd, Petaling Jaya\n\nJob Requirements\n"
        f"- {line}\n- Minimum 2 years of working experience in full set of accounts\n"
    )
    assert read.education_level == level


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Diploma in Nursing or Bachelor of Nursing", "Associate's", "Nursing"),
        ("Diploma in Accounting, or Degree in Finance", "Associate's", "Accounting"),
        ("BSc in Physics, or MSc in Optics", "Bachelor's", "Physics"),
        (
            "Bachelor's degree in Computer Science or Master's in Data Science",
            "Bachelor's",
            "Computer Science",
        ),
    ],
)
def test_a_field_ends_where_another_degree_is_offered(line, level, field):
    read = extract_requirements(
        "Staff Nurse\nSunway Medical Centre, Subang Jaya\n\nRequirements\n"
        f"- {line}\n- Minimum 2 years of working experience in a hospital ward\n"
    )
    assert (read.education_level, read.education_field) == (level, field)
