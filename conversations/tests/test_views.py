"""Chat pages, proposals over HTTP, whole-resume optimization runs, and access."""

import json

import pytest
from django.urls import reverse

from conversations.models import Conversation, Message, OptimizationRun, Proposal

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def conversation(user, resume):
    return Conversation.objects.create(owner=user, resume=resume, section_path="work/0")


@pytest.fixture
def other_conversation(other_user, other_resume):
    return Conversation.objects.create(owner=other_user, resume=other_resume, section_path="work/0")


def _proposal(owner, resume, conversation=None, **fields):
    original = resume.content["work"][0]["highlights"][1]
    return Proposal.objects.create(
        owner=owner,
        resume=resume,
        conversation=conversation,
        path="work/0/highlights/1",
        original=original,
        replacement="Owned the public REST API used by 300 customers.",
        **fields,
    )


@pytest.fixture
def other_proposal(other_user, other_resume):
    return _proposal(other_user, other_resume)


def test_chat_page_opens_the_sections_conversation_and_says_it_is_offline(
    user_client, resume, settings
):
    settings.LLM_MODEL = ""
    page = user_client.get(
        reverse("conversations:chat", args=[resume.pk, "work/0"])
    ).content.decode()
    conversation = Conversation.objects.get(resume=resume, section_path="work/0")
    assert f'ws-connect="/ws/chat/{conversation.pk}/"' in page
    assert "built-in offline assistant" in page and "LLM_MODEL" in page
    assert "Responsible for the public REST API" in page
    user_client.get(reverse("conversations:chat", args=[resume.pk, "basics"]))
    assert Conversation.objects.filter(resume=resume).count() == 2


def test_other_users_resume_and_unknown_sections_are_404(user_client, other_resume, resume):
    assert (
        user_client.get(reverse("conversations:chat", args=[other_resume.pk, "work/0"])).status_code
        == 404
    )
    assert (
        user_client.get(reverse("conversations:chat", args=[resume.pk, "work/9"])).status_code
        == 404
    )


@pytest.mark.parametrize(
    ("name", "method", "kind"),
    [
        ("conversations:send", "post", "conversation"),
        ("conversations:target", "post", "conversation"),
        ("conversations:apply", "post", "proposal"),
        ("conversations:reject", "post", "proposal"),
        ("conversations:undo", "post", "proposal"),
        ("conversations:api_messages", "get", "conversation"),
        ("conversations:api_proposals", "get", "conversation"),
        ("conversations:api_apply", "post", "proposal"),
        ("conversations:api_reject", "post", "proposal"),
    ],
)
def test_other_users_objects_are_404(
    user_client, other_conversation, other_proposal, name, method, kind
):
    target = other_conversation if kind == "conversation" else other_proposal
    assert getattr(user_client, method)(reverse(name, args=[target.pk])).status_code == 404
    other_proposal.refresh_from_db()
    assert other_proposal.status == "pending"


@pytest.mark.parametrize("name", ["conversations:chat", "conversations:optimize"])
def test_anonymous_is_sent_to_login(client, resume, name):
    args = [resume.pk, "work/0"] if name == "conversations:chat" else [resume.pk]
    assert client.get(reverse(name, args=args))["Location"].startswith(reverse("login"))


def test_other_users_run_is_404(user_client, other_user, other_resume):
    run = OptimizationRun.objects.create(owner=other_user, resume=other_resume)
    assert user_client.get(reverse("conversations:run", args=[run.pk])).status_code == 404


def test_sending_without_javascript_waits_for_the_whole_reply(user_client, conversation, fake_llm):
    fake_llm.then(reply="Say what you achieved.")
    response = user_client.post(
        reverse("conversations:send", args=[conversation.pk]), {"message": "Help"}
    )
    assert response["Location"] == conversation.get_absolute_url()
    answer = conversation.messages.get(role="assistant")
    assert (answer.status, answer.content) == ("complete", "Say what you achieved.")
    assert (
        "Say what you achieved."
        in user_client.get(conversation.get_absolute_url()).content.decode()
    )


def test_apply_saves_as_ai_suggestion_updates_the_preview_and_can_be_undone(
    user_client, user, resume, conversation
):
    proposal = _proposal(user, resume, conversation)
    response = user_client.post(reverse("conversations:apply", args=[proposal.pk]), **HTMX)
    page = response.content.decode()
    assert (
        'class="proposal applied"' in page
        and 'id="section-preview" class="card"' in page
        and "Owned the public REST API" in page
    )
    resume.refresh_from_db()
    assert resume.history.first().history_change_reason == "AI suggestion"
    user_client.post(reverse("conversations:undo", args=[proposal.pk]), **HTMX)
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][1] == proposal.original


def test_edit_then_apply_saves_the_users_version(user_client, user, resume, conversation):
    proposal = _proposal(user, resume, conversation)
    user_client.post(
        reverse("conversations:apply", args=[proposal.pk]),
        {"replacement": "Ran the public API for 300 customers."},
        **HTMX,
    )
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][1] == "Ran the public API for 300 customers."
    proposal.refresh_from_db()
    assert proposal.applied_value == "Ran the public API for 300 customers."


def test_a_proposal_whose_original_changed_is_refused_clearly(
    user_client, user, resume, conversation
):
    from resumeopt.resumes import ChangeReason, save_at

    proposal = _proposal(user, resume, conversation)
    save_at(
        resume, "work/0/highlights/1", "I rewrote it myself.", user=user, reason=ChangeReason.EDIT
    )
    response = user_client.post(reverse("conversations:apply", args=[proposal.pk]), **HTMX)
    assert response.status_code == 409 and "changed since the suggestion" in response["HX-Trigger"]
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_reject(user_client, user, resume, conversation):
    proposal = _proposal(user, resume, conversation)
    user_client.post(reverse("conversations:reject", args=[proposal.pk]), **HTMX)
    proposal.refresh_from_db()
    assert proposal.status == "rejected"


def test_target_job_of_the_conversation(user_client, user, conversation):
    from jobs.models import JobDescription

    job = JobDescription.objects.create(owner=user, title="Engineer", source_text="We need Python.")
    user_client.post(
        reverse("conversations:target", args=[conversation.pk]), {"target_job": job.pk}
    )
    conversation.refresh_from_db()
    assert conversation.target_job == job


def test_whole_resume_optimization_collects_proposals_and_applies_nothing(
    user_client, user, resume, settings, django_capture_on_commit_callbacks
):
    settings.LLM_MODEL = ""
    before = resume.content
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(reverse("conversations:optimize", args=[resume.pk]), {})
    run = OptimizationRun.objects.get(resume=resume)
    assert response["Location"] == run.get_absolute_url()
    run.job.refresh_from_db()
    assert run.job.status == "succeeded" and run.proposals.count() >= 8
    resume.refresh_from_db()
    assert resume.content == before
    page = user_client.get(run.get_absolute_url()).content.decode()
    assert "Review" in page and "Responsible for" in page


def test_optimization_with_a_model_parses_each_sections_proposals(user, resume, fake_llm):
    from conversations.optimization import optimize_sections

    original = resume.content["work"][0]["highlights"][1]
    reply = (
        f'Done. <proposals>[{{"path": "work/0/highlights/1", "original": "{original}", '
        '"replacement": "Owned the public REST API."}]</proposals>'
    )
    fake_llm.default_reply = reply
    run = OptimizationRun.objects.create(owner=user, resume=resume)
    assert optimize_sections(run).proposals == 1
    assert run.proposals.get().source == "model"
    assert resume.content["work"][0]["highlights"][1] == original  # proposed, not applied


def test_optimization_skips_a_section_the_model_fails_on_and_names_it(
    user, resume, fake_llm, settings
):
    from conversations.optimization import optimize_sections

    settings.LLM_MAX_RETRIES = 0
    fake_llm.then(status=500)  # the first section, basics
    run = OptimizationRun.objects.create(owner=user, resume=resume)
    outcome = optimize_sections(run)
    assert outcome.skipped == ["Contact and summary"]
    assert "model provider had an error" in outcome.problem
    assert len(fake_llm.requests) > 1  # it went on with the other sections


def test_optimization_stops_at_once_when_no_section_can_succeed(user, resume, fake_llm):
    from conversations.optimization import optimize_sections
    from resumeopt.llm import LLMError

    fake_llm.then(status=401)
    run = OptimizationRun.objects.create(owner=user, resume=resume)
    with pytest.raises(LLMError, match="refused the API key"):
        optimize_sections(run)
    assert len(fake_llm.requests) == 1


def test_optimization_stops_when_the_users_hourly_allowance_runs_out(
    user, resume, fake_llm, settings
):
    from conversations.optimization import optimize_sections
    from resumeopt.llm import LLMError

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "llm": (2, 3600)}
    run = OptimizationRun.objects.create(owner=user, resume=resume)
    with pytest.raises(LLMError, match="used this hour's 2 requests"):
        optimize_sections(run)
    assert len(fake_llm.requests) == 2  # not one call, or one skipped section, per section left


def test_message_markdown_is_sanitised(user_client, user, conversation):
    Message.objects.create(
        conversation=conversation,
        role="assistant",
        content="**Bold** <script>alert(1)</script> [x](javascript:alert(2))",
    )
    page = user_client.get(conversation.get_absolute_url()).content.decode()
    assert "<strong>Bold</strong>" in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)" in page
    assert 'href="javascript:' not in page


def test_links_and_images_in_a_reply_show_as_plain_text(user_client, user, conversation):
    """A job posting can steer a model into a link that lures a click or carries data away."""
    Message.objects.create(
        conversation=conversation,
        role="assistant",
        content="[your resume](https://evil.example/?cv=1) <https://evil.example/a> "
        "![x](https://evil.example/p.png)\n\n[ref]: https://evil.example/r",
    )
    page = user_client.get(conversation.get_absolute_url()).content.decode()
    body = page.split('class="message assistant')[1].split("</article>")[0]
    assert "<a " not in body and "<img" not in body
    assert "https://evil.example/?cv=1" in body and "https://evil.example/r" in body


def _job_lacking(user, skills="Rust, Kafka and Terraform"):
    from jobs.extraction import extract_requirements
    from jobs.models import JobDescription

    text = f"Platform Engineer\nRequirements\n- 5+ years with {skills}.\n- Python.\n"
    return JobDescription.objects.create(
        owner=user,
        title="Platform Engineer",
        source_text=text,
        requirements=extract_requirements(text).to_dict(),
    )


def test_a_run_for_a_job_lists_what_the_job_asks_that_rewrites_cannot_supply(
    user_client, user, resume, settings
):
    from conversations.optimization import optimize_sections

    settings.LLM_MODEL = ""
    run = OptimizationRun.objects.create(owner=user, resume=resume, target_job=_job_lacking(user))
    optimize_sections(run)
    page = user_client.get(run.get_absolute_url()).content.decode()
    advice = page.split("What Platform Engineer asks for")[1]
    assert "Rust" in advice and "Kafka" in advice
    assert "every section passes" not in page
    assert not any("Rust" in p.replacement or "Kafka" in p.replacement for p in run.proposals.all())


def test_the_model_is_given_the_matchs_recommendations_for_each_section(user, resume, fake_llm):
    from conversations.optimization import optimize_sections

    run = OptimizationRun.objects.create(owner=user, resume=resume, target_job=_job_lacking(user))
    optimize_sections(run)
    asked = [json.dumps(request["messages"]) for request in fake_llm.requests]
    assert any("match page recommends" in text and "Rust" in text for text in asked)
    assert all("do not write it in" in text for text in asked if "match page recommends" in text)


def test_a_reply_too_long_for_the_model_offers_to_start_afresh_and_that_works(
    user_client, user, conversation, fake_llm
):
    fake_llm.then(
        status=400,
        code="context_length_exceeded",
        message=(
            "This model's maximum context length is 8192 tokens. However, your messages resulted "
            "in 9100 tokens."
        ),
    )
    user_client.post(
        reverse("conversations:send", args=[conversation.pk]),
        {"message": "Quintessential first question"},
    )
    page = user_client.get(conversation.get_absolute_url()).content.decode()
    assert "too long for the model" in page and "Start this conversation afresh" in page

    response = user_client.post(reverse("conversations:afresh", args=[conversation.pk]))
    fresh = Conversation.objects.get(owner=user, section_path="work/0", archived_at__isnull=True)
    assert fresh.pk != conversation.pk and response["Location"] == fresh.get_absolute_url()
    assert not fresh.messages.exists()

    # The fresh conversation answers; the model is sent none of the archived messages.
    fake_llm.then(reply="Lead with the result.")
    user_client.post(reverse("conversations:send", args=[fresh.pk]), {"message": "Again"})
    sent = json.dumps(fake_llm.requests[-1]["messages"])
    assert "Again" in sent and "Quintessential" not in sent

    # The old one is kept, linked from the new page, read-only, and refuses new questions.
    page = user_client.get(fresh.get_absolute_url()).content.decode()
    archived_url = reverse("conversations:archived", args=[conversation.pk])
    assert archived_url in page
    old = user_client.get(archived_url).content.decode()
    assert (
        "was archived" in old
        and 'id="chat-form"' not in old
        and "Quintessential first question" in old
    )
    user_client.post(reverse("conversations:send", args=[conversation.pk]), {"message": "More"})
    assert not conversation.messages.filter(content="More").exists()


def test_the_open_conversation_has_no_archived_page(user_client, conversation):
    response = user_client.get(reverse("conversations:archived", args=[conversation.pk]))
    assert response["Location"] == conversation.get_absolute_url()
