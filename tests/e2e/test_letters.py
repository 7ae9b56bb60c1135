"""Journeys with the letter assistant: a model draft streamed into the page, an edit of the
opening through a proposal card, applied, undone, and the letter exported; and offline, the
page says it is the offline engine and its edits come from rules.
"""

from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import expect

from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from letters.documents import create_letter
from letters.models import Letter
from letters.parts import part_named
from resumeopt.resumes import create_resume
from tests.e2e.live_server import serve_live
from tests.e2e.pages import settled, unlabelled_controls
from tests.fake_llm import FakeLLM

PASSWORD = "a-long-password-7"
POSTING = (
    "Backend Engineer at Quillfeather\nRequirements\n- Python, Django and PostgreSQL.\n- Rust."
)
DRAFT = (
    "Dear Quillfeather hiring team,\n\n"
    "I am applying for the Backend Engineer role at Quillfeather. I build backend services with "
    "Python and Django.\n\n"
    "I also led forty engineers at Vexmoor Labs.\n\n"
    "I would welcome a conversation about the role.\n\n"
    "Kind regards,\nAlex Morgan"
)
OPENING = (
    "I am applying for the Backend Engineer role at Quillfeather, where my Python and Django "
    "work fits."
)


@pytest.fixture(scope="module")
def fake_model():
    server = FakeLLM().start()
    yield server
    server.stop()


@pytest.fixture
def letter(django_user_model, sample_document):
    user = django_user_model.objects.create_user("lee", "lee@example.com")
    hasher = PBKDF2PasswordHasher()  # the server runs with the production hashers
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    resume = create_resume(user, "Lee's resume", sample_document)
    job = JobDescription.objects.create(
        owner=user,
        title="Backend Engineer",
        company="Quillfeather",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )
    return create_letter(user, resume=resume, job=job)


def _open(page, letter) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(letter.owner.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()
    page.goto(letter.get_absolute_url())
    settled(page)


class TestWithAModel:
    @pytest.fixture(scope="class")
    @classmethod
    def live_server_url(cls, django_db_setup, django_db_blocker, fake_model):
        settings = {"LLM_MODEL": "openai/fake-model", "LLM_API_BASE": fake_model.url}
        with serve_live(settings, worker=False) as url:
            yield url

    def test_draft_stream_edit_the_opening_apply_undo_and_export(self, page, letter, fake_model):
        fake_model.then(reply=DRAFT, chunk_delay=0.1)
        _open(page, letter)
        expect(page.get_by_test_id("offline-engine")).to_have_count(0)
        assert unlabelled_controls(page) == []

        page.get_by_role("button", name="Draft with the model").click()
        streaming = page.locator("#letter-runs .message-body.streaming")
        expect(streaming).to_contain_text("Dear Quillfeather", timeout=15_000)
        assert "welcome a conversation" not in streaming.inner_text()  # still arriving
        expect(page.get_by_role("button", name="Stop")).to_be_visible()
        expect(page.get_by_test_id("draft-done")).to_contain_text(
            "1 sentence it wrote was left out", timeout=20_000
        )
        body = page.get_by_label("Letter")
        expect(body).to_have_value(
            DRAFT.replace("\n\nI also led forty engineers at Vexmoor Labs.", "")
        )
        expect(page.locator("#letter-history")).to_contain_text("model draft")

        fake_model.then(reply=OPENING)
        page.get_by_label("Ask about").select_option(label="Opening")
        page.get_by_label("What should change?").fill("Tie it to my Python work")
        page.get_by_role("button", name="Ask for an edit").click()
        card = page.locator("#letter-runs .proposal")
        expect(card).to_contain_text("Proposed", timeout=20_000)
        expect(card.locator("ins").last).to_contain_text("work fits")
        card.get_by_role("button", name="Apply", exact=True).click()
        expect(card).to_contain_text("Applied")
        expect(body).to_have_value(
            DRAFT.replace("\n\nI also led forty engineers at Vexmoor Labs.", "").replace(
                "I am applying for the Backend Engineer role at Quillfeather. I build "
                "backend services with Python and Django.",
                OPENING,
            )
        )
        assert OPENING in Letter.objects.get(pk=letter.pk).body

        card.get_by_role("button", name="Undo").click()
        expect(card).to_contain_text("Undone")
        expect(body).not_to_have_value(OPENING)
        saved = Letter.objects.get(pk=letter.pk)
        assert OPENING not in saved.body and "I build backend services" in saved.body
        expect(page.locator("#letter-history")).to_contain_text("undo")

        with page.expect_download() as download:
            page.get_by_role("link", name="Markdown").click()
        text = Path(download.value.path()).read_text(encoding="utf-8")
        assert "I build backend services with Python and Django." in text and "Vexmoor" not in text


def test_offline_the_page_says_so_and_edits_come_from_rules(page, letter):
    letter.body = letter.body.replace("I am applying", "I am a team player. I am applying", 1)
    letter.save()
    _open(page, letter)
    expect(page.get_by_test_id("offline-engine")).to_contain_text("built-in offline engine")
    expect(page.get_by_role("button", name="Draft with the model")).to_have_count(0)
    page.get_by_label("Ask about").select_option(label="Opening")
    page.get_by_role("button", name="Ask for an edit").click()
    run = page.locator("#letter-runs .message.complete")
    expect(run).to_contain_text("Offline rules for the opening", timeout=20_000)
    card = run.locator(".proposal")
    expect(card).to_contain_text("offline rules")
    expect(card.locator("del").first).to_contain_text("team player")
    card.get_by_role("button", name="Apply", exact=True).click()
    expect(card).to_contain_text("Applied")
    opening = part_named(Letter.objects.get(pk=letter.pk).body, "opening")
    assert "team player" not in opening.text and opening.text.startswith("I am applying")
