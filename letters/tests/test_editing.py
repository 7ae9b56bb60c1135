"""Editing one part of a letter: the offline rules, proposal cards, apply, undo, conflicts."""

import pytest
from django.urls import reverse

from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from letters.documents import Reason, create_letter, save_letter
from letters.editing import offline_edit
from letters.models import LetterProposal
from letters.parts import Part, letter_parts

pytestmark = pytest.mark.django_db(transaction=True)

POSTING = (
    "Backend Engineer at Quillfeather\nRequirements\n- Python, Django and PostgreSQL.\n- Rust."
)
BODY = (
    "Dear Quillfeather hiring team,\n\n"
    "I am a team player and a fast learner. I build backend services in Python.\n\n"
    "You ask for Django. I have shipped it.\n\n"
    "Thank you for reading. I would like to talk.\n\n"
    "Kind regards,\nAlex Morgan"
)


@pytest.fixture
def letter(user, resume):
    job = JobDescription.objects.create(
        owner=user,
        title="Backend Engineer",
        company="Quillfeather",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )
    letter = create_letter(user, resume=resume, job=job)
    letter.body = BODY
    return save_letter(letter, user=user, reason=Reason.EDIT)


def test_a_letter_reads_as_greeting_opening_evidence_closing_sign_off():
    keys = [part.key for part in letter_parts(BODY)]
    assert keys == ["greeting", "opening", "evidence-1", "closing", "sign-off"]


def test_offline_rules_cut_cliches_and_name_the_role_without_adding_facts():
    opening = letter_parts(BODY)[1]
    reply, edit = offline_edit(opening, company="Quillfeather", title="Backend Engineer")
    assert "team player" in reply and edit is not None
    assert "team player" not in edit.replacement and "fast learner" not in edit.replacement
    assert edit.replacement.startswith(
        "I am applying for the Backend Engineer role at Quillfeather."
    )
    assert "I build backend services in Python." in edit.replacement


def test_offline_rules_shorten_a_long_part_to_whole_sentences():
    long = Part(
        "evidence-1",
        "Evidence paragraph 1",
        " ".join(["I wrote tests for the billing service."] * 30),
    )
    _, edit = offline_edit(long)
    assert edit is not None and len(edit.replacement.split()) <= 120
    assert edit.replacement.endswith("service.")


def test_offline_rules_say_so_when_they_have_nothing_to_change():
    part = Part("evidence-1", "Evidence paragraph 1", "You ask for Django. I have shipped it.")
    reply, edit = offline_edit(part)
    assert edit is None and "nothing to change" in reply and "LLM_MODEL" in reply


def test_asking_offline_proposes_applies_and_undoes_as_history(user_client, letter):
    page = user_client.get(letter.get_absolute_url()).content.decode()
    assert "built-in offline engine" in page and 'value="opening"' in page
    user_client.post(reverse("letters:ask", args=[letter.pk]), {"part": "opening", "request": ""})
    proposal = LetterProposal.objects.get(letter=letter)
    assert proposal.source == "rules" and proposal.status == "pending"
    page = user_client.get(letter.get_absolute_url()).content.decode()
    assert reverse("letters:apply", args=[proposal.pk]) in page and "offline rules" in page

    card = user_client.post(reverse("letters:apply", args=[proposal.pk]), HTTP_HX_REQUEST="true")
    assert (
        card.status_code == 200
        and reverse("letters:undo", args=[proposal.pk]) in card.content.decode()
    )
    assert 'id="id_body"' in card.content.decode()  # the editor shows the new text
    letter.refresh_from_db()
    assert "team player" not in letter.body and "Quillfeather" in letter.body
    assert letter.history.latest().history_change_reason == "assistant edit"

    user_client.post(reverse("letters:undo", args=[proposal.pk]), HTTP_HX_REQUEST="true")
    letter.refresh_from_db()
    assert letter.body == BODY
    assert letter.history.latest().history_change_reason == "undo"
    assert LetterProposal.objects.get(pk=proposal.pk).status == "undone"


def test_edit_then_apply_saves_the_users_version(user_client, letter):
    user_client.post(reverse("letters:ask", args=[letter.pk]), {"part": "opening"})
    proposal = LetterProposal.objects.get(letter=letter)
    user_client.post(
        reverse("letters:apply", args=[proposal.pk]), {"replacement": "My own opening."}
    )
    letter.refresh_from_db()
    assert "My own opening." in letter.body and "team player" not in letter.body


def test_a_proposal_for_a_paragraph_edited_since_is_a_conflict(user_client, user, letter):
    user_client.post(reverse("letters:ask", args=[letter.pk]), {"part": "opening"})
    proposal = LetterProposal.objects.get(letter=letter)
    letter.body = BODY.replace("fast learner", "quick study")
    save_letter(letter, user=user, reason=Reason.EDIT)
    response = user_client.post(
        reverse("letters:apply", args=[proposal.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 409
    letter.refresh_from_db()
    assert "quick study" in letter.body
    assert LetterProposal.objects.get(pk=proposal.pk).status == "pending"


def test_rejecting_leaves_the_letter_alone(user_client, letter):
    user_client.post(reverse("letters:ask", args=[letter.pk]), {"part": "opening"})
    proposal = LetterProposal.objects.get(letter=letter)
    user_client.post(reverse("letters:reject", args=[proposal.pk]))
    letter.refresh_from_db()
    assert letter.body == BODY and LetterProposal.objects.get(pk=proposal.pk).status == "rejected"
