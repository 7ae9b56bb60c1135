"""Record what users do with suggestions and keep each user's preference model up to date.

Views, consumers and tasks call these functions; the model itself is plain
Python in optimizer/preferences.py. Every decision (applied, edited then
applied, rejected, undone soon after applying) updates the user's model at
once, inside a row lock so two decisions at the same moment both count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from django.db import transaction
from django.utils import timezone

from optimizer.models import LearnedPreferences, SuggestionEvent
from optimizer.preferences import Candidate, PreferenceModel, features_of, length_change

T = TypeVar("T")

# An apply undone within this long was a mistake to learn from, not a change of mind later.
UNDO_WINDOW = timedelta(minutes=15)
DECISIONS = {
    SuggestionEvent.Kind.APPLIED: True,
    SuggestionEvent.Kind.EDITED: True,
    SuggestionEvent.Kind.REJECTED: False,
    SuggestionEvent.Kind.UNDONE: False,
}


def candidate_of_suggestion(suggestion) -> Candidate:
    """An optimizer.suggestions.Suggestion, as the model sees it."""
    return Candidate(
        suggestion.original,
        suggestion.replacement,
        suggestion.section,
        suggestion.kind,
        suggestion.check,
        suggestion.category,
        suggestion.source,
    )


def candidate_of_proposal(proposal) -> Candidate:
    """A conversations Proposal, as the model sees it."""
    return Candidate(
        proposal.original,
        proposal.replacement,
        proposal.path.split("/")[0],
        proposal.kind or "rewrite",
        "",
        "",
        proposal.source or "model",
    )


def _words(value: Any) -> int:
    return max(0, length_change("", value))


def preferences_of(user) -> LearnedPreferences:
    row, _ = LearnedPreferences.objects.get_or_create(owner=user)
    return row


def model_for(user) -> PreferenceModel | None:
    """The user's model, or None when they turned personalisation off."""
    row = LearnedPreferences.objects.filter(owner=user).first()
    if row is None:
        return PreferenceModel()
    return PreferenceModel.from_dict(row.state) if row.enabled else None


def record_shown(user, candidates: Iterable[tuple[str, Candidate]], resume=None) -> None:
    """Note that these suggestions were shown (once each, however often the page reloads)."""
    events = [
        SuggestionEvent(
            owner=user,
            resume=resume,
            kind=SuggestionEvent.Kind.SHOWN,
            suggestion_key=key[:64],
            source=candidate.source,
            features=features_of(candidate),
            length=_words(candidate.replacement),
        )
        for key, candidate in candidates
    ]
    if events:
        SuggestionEvent.objects.bulk_create(events, ignore_conflicts=True)


def record_decision(
    user, kind: str, key: str, candidate: Candidate, *, resume=None, history_id: int | None = None
) -> SuggestionEvent:
    """Store one decision and, unless personalisation is off, learn from it."""
    features = features_of(candidate)
    length = _words(candidate.replacement)
    with transaction.atomic():
        row, _ = LearnedPreferences.objects.get_or_create(owner=user)
        row = LearnedPreferences.objects.select_for_update().get(pk=row.pk)
        event = SuggestionEvent.objects.create(
            owner=user,
            resume=resume,
            kind=kind,
            suggestion_key=key[:64],
            source=candidate.source,
            features=features,
            length=length,
            history_id=history_id,
            learned=row.enabled,
        )
        if row.enabled:
            model = PreferenceModel.from_dict(row.state)
            model.update(features, DECISIONS[kind], length=length)
            row.state = model.to_dict()
            row.save(update_fields=["state", "updated_at"])
    return event


def record_undo(user, history_id: int) -> SuggestionEvent | None:
    """If the change just undone was an applied suggestion, count it as rejected after all."""
    applied = (
        SuggestionEvent.objects.filter(
            owner=user,
            history_id=history_id,
            kind__in=[SuggestionEvent.Kind.APPLIED, SuggestionEvent.Kind.EDITED],
            created_at__gte=timezone.now() - UNDO_WINDOW,
        )
        .order_by("-created_at")
        .first()
    )
    if applied is None:
        return None
    if SuggestionEvent.objects.filter(
        owner=user, kind=SuggestionEvent.Kind.UNDONE, history_id=history_id
    ).exists():
        return None
    with transaction.atomic():
        row, _ = LearnedPreferences.objects.get_or_create(owner=user)
        row = LearnedPreferences.objects.select_for_update().get(pk=row.pk)
        event = SuggestionEvent.objects.create(
            owner=user,
            resume=applied.resume,
            kind=SuggestionEvent.Kind.UNDONE,
            suggestion_key=applied.suggestion_key,
            source=applied.source,
            features=applied.features,
            length=applied.length,
            history_id=history_id,
            learned=row.enabled,
        )
        if row.enabled:
            model = PreferenceModel.from_dict(row.state)
            model.update(applied.features, False, length=applied.length)
            row.state = model.to_dict()
            row.save(update_fields=["state", "updated_at"])
    return event


def without_dismissed(user, suggestions: list) -> list:
    """Rule suggestions minus the ones this user dismissed (they would come back unchanged)."""
    if not suggestions:
        return suggestions
    dismissed = set(
        SuggestionEvent.objects.filter(
            owner=user,
            kind=SuggestionEvent.Kind.REJECTED,
            suggestion_key__in=[s.id for s in suggestions],
        ).values_list("suggestion_key", flat=True)
    )
    return [s for s in suggestions if s.id not in dismissed]


def set_enabled(user, enabled: bool) -> None:
    row = preferences_of(user)
    row.enabled = enabled
    row.save(update_fields=["enabled", "updated_at"])


def reset(user) -> None:
    """Forget everything learned and every recorded decision of this user."""
    with transaction.atomic():
        SuggestionEvent.objects.filter(owner=user).delete()
        LearnedPreferences.objects.filter(owner=user).update(state={}, updated_at=timezone.now())


@dataclass
class Ranked:
    """Items in the order to show them; `hidden` go under "show all"."""

    visible: list
    hidden: list
    probabilities: dict[int, float]

    def probability(self, item: Any) -> float | None:
        return self.probabilities.get(id(item))


def rank(model: PreferenceModel | None, items: Sequence[T], candidate) -> Ranked:
    """Order `items` by predicted acceptance (`candidate(item)` describes each one).

    Without a model (personalisation off) the order is unchanged and nothing is hidden.
    """
    if model is None:
        return Ranked(list(items), [], {})
    scored = model.rank(items, lambda item: features_of(candidate(item)))
    visible = [item for item, p in scored if not model.hides(p)]
    hidden = [item for item, p in scored if model.hides(p)]
    return Ranked(visible, hidden, {id(item): p for item, p in scored})


def prompt_summary(user) -> str:
    """What the assistant's system prompt says about
    this user's taste ("" when nothing is known)."""
    model = model_for(user)
    return model.prompt_summary() if model is not None else ""
