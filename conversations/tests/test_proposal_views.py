"""The proposal card's buttons, shared by a resume's proposals and a letter's: the same rules
on both (only pending is applied or rejected, only applied is undone, a text changed since
is a 409), each saving through its own document's history."""

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from conversations.models import Proposal
from letters.documents import Reason, create_letter, save_letter
from letters.models import LetterProposal
from resumeopt.resumes import ChangeReason, save_at

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
OPENING = "I am a team player and a fast learner."
BODY = f"Dear hiring team,\n\n{OPENING}\n\nKind regards,\nAlex Morgan"
REPLACEMENT = "I build backend services in Python."


@dataclass
class Card:
    """One proposal behind a card, and how to read and change the text it edits."""

    proposal: Any
    namespace: str
    document: Any

    def post(self, client, action: str, data: dict | None = None, **extra):
        return client.post(
            reverse(f"{self.namespace}:{action}", args=[self.proposal.pk]), data or {}, **extra
        )

    def text(self) -> str:
        self.document.refresh_from_db()
        if self.namespace == "letters":
            return self.document.body
        return self.document.content["work"][0]["highlights"][1]

    def change_underneath(self, user) -> None:
        """Someone edits the proposal's text in another tab before the card is used."""
        if self.namespace == "letters":
            self.document.body = BODY.replace("fast learner", "quick study")
            save_letter(self.document, user=user, reason=Reason.EDIT)
        else:
            save_at(
                self.document,
                self.proposal.path,
                "Ran the API.",
                user=user,
                reason=ChangeReason.EDIT,
                expected=self.proposal.original,
            )

    def fresh(self):
        return type(self.proposal).objects.get(pk=self.proposal.pk)


@pytest.fixture(params=["conversations", "letters"])
def card(request, user, resume) -> Card:
    if request.param == "letters":
        letter = create_letter(user, resume=resume, job=None)
        letter.body = BODY
        save_letter(letter, user=user, reason=Reason.EDIT)
        proposal = LetterProposal.objects.create(
            owner=user, letter=letter, part="opening", original=OPENING, replacement=REPLACEMENT
        )
        return Card(proposal, "letters", letter)
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        path="work/0/highlights/1",
        original=resume.content["work"][0]["highlights"][1],
        replacement=REPLACEMENT,
    )
    return Card(proposal, "conversations", resume)


def _said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_applying_the_users_own_version_saves_it_and_records_the_decision(user_client, card):
    response = card.post(user_client, "apply", {"replacement": "  I ship Django services.  "})
    proposal = card.fresh()
    assert (proposal.status, proposal.applied_value) == ("applied", "I ship Django services.")
    assert proposal.decided_at is not None
    assert "I ship Django services." in card.text()
    assert _said(response) == ["Applied. You can undo it from this card."]
    # The card marks what was applied, not what was proposed.
    inserted = " ".join(text for op, text in proposal.diff() if op == "insert")
    assert "Django" in inserted and "Python" not in inserted


def test_an_empty_version_applies_the_proposal_as_written(user_client, card):
    card.post(user_client, "apply", {"replacement": "   "})
    assert card.fresh().applied_value == REPLACEMENT
    assert REPLACEMENT in card.text()


def test_a_rejected_proposal_is_not_applied_afterwards(user_client, card):
    before = card.text()
    card.post(user_client, "reject", **HTMX)
    response = card.post(user_client, "apply", **HTMX)
    assert response.status_code == 200 and card.fresh().status == "rejected"
    assert card.text() == before
    assert _said(response) == ["This proposal was already dealt with."]


def test_only_an_applied_proposal_is_undone(user_client, card):
    before = card.text()
    response = card.post(user_client, "undo", **HTMX)
    assert response.status_code == 200 and card.fresh().status == "pending"
    assert card.text() == before
    assert _said(response) == ["Only an applied proposal can be undone."]


def test_apply_then_undo_puts_the_original_back(user_client, card):
    original = card.text()
    card.post(user_client, "apply", **HTMX)
    assert REPLACEMENT in card.text()
    response = card.post(user_client, "undo", **HTMX)
    assert card.fresh().status == "undone" and card.text() == original
    assert _said(response) == ["Undone: the original text is back."]


def test_a_text_changed_since_the_proposal_is_a_conflict(user_client, user, card):
    card.change_underneath(user)
    changed = card.text()
    response = card.post(user_client, "apply", **HTMX)
    assert response.status_code == 409
    assert card.fresh().status == "pending" and card.text() == changed


def test_the_buttons_only_answer_posts(user_client, card):
    url = reverse(f"{card.namespace}:apply", args=[card.proposal.pk])
    assert user_client.get(url).status_code == 405
    assert card.fresh().status == "pending"


def test_another_users_proposal_is_not_found(client, other_user, card):
    client.force_login(other_user)
    for action in ("apply", "reject", "undo"):
        assert card.post(client, action).status_code == 404
    assert card.fresh().status == "pending"
