"""Recording decisions on suggestions and keeping
each user's model: update, undo, opt-out, reset."""

from datetime import timedelta

import pytest
from django.utils import timezone

from optimizer import learning
from optimizer.models import LearnedPreferences, SuggestionEvent
from optimizer.preferences import Candidate

pytestmark = pytest.mark.django_db

LONGER = Candidate(
    "Built the reporting pipeline.",
    "Built the reporting pipeline with Python, Celery and Redis for the sales team in three "
    "regions.",
    "work",
    "expand",
    "",
    "impact",
    "model",
)
FIGURE = Candidate(
    "Built the reporting pipeline.",
    "Built the reporting pipeline for 40 analysts.",
    "work",
    "quantify",
)


def test_a_decision_is_stored_and_updates_the_users_model(user):
    learning.record_decision(user, SuggestionEvent.Kind.REJECTED, "p1", LONGER)
    event = SuggestionEvent.objects.get(owner=user)
    assert event.kind == "rejected" and event.learned
    assert "length:longer" in event.features
    model = learning.model_for(user)
    assert model.decisions == 1
    assert model.predict(event.features) < 0.5


def test_each_users_model_is_their_own(user, other_user):
    for _ in range(5):
        learning.record_decision(user, SuggestionEvent.Kind.REJECTED, "p1", LONGER)
    assert learning.model_for(other_user).decisions == 0
    assert not SuggestionEvent.objects.filter(owner=other_user).exists()


def test_shown_is_recorded_once_per_suggestion_and_teaches_nothing(user):
    learning.record_shown(user, [("s1", FIGURE), ("s2", LONGER)])
    learning.record_shown(user, [("s1", FIGURE)])
    assert SuggestionEvent.objects.filter(owner=user, kind="shown").count() == 2
    assert learning.model_for(user).decisions == 0


def test_undo_soon_after_applying_counts_as_a_rejection(user):
    learning.record_decision(user, SuggestionEvent.Kind.APPLIED, "s1", FIGURE, history_id=41)
    undone = learning.record_undo(user, 41)
    assert undone is not None and undone.kind == "undone"
    model = learning.model_for(user)
    assert model.decisions == 2
    assert model.evidence["numbers:adds"].rejected == 1
    assert learning.record_undo(user, 41) is None, "the same undo is not counted twice"


def test_undo_long_after_applying_teaches_nothing(user):
    event = learning.record_decision(user, SuggestionEvent.Kind.APPLIED, "s1", FIGURE, history_id=7)
    SuggestionEvent.objects.filter(pk=event.pk).update(
        created_at=timezone.now() - timedelta(hours=2)
    )
    assert learning.record_undo(user, 7) is None
    assert learning.model_for(user).decisions == 1


def test_undo_of_a_change_that_was_no_suggestion_teaches_nothing(user):
    assert learning.record_undo(user, 12345) is None
    assert not SuggestionEvent.objects.filter(owner=user).exists()


def test_turning_personalisation_off_keeps_order_and_stops_learning(user):
    for _ in range(10):
        learning.record_decision(user, SuggestionEvent.Kind.REJECTED, "p", LONGER)
    learning.set_enabled(user, False)
    assert learning.model_for(user) is None
    ranked = learning.rank(learning.model_for(user), [LONGER, FIGURE], lambda c: c)
    assert ranked.visible == [LONGER, FIGURE] and ranked.hidden == []
    event = learning.record_decision(user, SuggestionEvent.Kind.APPLIED, "s", FIGURE)
    assert not event.learned
    learning.set_enabled(user, True)
    assert learning.model_for(user).decisions == 10


def test_rank_leads_with_what_the_user_takes_and_hides_what_they_never_do(user):
    for _ in range(10):
        learning.record_decision(user, SuggestionEvent.Kind.REJECTED, "p", LONGER)
        learning.record_decision(user, SuggestionEvent.Kind.APPLIED, "s", FIGURE)
    ranked = learning.rank(learning.model_for(user), [LONGER, FIGURE], lambda c: c)
    assert ranked.visible == [FIGURE]
    assert ranked.hidden == [LONGER]
    assert ranked.probability(FIGURE) > 0.8


def test_reset_forgets_the_model_and_the_decisions(user):
    for _ in range(4):
        learning.record_decision(user, SuggestionEvent.Kind.APPLIED, "s", FIGURE)
    learning.reset(user)
    assert learning.model_for(user).decisions == 0
    assert not SuggestionEvent.objects.filter(owner=user).exists()
    assert LearnedPreferences.objects.get(owner=user).enabled


def test_deleting_the_account_deletes_what_was_learned(user):
    learning.record_decision(user, SuggestionEvent.Kind.APPLIED, "s", FIGURE)
    user.delete()
    assert not SuggestionEvent.objects.exists()
    assert not LearnedPreferences.objects.exists()


def test_prompt_summary_states_what_was_learned(user):
    assert learning.prompt_summary(user) == ""
    for _ in range(6):
        learning.record_decision(user, SuggestionEvent.Kind.REJECTED, "p", LONGER)
    assert (
        "rejects suggestions that make the text longer (0 of 6 accepted)"
        in learning.prompt_summary(user)
    )
    learning.set_enabled(user, False)
    assert learning.prompt_summary(user) == ""
