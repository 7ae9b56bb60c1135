"""Preference learning on the site: what is recorded, how the panel changes, the learned page."""

import pytest
from django.urls import reverse

from optimizer import display, learning
from optimizer.models import SuggestionEvent
from optimizer.preferences import MIN_DECISIONS_TO_HIDE
from optimizer.suggestions import suggest

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def _suggestion(resume, kind):
    return next(s for s in suggest(resume.content) if s.kind == kind)


def _teach(user, kind, accepted, times=12):
    """Decisions on made-up suggestions of one kind, as if on another resume."""
    from optimizer.preferences import Candidate

    candidate = Candidate("Wrote the tests.", "Authored the tests.", "work", kind, "", "impact")
    decision = SuggestionEvent.Kind.APPLIED if accepted else SuggestionEvent.Kind.REJECTED
    for number in range(times):
        learning.record_decision(user, decision, f"{kind}-{number}", candidate)


def test_applying_a_suggestion_records_it_with_its_history_record(user_client, user, resume):
    suggestion = _suggestion(resume, "strong_verb")
    user_client.post(
        reverse("optimizer:apply", args=[resume.pk]),
        {"suggestion": display.sign(suggestion, resume.pk)},
        **HTMX,
    )
    event = SuggestionEvent.objects.get(owner=user, kind="applied")
    assert event.suggestion_key == suggestion.id
    assert event.history_id == resume.history.first().history_id
    assert "kind:strong_verb" in event.features


def test_undo_right_after_applying_is_learned_as_a_rejection(user_client, user, resume):
    suggestion = _suggestion(resume, "strong_verb")
    user_client.post(
        reverse("optimizer:apply", args=[resume.pk]),
        {"suggestion": display.sign(suggestion, resume.pk)},
    )
    user_client.post(reverse("versions:undo", args=[resume.pk]))
    undone = SuggestionEvent.objects.get(owner=user, kind="undone")
    assert undone.suggestion_key == suggestion.id
    assert learning.model_for(user).evidence["kind:strong_verb"].rejected == 1


def test_undo_of_a_plain_edit_teaches_nothing(user_client, user, resume):
    from resumeopt.resumes import ChangeReason, save_at

    save_at(resume, "basics/label", "Staff Engineer", user=user, reason=ChangeReason.EDIT)
    user_client.post(reverse("versions:undo", args=[resume.pk]))
    assert not SuggestionEvent.objects.filter(owner=user).exclude(kind="shown").exists()


def test_dismissed_suggestion_leaves_the_panel_and_is_learned(user_client, user, resume):
    suggestion = _suggestion(resume, "strong_verb")
    response = user_client.post(
        reverse("optimizer:dismiss", args=[resume.pk]),
        {"suggestion": display.sign(suggestion, resume.pk)},
        **HTMX,
    )
    assert response.status_code == 200
    signed_values = response.content.decode()
    assert display.sign(suggestion, resume.pk) not in signed_values
    assert SuggestionEvent.objects.filter(
        owner=user, kind="rejected", suggestion_key=suggestion.id
    ).exists()
    assert learning.model_for(user).decisions == 1


def test_panel_records_what_it_shows(user_client, user, resume):
    user_client.get(reverse("optimizer:panel", args=[resume.pk]), **HTMX)
    shown = SuggestionEvent.objects.filter(owner=user, kind="shown").count()
    assert shown == len(suggest(resume.content))
    user_client.get(reverse("optimizer:panel", args=[resume.pk]), **HTMX)
    assert SuggestionEvent.objects.filter(owner=user, kind="shown").count() == shown


def test_panel_folds_away_the_kind_of_suggestion_the_user_never_takes(user_client, user, resume):
    _teach(user, "strong_verb", accepted=False)
    assert learning.model_for(user).decisions >= MIN_DECISIONS_TO_HIDE
    page = user_client.get(reverse("optimizer:panel", args=[resume.pk]), **HTMX).content.decode()
    assert "you usually skip" in page
    skipped = page.split("you usually skip", 1)[1]
    strong_verb = _suggestion(resume, "strong_verb")
    assert strong_verb.replacement in skipped
    learning.set_enabled(user, False)
    page = user_client.get(reverse("optimizer:panel", args=[resume.pk]), **HTMX).content.decode()
    assert "you usually skip" not in page


def test_learned_page_states_preferences_with_their_evidence(user_client, user, other_user):
    _teach(user, "remove_pronoun", accepted=True, times=5)
    _teach(other_user, "strong_verb", accepted=False, times=9)
    page = user_client.get(reverse("optimizer:learned")).content.decode()
    assert "Usually accepts suggestions about removing first-person pronouns" in page
    assert "5 of 5 accepted" in page
    assert "stronger verb" not in page, "another user's decisions never show"


def test_learned_page_turns_personalisation_off_and_on(user_client, user):
    user_client.post(reverse("optimizer:learned"), {"action": "off"})
    assert learning.model_for(user) is None
    assert (
        "Personalisation is off" in user_client.get(reverse("optimizer:learned")).content.decode()
    )
    user_client.post(reverse("optimizer:learned"), {"action": "on"})
    assert learning.model_for(user) is not None


def test_learned_page_reset_forgets_everything(user_client, user):
    _teach(user, "remove_pronoun", accepted=True, times=5)
    response = user_client.post(reverse("optimizer:learned"), {"action": "reset"})
    assert response.status_code == 302
    assert learning.model_for(user).decisions == 0
    assert not SuggestionEvent.objects.filter(owner=user).exists()


def test_learned_page_ignores_an_unknown_action(user_client, user):
    _teach(user, "remove_pronoun", accepted=True, times=5)
    response = user_client.post(reverse("optimizer:learned"), {"action": "delete"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("optimizer:learned")
    assert "Forgotten" not in response.content.decode()
    assert learning.model_for(user).decisions == 5


def test_learned_page_needs_login(client):
    response = client.get(reverse("optimizer:learned"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
