"""A legal sentence run into the last item of a list, with no stop or line break between them.

Pasted from a page or an applicant tracking system, "... Tableau and Excel Acme is committed
to ..." is two sentences: the item keeps what it asks, the legal text asks for nothing.
"""

import pytest

from jobs.extraction import extract_requirements, segment


def _asked(text: str) -> set[str]:
    return {skill.name for skill in extract_requirements(text).skills if skill.level == "required"}


def _mentioned(text: str) -> set[str]:
    return {skill.name for skill in extract_requirements(text).skills if skill.mention}


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst at Acme\nRequirements:\n- SQL, Tableau and Excel Acme is committed to a "
        "diverse team and welcomes Python enthusiasts.",
        "Data Analyst at Acme. Requirements: SQL, Tableau and Excel Acme is committed to a diverse "
        "team and welcomes Python enthusiasts.",
        "Data Analyst. Requirements: SQL, Tableau and Excel We are an equal opportunity employer "
        "and value Python diversity.",
        "Data Analyst. Requirements: SQL, Tableau, Excel All qualified applicants will receive "
        "consideration without regard to race; Python users welcome.",
    ],
    ids=["company_committed_lines", "company_committed_paragraph", "we_are", "all_qualified"],
)
def test_the_last_item_keeps_its_skills_and_the_legal_sentence_asks_nothing(text):
    assert {"SQL", "Tableau", "Excel"} <= _asked(text)
    assert "Python" not in _asked(text)


def test_legal_text_run_into_a_nursing_list_leaves_the_list_required():
    text = (
        "Registered Nurse. Requirements: BLS certification, Epic charting All qualified "
        "applicants will receive consideration for employment without regard to race."
    )
    assert {"BLS", "Epic"} <= _asked(text)
    assert not _mentioned(text) & {"BLS", "Epic"}


def test_the_company_name_of_several_words_starts_the_legal_sentence():
    text = (
        "Cloud Engineer at Brightwave Analytics. Requirements: 3 years AWS Brightwave Analytics "
        "is an equal opportunity employer and welcomes Kubernetes fans."
    )
    assert "AWS" in _asked(text)
    assert "Kubernetes" not in _asked(text)


def test_legal_words_inside_an_item_start_no_sentence():
    text = "HR Assistant. Requirements: working knowledge of Equal Employment Opportunity law."
    assert not any(clause.text.startswith("Equal Employment") for clause in segment(text))


def test_the_candidate_committed_to_something_is_no_legal_text():
    text = "Nurse. You are committed to patient safety and hold BLS certification."
    clause = next(clause for clause in segment(text) if clause.text.startswith("You are"))
    assert clause.role != "legal"
