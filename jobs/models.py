"""Job descriptions, batches of them ranked against a resume, and their rankings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime

if TYPE_CHECKING:
    from jobs.extraction import Requirements


class JobDescription(models.Model):
    """One posting, with the requirements extracted from it when it was saved."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="job_descriptions"
    )
    title = models.CharField(max_length=200, blank=True)
    company = models.CharField(max_length=200, blank=True)
    source_text = models.TextField()
    source_name = models.CharField(
        max_length=255, blank=True, help_text="File or row it came from."
    )
    # None until first needed for a batch's posting: a ranking shows only its score and
    # summary, so the full requirements are read from the text when the posting is opened.
    requirements = models.JSONField(default=dict, null=True, blank=True)
    batch = models.ForeignKey(
        "RankingBatch", null=True, blank=True, on_delete=models.CASCADE, related_name="postings"
    )
    enrichment_job = models.ForeignKey(
        "resumeopt.BackgroundJob",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The latest request to a language model for skills the taxonomy missed.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "-created_at"]),
            models.Index(fields=["owner", "batch"]),
            # The posting list and every "target job" menu show the user's own postings,
            # not the thousands their batches brought: this finds them without reading those.
            models.Index(
                fields=["owner", "-created_at"],
                condition=models.Q(batch__isnull=True),
                name="jobs_standalone_posting_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("jobs:detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        title = self.title or "Untitled posting"
        return f"{title} at {self.company}" if self.company else title

    @property
    def choice_label(self) -> str:
        """How a menu names the posting: its title, company and the day it was added,
        so two postings with the same title can be told apart."""
        added = date_format(localtime(self.created_at), "j M Y")
        return f"{self.display_title} · added {added}"

    def parsed_requirements(self) -> Requirements:
        """The posting's requirements; read from its text (and kept) the first time if a
        batch saved none."""
        # Imported here: loading extraction (its patterns, the taxonomy code) is no cost on
        # every process that only loads the models.
        from jobs.extraction import PostingError, Requirements, extract_requirements

        if self.requirements is not None:
            return Requirements.from_dict(self.requirements)
        try:
            # The title and company saved are the ones the ranking used: its upload's own
            # columns where it had them.
            requirements = extract_requirements(
                self.source_text, title=self.title, company=self.company
            )
        except PostingError:  # ranked once, so only a stricter later version can refuse it
            return Requirements()
        self.requirements = requirements.to_dict()
        if self.pk is not None:
            JobDescription.objects.filter(pk=self.pk).update(requirements=self.requirements)
        return requirements


class RankingBatch(models.Model):
    """Many postings uploaded at once, extracted and ranked against one resume by a Celery task."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ranking_batches"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200)
    source_file = models.FileField(upload_to="job-batches/", blank=True)
    source_text = models.TextField(blank=True)
    failures = models.JSONField(
        default=list, help_text="[{name, error}] for postings that could not be read."
    )
    processed = models.PositiveIntegerField(
        default=0,
        help_text="Postings of the upload read so far (ranked or failed), over all its stretches.",
    )
    parts = models.JSONField(
        default=list,
        help_text="[{next, end, runner}]: the stretches of the upload, each with the index of "
        "its next posting to read and the runner that took it (null until one does); a "
        "stopped batch has every end set to its next.",
    )
    job = models.ForeignKey(
        "resumeopt.BackgroundJob", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "ranking batches"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("jobs:batch", args=[self.pk])


class RankedPosting(models.Model):
    """A posting's match against the batch's resume, kept so the ranking table sorts fast."""

    batch = models.ForeignKey(RankingBatch, on_delete=models.CASCADE, related_name="ranked")
    posting = models.OneToOneField(JobDescription, on_delete=models.CASCADE, related_name="ranking")
    score = models.PositiveSmallIntegerField()
    matched = models.JSONField(default=list)
    missing = models.JSONField(default=list)
    breakdown = models.JSONField(default=dict)
    # Its place in a few words ("3 of 4 must-haves, title fits, 2 years short"): matching.explain.
    explanation = models.CharField(max_length=300, blank=True, default="")
    matched_count = models.PositiveSmallIntegerField(
        default=0,
        help_text="How many of the posting's requirements the resume meets: of equal scores, "
        "the posting with more of them comes first, as jobs.matching.rank orders them.",
    )
    position = models.PositiveIntegerField(
        default=0,
        help_text="Its place in the upload, from 0: equal scores and counts keep the upload's "
        "order however the batch's parts were saved.",
    )

    # The order of jobs.matching.rank (see ranking_key): best score, then most requirements
    # met, then the upload's order.
    RANKING = ("-score", "-matched_count", "position", "pk")

    class Meta:
        ordering = ["-score", "-matched_count", "position"]
        indexes = [models.Index(fields=["batch", "-score"])]

    def __str__(self) -> str:
        return f"{self.posting}: {self.score}"


@receiver(post_delete, sender=RankingBatch)
def delete_batch_upload(sender, instance: RankingBatch, **kwargs) -> None:
    """Deleting a batch (or its user) deletes the file it was uploaded as."""
    if instance.source_file:
        instance.source_file.delete(save=False)
