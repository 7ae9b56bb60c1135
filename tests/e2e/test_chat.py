"""Journeys with the assistant: a section's chat with a model, and with the offline assistant.

With a model: the live server is pointed at the fake OpenAI-compatible server
(tests/fake_llm.py, real HTTP and SSE) run by this test process, so the test
scripts the reply. The user opens a job's chat from the resume page, sends a
message, watches the reply arrive word by word, applies the proposal it ends
with, sees the section change, and undoes it. Offline (no LLM_MODEL): the
page and the first reply say it is the offline assistant and how to connect a
model, and the advice is about this section's own text.
"""

import json

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import expect

from resumeopt.models import Resume
from resumeopt.resumes import create_resume
from tests.e2e.live_server import serve_live
from tests.e2e.pages import settled, unlabelled_controls
from tests.fake_llm import FakeLLM

PASSWORD = "a-long-password-9"
DUTY = "Responsible for the public REST API used by 300 customers."
OWNED = "Owned the public REST API used by 300 customers."
ADVICE = (
    "Your second bullet describes a duty. Say what you did with the API and what came of it: "
    "owning it is a stronger claim, and the 300 customers are already a good figure."
)


@pytest.fixture(scope="module")
def fake_model():
    server = FakeLLM().start()
    yield server
    server.stop()


@pytest.fixture
def resume(django_user_model, sample_document):
    user = django_user_model.objects.create_user("sam", "sam@example.com")
    # The server runs with the production hashers, not the test settings' fast one.
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    return create_resume(user, "Sam's resume", sample_document)


def _log_in(page, resume) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(resume.owner.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()
    page.goto(resume.get_absolute_url())


class TestWithAModel:
    @pytest.fixture(scope="class")
    @classmethod
    def live_server_url(cls, django_db_setup, django_db_blocker, fake_model):
        """A live server of its own whose LLM_MODEL is the fake model server (no Celery worker)."""
        settings = {"LLM_MODEL": "openai/fake-model", "LLM_API_BASE": fake_model.url}
        with serve_live(settings, worker=False) as url:
            yield url

    def test_chat_streams_a_reply_and_its_proposal_is_applied_and_undone(
        self, page, resume, fake_model
    ):
        proposal = {
            "path": "work/0/highlights/1",
            "original": DUTY,
            "replacement": OWNED,
            "rationale": "Ownership says what you did.",
        }
        reply = f"{ADVICE}\n<proposals>{json.dumps([proposal])}</proposals>"
        fake_model.then(reply=reply, chunk_delay=0.12)
        _log_in(page, resume)

        page.get_by_role(
            "link", name="Ask the assistant about Senior Software Engineer at Brightwave Analytics"
        ).click()
        expect(page.get_by_role("heading", name="Assistant: Work experience")).to_be_visible()
        settled(page)
        expect(page.get_by_text("built-in offline assistant")).to_have_count(0)
        assert unlabelled_controls(page) == []
        preview = page.locator("#section-preview")
        expect(preview).to_contain_text(DUTY)

        page.get_by_label("Your message").fill("How do I make the API bullet stronger?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".message.user")).to_contain_text("How do I make the API bullet")
        expect(page.get_by_label("Your message")).to_have_value("")

        # The reply arrives word by word: part of it shows while the rest is still coming.
        streaming = page.locator(".message.assistant.streaming .message-body")
        expect(streaming).to_contain_text("Your second bullet describes", timeout=15_000)
        assert "already a good figure" not in streaming.inner_text()
        expect(page.get_by_role("button", name="Stop")).to_be_visible()

        done = page.locator(".message.assistant.complete")
        expect(done).to_contain_text("already a good figure.", timeout=20_000)
        expect(done).not_to_contain_text("<proposals>")
        expect(page.get_by_role("button", name="Stop")).to_have_count(0)
        sent = fake_model.requests[-1]["messages"][-1]["content"]
        assert "<user_request>\nHow do I make the API bullet stronger?\n</user_request>" in sent

        card = done.locator(".proposal")
        expect(card).to_contain_text("Proposed")
        expect(card.locator("del")).to_contain_text("Responsible for")
        expect(card.locator("ins")).to_contain_text("Owned")
        card.get_by_role("button", name="Apply", exact=True).click()
        expect(card).to_contain_text("Applied")
        expect(preview).to_contain_text(OWNED)
        resume.refresh_from_db()
        assert resume.content["work"][0]["highlights"][1] == OWNED
        assert resume.history.first().history_change_reason == "AI suggestion"

        card.get_by_role("button", name="Undo").click()
        expect(card).to_contain_text("Undone")
        expect(preview).to_contain_text(DUTY)
        assert Resume.objects.get(pk=resume.pk).content["work"][0]["highlights"][1] == DUTY

        # A reload shows the whole conversation, the decided proposal included.
        page.reload()
        expect(page.locator(".message.assistant.complete")).to_contain_text(
            "already a good figure."
        )
        expect(page.locator(".proposal")).to_contain_text("Undone")


def test_the_offline_assistant_says_what_it_is_and_advises_on_the_section(page, resume):
    _log_in(page, resume)
    page.get_by_role("link", name="Ask the assistant about Alex Morgan").click()
    notice = page.get_by_role("note").filter(has_text="built-in offline assistant")
    expect(notice).to_contain_text("LLM_MODEL")
    settled(page)

    page.get_by_label("Your message").fill("How can I improve my summary?")
    page.get_by_role("button", name="Send").click()
    reply = page.locator(".message.assistant.complete")
    expect(reply).to_contain_text("built-in offline assistant", timeout=20_000)
    expect(reply).to_contain_text("Uses first person")
    expect(reply).to_contain_text("your resume proves several")
    card = reply.locator(".proposal")
    expect(card).to_contain_text("offline rules")
    expect(card.locator("del")).to_contain_text("I am a")
    expect(card).to_contain_text("Backend engineer with 8 years")
