"""Conversations about one section of a resume, their messages, and the edits they propose."""

from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from resumeopt.textdiff import word_diff


class Conversation(models.Model):
    """The talk about one section path of one resume ("basics", "work/0").

    One open conversation per section; "start afresh" archives it (kept, read-only)
    and the next visit opens a new one.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversations"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", on_delete=models.CASCADE, related_name="conversations"
    )
    section_path = models.CharField(max_length=100)
    target_job = models.ForeignKey(
        "jobs.JobDescription", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["resume", "section_path"],
                condition=models.Q(archived_at__isnull=True),
                name="one_open_conversation_per_section",
            )
        ]

    def __str__(self) -> str:
        return f"{self.resume} · {self.section_path}"

    def get_absolute_url(self) -> str:
        if self.archived_at:
            return reverse("conversations:archived", args=[self.pk])
        return reverse("conversations:chat", args=[self.resume_id, self.section_path])


class Message(models.Model):
    class Role(models.TextChoices):
        USER = "user", "You"
        ASSISTANT = "assistant", "Assistant"

    class Status(models.TextChoices):
        COMPLETE = "complete", "Complete"
        STREAMING = "streaming", "Writing"
        STOPPED = "stopped", "Stopped"
        FAILED = "failed", "Failed"

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    content = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.COMPLETE)
    error = models.CharField(max_length=300, blank=True)
    model = models.CharField(max_length=200, blank=True)
    prompt_tokens = models.PositiveIntegerField(
        default=0, help_text="What the model was told for this reply (assistant messages)."
    )
    completion_tokens = models.PositiveIntegerField(
        default=0, help_text="The reply's own tokens (assistant), or an estimate (user)."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Touched while a reply streams, so a reply whose writer died (a restart) can be told apart.
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.content[:60]}"


class OptimizationRun(models.Model):
    """A whole-resume pass for a target job: proposals collected for review, none applied."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="optimization_runs"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", on_delete=models.CASCADE, related_name="optimization_runs"
    )
    target_job = models.ForeignKey(
        "jobs.JobDescription", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    job = models.ForeignKey(
        "resumeopt.BackgroundJob", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Optimization of {self.resume}"

    def get_absolute_url(self) -> str:
        return reverse("conversations:run", args=[self.pk])


class ProposalBase(models.Model):
    """A proposed edit, whatever it edits: `original` to `replacement`, why, and the decision.

    A resume's Proposal and a letter's LetterProposal share the card that shows them
    (conversations/chat.html#proposal) and the views behind its buttons
    (conversations/proposal_views.py). Each concrete model has `original`, `replacement`,
    `applied_value`, an owner, and a Status with at least pending, applied, rejected, undone.
    """

    rationale = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    def chosen_text(self, replacement: str | None) -> Any:
        """What applying saves: the user's own version if they wrote one, else the proposal."""
        return replacement.strip() if replacement and replacement.strip() else self.replacement

    def decide(self, status: str, **changes: Any) -> None:
        """Record the user's decision now, with what else it sets (`applied_value`, say)."""
        self.status, self.decided_at = status, timezone.now()
        for name, value in changes.items():
            setattr(self, name, value)
        self.save(update_fields=["status", "decided_at", *changes])

    def diff(self) -> list[tuple[str, str]]:
        """The words the edit changes, as the card marks them (what was applied, once it was)."""
        return word_diff(str(self.original), str(self.applied_value or self.replacement))


class Proposal(ProposalBase):
    """An edit the assistant proposed: replace `original` at `path` with `replacement`."""

    class Status(models.TextChoices):
        PENDING = "pending", "Proposed"
        APPLIED = "applied", "Applied"
        REJECTED = "rejected", "Rejected"
        UNDONE = "undone", "Undone"
        SUPERSEDED = "superseded", "Another choice applied"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proposals"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", on_delete=models.CASCADE, related_name="proposals"
    )
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    run = models.ForeignKey(
        OptimizationRun, null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    path = models.CharField(max_length=100)
    original = models.JSONField()
    replacement = models.JSONField()
    applied_value = models.JSONField(
        null=True, blank=True, help_text="What was saved, if the user edited it first."
    )
    warnings = models.JSONField(
        default=list, help_text="Facts the proposal adds that neither the resume nor the job gives."
    )
    source = models.CharField(
        max_length=10, default="model", help_text="model or rules (the offline assistant)"
    )
    kind = models.CharField(max_length=30, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self) -> str:
        return f"{self.path}: {str(self.replacement)[:60]}"
