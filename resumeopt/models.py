"""The resume record and the row that tracks long-running work."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from resumeopt import jsonresume


class HistoryRecordExtras(models.Model):
    """Fields of every history record beyond what django-simple-history keeps."""

    restored_from = models.PositiveBigIntegerField(
        null=True,
        blank=True,
        help_text="For a restore, undo, redo or merge: the history record it brought back.",
    )

    class Meta:
        abstract = True


class Resume(models.Model):
    """One user's resume: a title and a JSON Resume 1.2 document.

    `revision` goes up by one on every save, so an edit made against an older
    revision (another tab, a stale suggestion) is detected instead of silently
    overwriting. django-simple-history keeps every saved state with its user
    and change reason.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resumes"
    )
    title = models.CharField(max_length=200)
    content = models.JSONField(default=jsonresume.empty_document)
    revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[HistoryRecordExtras])

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["owner", "-updated_at"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # The document is the contract every other app reads: never store one
        # that breaks the schema, whichever code path saves it.
        jsonresume.validate(self.content)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("resume_detail", args=[self.pk])

    @property
    def name(self) -> str:
        return (self.content.get("basics") or {}).get("name", "")


class BackgroundJob(models.Model):
    """Progress and outcome of one Celery task, owned by the user who started it.

    Views create the row and enqueue the task with its id; the task reports
    progress and its result or error here (see resumeopt.background), and the
    page follows it over the notifications socket or by polling.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Done"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    FINISHED = (Status.SUCCEEDED, Status.FAILED, Status.CANCELLED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="background_jobs"
    )
    kind = models.CharField(max_length=50, help_text="What the job does, e.g. 'jobs.rank'.")
    label = models.CharField(max_length=200, blank=True, help_text="Shown to the user.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    message = models.CharField(max_length=300, blank=True)
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    result_url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "-created_at"]),
            models.Index(fields=["status", "heartbeat_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.label or self.kind} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED

    @property
    def percent(self) -> int:
        if self.status == self.Status.SUCCEEDED:
            return 100
        if not self.total:
            return 0
        return min(100, round(100 * self.done / self.total))


class LLMCall(models.Model):
    """One call to the model (or the offline assistant): who, what for, tokens, cost, outcome.

    Holds no prompt or reply text: resume content stays in the resume.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="llm_calls"
    )
    model = models.CharField(max_length=200)
    purpose = models.CharField(max_length=50)
    streamed = models.BooleanField(default=False)
    cached = models.BooleanField(default=False)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    cost = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    duration_ms = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return (
            f"{self.model} · {self.purpose} · {self.prompt_tokens}+{self.completion_tokens} tokens"
        )
