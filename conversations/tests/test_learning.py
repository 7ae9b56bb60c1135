"""What proposals teach the preference model, and what the model changes in the assistant."""

import pytest
from django.urls import reverse

from conversations.models import Conversation, Message, OptimizationRun, Proposal
from optimizer import learning
from optimizer.models import SuggestionEvent
from optimizer.preferences import Candidate

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def conversation(user, resume):
    return Conversation.objects.create(owner=user, resume=resume, section_path="work/0")


def _proposal(
    user,
    resume,
    conversation=None,
    replacement="Owned the public REST API used by 300 customers.",
    **fields,
):
    original = resume.content["work"][0]["highlights"][1]
    return Proposal.objects.create(
        owner=user,
        resume=resume,
        conversation=conversation,
        path="work/0/highlights/1",
        original=original,
        replacement=replacement,
        **fields,
    )


def _reject_longer_edits(user, times=12):
    """A user who turns down every model edit that lengthens the text and takes the others."""
    longer = Candidate(
        "Built it.",
        "Built it with a great many more words than before, as asked.",
        "work",
        "expand",
        source="model",
    )
    shorter = Candidate(
        "Built the thing that we had to build.", "Built it.", "work", "shorten", source="model"
    )
    for number in range(times):
        learning.record_decision(user, SuggestionEvent.Kind.REJECTED, f"x{number}", longer)
        learning.record_decision(user, SuggestionEvent.Kind.APPLIED, f"y{number}", shorter)


def test_applying_a_proposal_is_learned_as_accepted(user_client, user, resume, conversation):
    proposal = _proposal(user, resume, conversation)
    user_client.post(reverse("conversations:apply", args=[proposal.pk]), **HTMX)
    event = SuggestionEvent.objects.get(owner=user, suggestion_key=f"proposal:{proposal.pk}")
    assert event.kind == "applied" and "source:model" in event.features
    assert event.history_id == resume.history.first().history_id


def test_edit_then_apply_is_learned_as_edited(user_client, user, resume, conversation):
    proposal = _proposal(user, resume, conversation)
    user_client.post(
        reverse("conversations:apply", args=[proposal.pk]),
        {"replacement": "Ran the public REST API for 300 customers."},
        **HTMX,
    )
    assert SuggestionEvent.objects.get(owner=user, kind="edited").learned


def test_rejecting_a_proposal_is_learned(user_client, user, resume, conversation):
    proposal = _proposal(user, resume, conversation)
    user_client.post(reverse("conversations:reject", args=[proposal.pk]), **HTMX)
    assert SuggestionEvent.objects.filter(owner=user, kind="rejected").count() == 1
    assert learning.model_for(user).decisions == 1


def test_undoing_a_proposal_soon_after_is_learned_as_a_rejection(
    user_client, user, resume, conversation
):
    proposal = _proposal(user, resume, conversation)
    user_client.post(reverse("conversations:apply", args=[proposal.pk]), **HTMX)
    user_client.post(reverse("conversations:undo", args=[proposal.pk]), **HTMX)
    assert SuggestionEvent.objects.filter(owner=user, kind="undone").count() == 1
    assert learning.model_for(user).evidence["source:model"].rejected == 1


def test_the_model_is_told_the_learned_preferences(user, resume, conversation, fake_llm, settings):
    _reject_longer_edits(user)
    fake_llm.then(reply="Here is a tighter version.")
    Message.objects.create(conversation=conversation, role="user", content="Tighten this")
    reply = Message.objects.create(conversation=conversation, role="assistant", status="streaming")
    from asgiref.sync import async_to_sync

    from conversations import replies

    async_to_sync(replies.generate)(reply.pk)
    turn = fake_llm.requests[-1]["messages"][-1]["content"]
    assert "rejects suggestions that make the text longer (0 of 12 accepted)" in turn


def test_a_run_folds_away_proposals_of_the_kind_the_user_never_takes(user_client, user, resume):
    _reject_longer_edits(user)
    run = OptimizationRun.objects.create(owner=user, resume=resume)
    keep = _proposal(user, resume, run=run, replacement="Owned the REST API.", kind="shorten")
    longer = _proposal(
        user,
        resume,
        run=run,
        kind="expand",
        replacement="Was responsible for the public REST API used by 300 customers, "
        "working closely with product, design and support every week.",
    )
    page = user_client.get(reverse("conversations:run", args=[run.pk])).content.decode()
    folded = page.split("of the kind you usually skip", 1)
    assert len(folded) == 2
    assert f"proposal-{keep.pk}" in folded[0] and f"proposal-{keep.pk}" not in folded[1]
    assert f"proposal-{longer.pk}" in folded[1]
