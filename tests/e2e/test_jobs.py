"""Journey: paste a job posting, see its requirements highlighted and what the resume misses,
then rank three pasted postings in the background and read the ranking table."""

import re

from playwright.sync_api import expect

from tests.e2e.accounts import log_in, make_user
from tests.e2e.pages import unlabelled_controls

POSTING = """Senior Backend Engineer
Acme Payments · Berlin, Germany · Full-time

About Acme
We are a fintech company; our platform runs on Salesforce.

Requirements
- 5+ years of experience building backend services in Python and Go.
- Kubernetes and Terraform in production.
- Excellent communication skills.

Nice to have
- Kafka is a plus.
"""
BATCH = """Backend Engineer
Requirements
- Python, Go, PostgreSQL, Redis and Docker.
---
Data Analyst
Requirements
- Tableau, Excel and SAS.
---
Platform Engineer
Requirements
- Kubernetes, Terraform, Ansible and Python.
"""


def test_paste_a_posting_see_the_match_then_rank_three_in_the_background(
    page, django_user_model, sample_document
):
    from resumeopt.resumes import create_resume

    user = make_user(django_user_model, "sasha")
    create_resume(user, "Sasha's resume", sample_document)
    log_in(page, "sasha")

    # Paste one posting: its requirements are highlighted where they stand.
    page.goto("/jobs/")
    page.get_by_role("link", name="Add a posting").first.click()
    assert unlabelled_controls(page) == []
    page.get_by_label("Paste the job description").fill(POSTING)
    page.get_by_role("button", name="Read the posting").click()
    expect(
        page.get_by_role("heading", name="Senior Backend Engineer at Acme Payments")
    ).to_be_visible()
    posting = page.get_by_test_id("posting-text")
    expect(posting.locator("mark.skill.required", has_text="Kubernetes")).to_be_visible()
    expect(posting.locator("mark.skill.preferred", has_text="Kafka")).to_be_visible()
    expect(posting.locator("mark.skill.mention", has_text="Salesforce")).to_be_visible()
    expect(page.locator("dl.facts")).to_contain_text("5+ years")

    # The match view for the resume: score, and the keywords the resume never uses.
    page.get_by_label("Resume").select_option(label="Sasha's resume")
    page.get_by_role("button", name="See the match").click()
    expect(page.get_by_role("heading", name="How “Sasha's resume” matches")).to_be_visible()
    missing = page.get_by_test_id("missing-keywords")
    expect(missing).to_contain_text("Communication")
    expect(missing).to_contain_text("Kafka")
    expect(missing).not_to_contain_text("Kubernetes")  # the resume lists it under Skills
    expect(page.locator(".score-badge")).to_have_text(re.compile(r"^\d{1,3}$"))

    # Rank three postings pasted with --- between them; a Celery worker does the work.
    page.goto("/jobs/")
    page.get_by_role("link", name="Rank many postings").click()
    assert unlabelled_controls(page) == []
    page.get_by_label("Rank against").select_option(label="Sasha's resume")
    page.get_by_label("Or paste them").fill(BATCH)
    page.get_by_role("button", name="Start ranking").click()
    expect(page.get_by_role("heading", name="Pasted postings vs Sasha's resume")).to_be_visible()
    ranking = page.locator("#ranking")
    rows = ranking.locator("tbody tr")
    expect(rows).to_have_count(3, timeout=30_000)  # the table polls until the job is done
    expect(ranking.get_by_role("link", name="Export CSV")).to_be_visible(timeout=30_000)
    expect(rows.first).to_contain_text("Backend Engineer")
    expect(rows.last).to_contain_text("Data Analyst")
    scores = [int(text) for text in ranking.locator("tbody td strong").all_inner_texts()]
    assert scores == sorted(scores, reverse=True)

    # Sort by score, lowest first.
    ranking.get_by_role("link", name="Sort by score").click()
    expect(page.locator("#ranking tbody tr").first).to_contain_text("Data Analyst")
