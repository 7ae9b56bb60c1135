"""Preferred qualifications in a posting pasted as one paragraph stay preferred, and only they."""

from jobs.extraction import extract_requirements

TWO_HEADINGS = (
    "Healthcare Data Analyst Required Qualifications • 3+ years of SQL • Experience with Tableau "
    "or Power BI • Ability to explain data to non-technical audiences Preferred Qualifications "
    "• Epic Clarity certification • Experience with SAS, R or Python for statistical analysis"
)


def _levels(text: str) -> tuple[set[str], set[str]]:
    found = extract_requirements(text)
    return (
        {skill.name for skill in found.skills if skill.level == "required"},
        {skill.name for skill in found.skills if skill.level == "preferred"},
    )


def test_required_and_preferred_qualification_headings_run_into_a_paragraph_part_it():
    required, preferred = _levels(TWO_HEADINGS)
    assert {"SQL", "Tableau", "Power BI"} <= required
    assert {"SAS", "R", "Python"} <= preferred
    assert not {"SAS", "R", "Python"} & required


def test_the_same_headings_on_their_lines_read_the_same():
    lined = TWO_HEADINGS.replace(" Required Qualifications", "\nRequired Qualifications\n")
    lined = lined.replace(" Preferred Qualifications", "\nPreferred Qualifications\n")
    assert _levels(lined) == _levels(TWO_HEADINGS)
