"""A legal term the posting asks the candidate to know is a requirement, not legal text.

HR, payroll and compliance postings ask for "Experience with FMLA and EEO reporting" or
"Knowledge of applicable federal and state employment laws": those are the job's skills. The
same words in the employer's own statement ("We are an EEO employer") still ask nothing.
"""

import pytest

from jobs.extraction import extract_requirements

HR_POSTING = (
    "HR Generalist\nRequirements:\n- 3+ years of HR experience\n"
    "- Experience with FMLA and EEO reporting\n"
    "- Familiarity with reasonable accommodation requests and Workday\n"
    "We are an equal opportunity employer and consider all applicants without regard to race."
)


def _asked(text: str) -> set[str]:
    return {skill.name for skill in extract_requirements(text).skills if skill.level == "required"}


@pytest.mark.parametrize(
    "text",
    [HR_POSTING, HR_POSTING.replace("\n- ", ". ").replace("\n", " ")],
    ids=["lines", "one_paragraph"],
)
def test_legal_terms_asked_as_knowledge_keep_their_item_required(text):
    requirements = extract_requirements(text)
    assert {"FMLA", "Workday"} <= _asked(text)
    assert any("EEO reporting" in item for item in requirements.required)


def test_the_employers_own_statement_stays_legal_text():
    text = (
        "Payroll Clerk\nRequirements:\n- Experience with SQL\nWe are an EEO employer and "
        "welcome applicants with experience in Sage."
    )
    assert "SQL" in _asked(text)
    assert "Sage" not in _asked(text)


@pytest.mark.parametrize(
    "line",
    [
        "Must understand EEO, ADA and FMLA regulations",
        "3+ years administering FMLA and reasonable accommodation requests",
    ],
)
def test_legal_terms_asked_as_work_keep_their_item_required(line):
    text = f"HR Manager\nRequirements:\n- {line}\n- Proficiency in Workday\nWe are an EEO employer."
    assert {"FMLA", "Workday"} <= _asked(text)


def test_an_equal_opportunity_sentence_naming_experience_stays_legal_text():
    text = (
        "Data Analyst\nRequirements:\n- SQL\nAll applicants with experience in Python will be "
        "considered without regard to race."
    )
    assert "SQL" in _asked(text)
    assert "Python" not in _asked(text)
