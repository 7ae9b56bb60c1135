"""Preferred qualifications in a posting pasted as one paragraph stay preferred, and only they."""

from jobs.extraction import extract_requirements, segment

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


ADDED_ADVANTAGE = (
    "Java Developer\nRequirements:\n- 3+ years of Java and Spring Boot\n"
    "- Knowledge of Docker is an added advantage\n- AutoCAD will be an added advantage\n"
)


def test_an_added_advantage_prefers_what_it_follows():
    for text in (ADDED_ADVANTAGE, " ".join(ADDED_ADVANTAGE.split())):
        required, preferred = _levels(text)
        assert {"Java", "Spring"} <= required
        assert {"Docker", "AutoCAD"} <= preferred
        assert not {"Docker", "AutoCAD"} & required


def test_an_added_advantage_ends_its_item_where_the_perks_run_into_it():
    text = (
        "Junior Accountant Requirements: 2 years of Tally ERP experience, SAP B1 will be an added "
        "advantage Perks and benefits Free Microsoft Excel training, PF, Mediclaim, Diwali gift."
    )
    required, preferred = _levels(text)
    assert "Tally Prime" in required
    assert "SAP Business One" in preferred
    assert "Excel" not in required | preferred


def test_perks_and_benefits_heading_ends_the_requirements():
    text = (
        "Junior Accountant\nRequirements:\n- 2 years of Tally ERP experience\n"
        "Perks and benefits\n- Free Excel training, PF, Mediclaim, bonus as per company policy\n"
    )
    required, preferred = _levels(text)
    assert "Tally Prime" in required
    assert "Excel" not in required | preferred


def test_the_last_preferred_item_ends_where_the_company_speaks_or_the_pay_starts():
    text = (
        "Contracts Paralegal at Verity Foods Requirements: 3+ years as a paralegal, DocuSign "
        "Nice to have: Experience with Westlaw Verity Foods offers a competitive salary and "
        "Excel training. Data Engineer perks Nice to have: Experience with dbt Pay: $125,000 a "
        "year plus Python courses."
    )
    required, preferred = _levels(text)
    assert {"Westlaw", "dbt"} <= preferred
    assert not {"Excel", "Python"} & (required | preferred)


def test_capitalised_words_the_posting_names_nowhere_else_are_no_company_speaking():
    text = "Sales Rep Requirements: 2 years with Microsoft Dynamics Dispatch Board offers a view"
    assert not [clause for clause in segment(text) if clause.role == "about"]


def test_a_heading_word_in_capitals_starts_a_part_after_a_name():
    text = (
        "Front Office Manager BONUS POINTS Forbes Travel Guide training, Spanish or French PERKS "
        "Hotel discounts, free meals on shift and a Python course"
    )
    required, preferred = _levels(text)
    assert "Spanish" in preferred
    assert "Python" not in required | preferred


def test_how_to_apply_after_the_last_item_asks_nothing():
    text = (
        "Front Desk Agent\nRequirements:\n- 1+ year in a hotel front office\n"
        "- Opera PMS\nApply online or send your resume with a note on your Excel skills.\n"
    )
    required, preferred = _levels(text)
    assert "Opera PMS" in required
    assert "Excel" not in required | preferred


def test_an_ability_to_apply_something_is_still_asked():
    text = "Accountant\nRequirements:\n- Ability to apply US GAAP to month-end close in NetSuite\n"
    required, _ = _levels(text)
    assert {"US GAAP", "NetSuite"} <= required
