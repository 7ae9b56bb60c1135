"""Skills asked in the same line as a degree, after its field of study.

"Degree in CS or related field plus strong knowledge of Python and Django" asks a degree in CS
and, as much, Python and Django: the field ends where the clause goes on, and "plus" joining
two asks is no "a plus".
"""

import pytest

from jobs.extraction import extract_requirements


def _levels(text: str) -> dict[str, str]:
    return {skill.name: skill.level for skill in extract_requirements(text).skills}


@pytest.mark.parametrize(
    "line",
    [
        "Degree in CS or related field plus strong knowledge of Python and Django",
        "BSc in Computer Science from an accredited university with solid Python and Django",
        "Bachelor's degree in Computer Science plus 3 years of Python and Django",
    ],
)
def test_skills_after_the_field_of_study_are_required(line):
    text = f"Backend Developer\nRequirements:\n- {line}\n- Experience with PostgreSQL"
    levels = _levels(text)
    assert levels.get("Python") == "required"
    assert levels.get("Django") == "required"
    assert extract_requirements(text).education_field in ("CS", "Computer Science")


def test_a_plus_still_prefers():
    text = "Backend Developer\nRequirements:\n- Python and Django\n- Kubernetes is a plus"
    levels = _levels(text)
    assert levels["Python"] == "required"
    assert levels["Kubernetes"] == "preferred"
