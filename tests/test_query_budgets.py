"""Query budgets: each main page runs a fixed number of queries, however much the user has.

Every page is rendered for a user with one of everything (one resume edit, one
version, one posting, a one-posting batch, a two-message conversation, ...) and
again after that user has many more of each. The count must not change (no
query per row), and must stay under the page's cap. Each page is rendered once
before counting, so one-off work (creating a conversation on first visit,
caches filling) is not counted.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from applications import tracking
from applications.models import Contact
from conversations.models import Conversation, Message, Proposal
from exports import exporting
from exports.renderers import ExportOptions
from jobs import ranking
from jobs.extraction import extract_requirements
from jobs.models import JobDescription, RankingBatch
from letters.documents import create_letter, save_letter
from letters.models import AssistantRun, LetterProposal, LetterVersion
from optimizer.models import SuggestionEvent
from resumeopt.models import BackgroundJob
from resumeopt.resumes import ChangeReason, create_resume, save_document
from tests.generated_postings import posting
from versions.models import Version

pytestmark = pytest.mark.django_db

MANY = 15


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"  # exports write files


class Account:
    """One user's data, grown a step at a time: `grow(n)` adds n more of everything."""

    def __init__(self, user, resume, sample_document):
        self.user, self.resume, self.document = user, resume, sample_document
        self.grown = 0
        self.conversation = Conversation.objects.create(
            owner=user, resume=resume, section_path="work/0"
        )

    def grow(self, n: int) -> None:
        for step in range(self.grown, self.grown + n):
            self._one_more(step)
        self.grown += n
        self.batch = self._batch(n)

    def _one_more(self, step: int) -> None:
        user, resume = self.user, self.resume
        create_resume(user, f"Resume {step}", self.document)
        document = {
            **resume.content,
            "basics": {**resume.content["basics"], "label": f"Engineer {step}"},
        }
        save_document(resume, document, user=user, reason=ChangeReason.EDIT)
        record = resume.history.order_by("-history_date", "-history_id").first()
        job = JobDescription.objects.create(
            owner=user,
            source_text=posting(step),
            title=f"Engineer {step}",
            requirements=extract_requirements(posting(step)).to_dict(),
        )
        Version.objects.create(
            owner=user, resume=resume, record=record, name=f"Sent {step}", target_job=job
        )
        Message.objects.create(
            conversation=self.conversation, role="user", content=f"Question {step}"
        )
        answer = Message.objects.create(
            conversation=self.conversation,
            role="assistant",
            content=f"Answer {step}",
            model="offline",
        )
        Proposal.objects.create(
            owner=user,
            resume=resume,
            conversation=self.conversation,
            message=answer,
            path="work/0/summary",
            original="Old",
            replacement=f"New {step}",
            rationale="Shorter",
            source="rules",
        )
        BackgroundJob.objects.create(
            owner=user, kind="test", label=f"Job {step}", status="succeeded"
        )
        SuggestionEvent.objects.create(
            owner=user,
            resume=resume,
            kind="rejected",
            suggestion_key=f"s{step}",
            source="rules",
            features=["verb"],
            length=3,
        )
        source = exporting.source_for(resume, exporting.CURRENT)
        exporting.export_file(resume, source, "md", ExportOptions())
        application, _ = tracking.track_job(user, job, resume=resume)
        tracking.add_note(application, f"Called {step}")
        Contact.objects.create(application=application, name=f"Recruiter {step}")
        if step == 0:
            self.application = application
        tracking.add_note(self.application, f"Follow-up {step}")
        Contact.objects.create(application=self.application, name=f"Manager {step}")
        letter = create_letter(user, resume=resume, job=job, title=f"Letter {step}")
        if step == 0:
            self.letter = letter
        self.letter.body = f"Draft {step}"
        save_letter(self.letter, user=user, reason=f"edit {step}")
        LetterVersion.objects.create(
            owner=user,
            letter=self.letter,
            name=f"Named {step}",
            record=self.letter.history.order_by("-history_id").first(),
        )
        letter_run = AssistantRun.objects.create(
            letter=self.letter,
            kind="edit",
            part="opening",
            request=f"Ask {step}",
            status="complete",
        )
        LetterProposal.objects.create(
            owner=user,
            letter=self.letter,
            run=letter_run,
            part="opening",
            original=f"Draft {step}",
            replacement=f"Better {step}",
        )

    def _batch(self, postings: int) -> RankingBatch:
        batch = RankingBatch.objects.create(
            owner=self.user,
            resume=self.resume,
            name="Batch",
            source_text="\n---\n".join(posting(100 + n) for n in range(postings)),
        )
        ranking.run_batch(batch)
        return batch


def _posting(account: Account) -> int:
    return JobDescription.objects.filter(owner=account.user, batch=None).first().pk


# name: (its URL for an account, the most queries it may run, what shows the page lists the rows)
PAGES = {
    "dashboard": (lambda a: reverse("dashboard"), 5, lambda page: f"Resume {MANY}" in page),
    "resume page": (
        lambda a: reverse("resume_detail", args=[a.resume.pk]),
        5,
        lambda page: f"Engineer {MANY}" in page,
    ),
    "findings panel": (
        lambda a: reverse("optimizer:panel", args=[a.resume.pk]),
        8,
        lambda page: "one-click fixes" in page,
    ),
    "resume history": (
        lambda a: reverse("versions:history", args=[a.resume.pk]),
        10,
        lambda page: f"Sent {MANY}" in page,
    ),
    "chat page": (
        lambda a: reverse("conversations:chat", args=[a.resume.pk, "work/0"]),
        13,
        lambda page: f"Question {MANY}" in page and f"New {MANY}" in page,
    ),
    "job list": (lambda a: reverse("jobs:list"), 6, lambda page: f"Engineer {MANY}" in page),
    "job page": (
        lambda a: reverse("jobs:detail", args=[_posting(a)]),
        8,
        lambda page: f"Resume {MANY}" in page,
    ),
    "match view": (
        lambda a: reverse("jobs:match", args=[_posting(a)]),
        8,
        lambda page: f"Resume {MANY}" in page,
    ),
    "batch result": (
        lambda a: reverse("jobs:batch", args=[a.batch.pk]),
        6,
        lambda page: f"Posting {MANY}" in page,
    ),
    "exports page": (
        lambda a: reverse("exports:resume", args=[a.resume.pk]),
        10,
        lambda page: f"Sent {MANY}" in page,
    ),
    "export history": (
        lambda a: reverse("exports:list"),
        6,
        lambda page: page.count("Download") > MANY,
    ),
    "learned preferences": (
        lambda a: reverse("optimizer:learned"),
        7,
        lambda page: page.count("Rejected") >= MANY,
    ),
    "application board": (
        lambda a: reverse("applications:board"),
        6,
        lambda page: f"Engineer {MANY}" in page,
    ),
    "application list": (
        lambda a: reverse("applications:list"),
        6,
        lambda page: f"Engineer {MANY}" in page,
    ),
    "application page": (
        lambda a: reverse("applications:detail", args=[a.application.pk]),
        12,
        lambda page: f"Follow-up {MANY}" in page and f"Manager {MANY}" in page,
    ),
    "application insights": (
        lambda a: reverse("applications:insights"),
        6,
        lambda page: "Applications sent per week" in page,
    ),
    "letter page": (
        lambda a: reverse("letters:detail", args=[a.letter.pk]),
        9,
        lambda page: (
            f"edit {MANY}" in page and f"Named {MANY}" in page and f"Better {MANY}" in page
        ),
    ),
    "letter list": (lambda a: reverse("letters:list"), 5, lambda page: f"Letter {MANY}" in page),
}


def count_queries(client, url: str) -> tuple[int, list[str], str]:
    """Queries of one rendering (after a first one, so first-visit work is not counted)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return (
        len(queries),
        [query["sql"] for query in queries.captured_queries],
        response.content.decode(),
    )


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_a_bounded_number_of_queries_whatever_the_data(
    page, user_client, user, resume, sample_document, django_assert_max_num_queries
):
    url_of, cap, lists_the_rows = PAGES[page]
    account = Account(user, resume, sample_document)
    account.grow(1)
    few, _, _ = count_queries(user_client, url_of(account))
    account.grow(MANY)
    many, queries, html = count_queries(user_client, url_of(account))
    assert lists_the_rows(html), f"{page} does not show the rows it was given"
    assert many == few, (
        f"{page}: {few} queries with one of everything, {many} with {MANY + 1}:\n"
        + "\n".join(queries)
    )
    with django_assert_max_num_queries(cap):
        user_client.get(url_of(account))
