"""Cover letters: a document of their own, with history like a resume's."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


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
        "jobs.JobDescription", null=True, blank=True, on_delete=models.SET_NULL, related_name="letters"
    )  # fmt: skip
    body = models.TextField(blank=True)
    left_out = models.JSONField(
        default=list, blank=True, help_text="Must-haves the last draft did not claim: the resume does not show them."
    )  # fmt: skip
    draft_job = models.ForeignKey(
        "resumeopt.BackgroundJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The latest request to a language model for a draft.",
    )  # fmt: skip
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
