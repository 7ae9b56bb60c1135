"""Matching a resume to a posting: score, breakdown, where each match sits, what to change."""

import copy

from jobs.extraction import extract_requirements
from jobs.matching import match_resume, rank, rank_documents

POSTING = """Senior Software Engineer
Requirements
- 6+ years of experience building backend services.
- Python, PostgreSQL and JavaScript.
- Deploy services with Kubernetes and Ansible.
- Master's degree in Computer Science.
- Excellent communication skills.
Nice to have
- Kafka is a plus.
"""


def test_score_has_a_breakdown_with_weights_that_add_up(sample_document):
    result = match_resume(sample_document, extract_requirements(POSTING))
    assert 0 <= result.score <= 100
    weights = [part["weight"] for part in result.breakdown.values() if part["score"] is not None]
    assert abs(sum(weights) - 1) < 0.01
    assert result.breakdown["experience_years"]["resume_years"] >= 9


def test_matched_requirements_say_where_they_are(sample_document):
    result = match_resume(sample_document, extract_requirements(POSTING))
    python = next(item for item in result.matched if item["name"] == "Python")
    assert "skills/0/keywords/0" in python["where"]
    assert {item["name"] for item in result.missing} >= {"Ansible", "Kafka", "Communication"}


def test_variant_spelling_is_reported_because_ats_match_exact_words(sample_document):
    sample_document["skills"][0]["keywords"][-1] = "JS"
    sample_document["work"][2]["highlights"][0] = "Developed internal dashboards with Django."
    sample_document["work"][1]["highlights"][3] = "Improved the checkout widget."
    result = match_resume(sample_document, extract_requirements(POSTING))
    variant = next(v for v in result.variants if v["name"] == "JavaScript")
    assert (variant["posting_form"], variant["resume_form"]) == ("JavaScript", "JS")
    assert any(
        "writes “JavaScript” but your resume writes “JS”" in r.message
        for r in result.recommendations
    )


def test_missing_required_skill_recommendation_names_the_related_bullet(sample_document):
    result = match_resume(sample_document, extract_requirements(POSTING))
    ansible = next(r for r in result.recommendations if r.message.startswith("Ansible is required"))
    assert ansible.path.startswith("work/")
    assert "at " in ansible.message


def test_years_and_education_short_of_the_posting_are_recommendations(sample_document):
    short = copy.deepcopy(sample_document)
    short["work"] = short["work"][:1]
    result = match_resume(short, extract_requirements(POSTING))
    messages = " ".join(r.message for r in result.recommendations)
    assert "asks for 6+ years" in messages and "Master's degree" in messages
    assert result.breakdown["education"]["score"] == 50


def test_components_the_posting_does_not_ask_about_are_left_out(sample_document):
    result = match_resume(sample_document, extract_requirements("We need Python and SQL."))
    assert (
        result.breakdown["education"]["score"] is None
        and result.breakdown["education"]["weight"] == 0
    )
    assert result.score == 100


def test_rank_puts_the_best_fit_first(sample_document):
    postings = [("data", extract_requirements("Data Analyst\nWe need Tableau, Excel and SAS.")),
                ("backend", extract_requirements("Backend Engineer\nWe need Python, Go, Redis and PostgreSQL."))]  # fmt: skip
    assert [job_id for job_id, _ in rank(sample_document, postings)] == ["backend", "data"]


def test_rank_documents_orders_resumes_for_one_posting(sample_document):
    weaker = copy.deepcopy(sample_document)
    weaker["skills"] = []
    weaker["work"] = weaker["work"][2:]
    ranked = rank_documents(
        [("weaker", weaker), ("full", sample_document)], extract_requirements(POSTING)
    )
    assert [label for label, _ in ranked] == ["full", "weaker"]
