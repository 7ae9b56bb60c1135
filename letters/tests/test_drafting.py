"""The offline draft claims only what the resume shows, and says what it left out."""

import json

import pytest

from jobs.extraction import extract_requirements
from jobs.matching import match_resume
from letters.drafting import draft_offline, guard_text, letter_warnings
from letters.feedback import copied_runs, letter_feedback, reading_grade
from tests.generated_postings import posting as generated_posting
from tests.generated_resumes import resume as generated_resume

POSTING = """Data Engineer at Lumenfold
Requirements
- Python and SQL, 3+ years.
- Apache Airflow and Snowflake.
- Terraform."""


def test_draft_quotes_the_resume_line_for_each_skill_it_claims(sample_document):
    requirements = extract_requirements(POSTING)
    draft = draft_offline(sample_document, requirements, company="Lumenfold", title="Data Engineer")
    resume_text = json.dumps(sample_document, ensure_ascii=False)
    assert draft.covered
    for item in draft.covered:
        assert item.proof in resume_text.replace("\\n", "\n") or item.proof in " ".join(
            resume_text.split()
        )
    assert "Lumenfold" in draft.text and "Data Engineer" in draft.text
    assert draft.text.rstrip().endswith(sample_document["basics"]["name"])


def test_must_haves_the_resume_lacks_are_left_out_and_named(sample_document):
    requirements = extract_requirements(POSTING)
    draft = draft_offline(sample_document, requirements, company="Lumenfold", title="Data Engineer")
    missing = {
        item["name"]
        for item in match_resume(sample_document, requirements).missing
        if item["required"]
    }
    assert missing and set(draft.left_out) == missing
    for name in missing:
        assert name.lower() not in draft.text.lower()


@pytest.mark.parametrize("seed", range(12))
def test_generated_drafts_pass_the_fact_guard(seed):
    """Property: whatever the resume and posting, the offline draft adds no fact of its own."""
    document = generated_resume(seed)
    text = generated_posting(seed)
    requirements = extract_requirements(text)
    draft = draft_offline(
        document, requirements, company=requirements.company, title=requirements.title
    )
    names = (requirements.title, requirements.company)
    assert letter_warnings(draft.text, document, text, names) == []
    asked = {s.name for s in requirements.skills if s.required and not s.mention}
    assert set(draft.left_out) <= asked


def test_an_empty_resume_and_no_posting_still_make_an_honest_letter():
    draft = draft_offline({}, extract_requirements("Some text with no requirements at all."))
    assert draft.text.startswith("Dear hiring manager,")
    assert draft.covered == []


def test_the_guard_drops_sentences_with_skills_or_figures_the_resume_lacks(sample_document):
    text = (
        "I have led Python services for years.\n\n"
        "I cut costs by 73% at Zorblax Industries. I am fluent in Haskell.\n\nKind regards"
    )
    kept, dropped = guard_text(text, sample_document)
    assert "Zorblax" not in kept and "Haskell" not in kept
    assert any("73%" in sentence for sentence in dropped)
    assert "Python services" in kept


def test_feedback_counts_words_and_finds_cliches_and_copying():
    posting = "You will design and operate the data platform that powers our analytics products."
    letter = (
        "Dear Lumenfold team. I am a team player. I will design and operate the data platform "
        "that powers our analytics products. "
    ) * 3
    findings = [
        f.message
        for f in letter_feedback(
            letter, company="Lumenfold", title="Data Engineer", posting=posting
        )
    ]
    assert any("words: aim for" in message for message in findings)
    assert any("team player" in message for message in findings)
    assert any("Copied from the posting" in message for message in findings)
    assert any("Data Engineer" in message for message in findings)  # the role is never named
    assert copied_runs("nothing in common here at all today ok", posting) == []


def test_reading_grade_rises_with_longer_words_and_sentences():
    simple = "I fix bugs. I ship code. I help my team. " * 5
    dense = (
        "Subsequently, I operationalised comprehensive infrastructural modernisation initiatives "
        "encompassing heterogeneous organisational deployments. "
    ) * 3
    assert reading_grade(simple) < reading_grade(dense)
    assert reading_grade("Too short.") is None
