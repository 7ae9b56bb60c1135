"""Reading a posting: required and preferred skills, years, degree and the rest."""

import pytest

from jobs.extraction import MAX_POSTING_CHARACTERS, PostingError, Requirements, extract_requirements

POSTING = """Senior Data Engineer at Northwind Traders
Location: Berlin, Germany (Hybrid)
Full-time

About us
Northwind Traders is a fintech marketplace built on Kubernetes.

What you'll do
- Build batch and streaming pipelines in Python and Spark.

Requirements
- 5+ years of experience in data engineering.
- Strong SQL and Airflow skills.
- Bachelor's or Master's degree in Computer Science or a related field.

Nice to have
- Experience with Kafka.
- dbt is a plus.
"""


@pytest.fixture
def requirements() -> Requirements:
    return extract_requirements(POSTING)


def _skill(requirements, name):
    return next(skill for skill in requirements.skills if skill.name == name)


def test_title_company_location_and_policies(requirements):
    assert (requirements.title, requirements.company) == (
        "Senior Data Engineer",
        "Northwind Traders",
    )
    assert requirements.location.startswith("Berlin, Germany")
    assert (requirements.seniority, requirements.employment_type, requirements.remote_policy) == (
        "Senior",
        "Full-time",
        "Hybrid",
    )


def test_years_and_the_lowest_accepted_degree(requirements):
    assert (requirements.years_min, requirements.years_max) == (5, None)
    assert requirements.education_level == "Bachelor's"
    assert requirements.education_field == "Computer Science"


def test_required_and_preferred_come_from_sections_and_sentences(requirements):
    assert _skill(requirements, "SQL").required and _skill(requirements, "Airflow").required
    assert not _skill(requirements, "Kafka").required
    assert not _skill(requirements, "dbt").required
    assert "Experience with Kafka." in requirements.preferred
    assert "Strong SQL and Airflow skills." in requirements.required


def test_sentence_cue_overrides_the_section():
    found = extract_requirements("Requirements\n- Python is required.\n- Rust would be a plus.\n")
    assert _skill(found, "Python").required and not _skill(found, "Rust").required


def test_about_us_mentions_are_not_requirements_but_domains_are_keywords(requirements):
    assert not _skill(requirements, "Kubernetes").required
    assert requirements.keywords == ["FinTech", "Marketplace"]


def test_every_skill_has_its_exact_text_and_offsets(requirements):
    for skill in requirements.skills:
        assert POSTING[skill.start : skill.end] == skill.text


def test_the_company_name_is_not_read_as_a_skill():
    found = extract_requirements("Data Engineer at Contoso Analytics\n\nWe need SQL.")
    assert "Data Analysis" not in {skill.name for skill in found.skills}


@pytest.mark.parametrize(
    ("text", "years"),
    [("3-5 years of experience with Java.", (3, 5)), ("at least 7 years experience", (7, None)),
     ("Minimum of 2+ years working with React.", (2, None)), ("Founded 10 years ago.", (None, None))],
)  # fmt: skip
def test_years_of_experience(text, years):
    found = extract_requirements(text)
    assert (found.years_min, found.years_max) == years


@pytest.mark.parametrize(
    ("text", "level"),
    [("PhD in Physics required.", "PhD"), ("MS degree or equivalent.", "Master's"),
     ("BS/BA in a quantitative field.", "Bachelor's"), ("High school diploma.", "High school"), ("No degree needed, just skill.", "")],
)  # fmt: skip
def test_education_level(text, level):
    assert extract_requirements(text).education_level == level


@pytest.mark.parametrize(
    ("first_line", "title", "company"),
    [("Acme is hiring a Staff Platform Engineer", "Staff Platform Engineer", "Acme"),
     ("Product Designer @ Figma", "Product Designer", "Figma"), ("Job Title: QA Analyst", "QA Analyst", "")],
)  # fmt: skip
def test_title_and_company_patterns(first_line, title, company):
    found = extract_requirements(first_line + "\n\nWe need Python.")
    assert (found.title, found.company) == (title, company)


def test_empty_and_oversized_postings_are_refused():
    with pytest.raises(PostingError, match="empty"):
        extract_requirements("  \n ")
    with pytest.raises(PostingError, match="limit is 100,000"):
        extract_requirements("x" * (MAX_POSTING_CHARACTERS + 1))


def test_requirements_round_trip_through_a_dict(requirements):
    assert Requirements.from_dict(requirements.to_dict()) == requirements
