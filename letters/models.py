"""Cover letters: a document of their own, with history like a resume's."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from conversations.models import ProposalBase


class Letter(models.Model):
    """One cover letter, written for a job from one resume (both optional, both may go away).

    The body is plain text, paragraphs separated by blank lines; every saved
    change is kept by django-simple-history with its reason (draft, edit, model draft).
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="letters"
    )
    title = models.CharField(max_length=200)
    resume = models.ForeignKey(
        "resumeopt.Resume", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    job = models.ForeignKey(
        "jobs.JobDescription",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="letters",
    )
    body = models.TextField(blank=True)
    left_out = models.JSONField(
        default=list,
        blank=True,
        help_text="Must-haves the last draft did not claim: the resume does not show them.",
    )
    draft_job = models.ForeignKey(
        "resumeopt.BackgroundJob",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The latest request to a language model for a draft.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Deleting a letter deletes its history: what the user deleted must not stay behind.
    history = HistoricalRecords(
        cascade_delete_history=True, excluded_fields=["left_out", "draft_job"]
    )

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["owner", "-updated_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("letters:detail", args=[self.pk])


class LetterVersion(models.Model):
    """A name on one point of a letter's history ("Sent to Acme"), kept while the letter lives."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="letter_versions"
    )
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="versions")
    record = models.ForeignKey(
        "letters.HistoricalLetter", null=True, on_delete=models.SET_NULL, related_name="versions"
    )
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name


class AssistantRun(models.Model):
    """One piece of work the letter assistant did or
    is doing: a whole draft, or an edit of one part.

    Its text streams to the letter's socket while it is written and is saved every
    second, so a page that comes back mid-run gets it so far; a draft replaces the
    letter's text when it is done (after the fact guard), an edit becomes proposals.
    """

    class Kind(models.TextChoices):
        DRAFT = "draft", "Draft"
        EDIT = "edit", "Edit"

    class Status(models.TextChoices):
        COMPLETE = "complete", "Complete"
        STREAMING = "streaming", "Writing"
        STOPPED = "stopped", "Stopped"
        FAILED = "failed", "Failed"

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="runs")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    part = models.CharField(max_length=30, blank=True, help_text="The part an edit is about.")
    request = models.TextField(blank=True, help_text="What the user asked for, in their words.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.STREAMING)
    content = models.TextField(blank=True)
    error = models.CharField(max_length=300, blank=True)
    model = models.CharField(max_length=200, blank=True)
    dropped = models.JSONField(
        default=list, blank=True, help_text="Sentences the fact guard kept out of a draft."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.letter}"


class LetterProposal(ProposalBase):
    """An edit of one part of a letter: replace the paragraph `original` with `replacement`.

    Its fields and statuses are those of a resume proposal, so the same card and the
    same views (conversations/proposal_views.py) serve it.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Proposed"
        APPLIED = "applied", "Applied"
        REJECTED = "rejected", "Rejected"
        UNDONE = "undone", "Undone"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="letter_proposals"
    )
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="proposals")
    run = models.ForeignKey(
        AssistantRun, null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    part = models.CharField(max_length=30)
    original = models.TextField()
    replacement = models.TextField()
    applied_value = models.TextField(blank=True, help_text="What was saved, if the user edited it.")
    warnings = models.JSONField(default=list, help_text="Claims the resume does not show.")
    source = models.CharField(max_length=10, default="model", help_text="model or rules (offline)")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.part}: {self.replacement[:60]}"
