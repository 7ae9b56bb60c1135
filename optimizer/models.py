"""What each user does with the suggestions they are shown, and what ResumeOpt learned from it.

Both belong to one user and go with their account (CASCADE). Nothing here is
pooled across users: the model's prior is fixed in optimizer/preferences.py,
never estimated from other people's decisions.
"""

from django.conf import settings
from django.db import models


class SuggestionEvent(models.Model):
    """One thing a user did with one suggestion or proposal, with the suggestion's features."""

    class Kind(models.TextChoices):
        SHOWN = "shown", "Shown"
        APPLIED = "applied", "Applied"
        EDITED = "edited", "Edited, then applied"
        REJECTED = "rejected", "Rejected"
        UNDONE = "undone", "Undone soon after applying"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestion_events"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    suggestion_key = models.CharField(
        max_length=64, help_text="Which suggestion: a rule suggestion's id, or proposal:<pk>."
    )
    source = models.CharField(max_length=10, help_text="rules or model")
    features = models.JSONField(default=list)
    length = models.PositiveIntegerField(
        default=0, help_text="Words of the suggested text (what was kept or thrown away)."
    )
    history_id = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="The history record an apply created, to notice an undo."
    )
    learned = models.BooleanField(
        default=False, help_text="Whether the decision updated the user's model."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "kind", "-created_at"]),
            models.Index(fields=["owner", "history_id"]),
        ]
        constraints = [
            # A suggestion counts as shown once, however often the page is reloaded.
            models.UniqueConstraint(
                fields=["owner", "suggestion_key"],
                condition=models.Q(kind="shown"),
                name="suggestion_shown_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.suggestion_key}"


class LearnedPreferences(models.Model):
    """One user's preference model
    (optimizer.preferences.PreferenceModel, as JSON) and its switch."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learned_preferences"
    )
    enabled = models.BooleanField(
        default=True, help_text="Personalise the order of suggestions and the assistant's prompt."
    )
    state = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "learned preferences"

    def __str__(self) -> str:
        return f"Preferences of {self.owner}"
