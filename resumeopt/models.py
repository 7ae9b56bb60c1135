"""The resume record, the row that tracks long-running work, model calls and the audit log."""

import re
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

    # Deleting a resume deletes its history too: what the user deleted must not stay behind.
    history = HistoricalRecords(bases=[HistoryRecordExtras], cascade_delete_history=True)

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
    progress and its result or error here (see resumeopt.platform.background), and the
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
    attempts = models.PositiveSmallIntegerField(
        default=0,
        help_text="How many times a worker started it: a task redelivered after its worker "
        "died counts again, and one that kills its worker is failed past the maximum.",
    )

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
    def progress_text(self) -> str:
        """The count and the message, the count said once: "2 of 4 · Starting", but
        "Ranked 27 postings." rather than "27 of 27 Ranked 27 postings." """
        count = f"{self.done} of {self.total}" if self.total else ""
        if count and re.search(rf"\b{self.total}\b", self.message):
            count = ""
        return " · ".join(part for part in (count, self.message) if part)

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
        verbose_name = "LLM call"
        verbose_name_plural = "LLM calls"

    def __str__(self) -> str:
        return (
            f"{self.model} · {self.purpose} · {self.prompt_tokens}+{self.completion_tokens} tokens"
        )


class AuditEntry(models.Model):
    """Who did what to which object, when and from where: for staff, in the admin.

    Never holds resume content: `detail` is a short word from a fixed vocabulary
    (an export's format, "copy" for a duplicate), not text the user wrote.
    `user` is the account the entry is about: for a failed log-in, the account
    whose name was tried, if there is one; `username` keeps the name as given.
    """

    class Action(models.TextChoices):
        LOGIN = "login", "Logged in"
        LOGIN_FAILED = "login_failed", "Failed log-in"
        LOGOUT = "logout", "Logged out"
        SIGNUP = "signup", "Signed up"
        RESUME_CREATE = "resume.create", "Resume created"
        RESUME_IMPORT = "resume.import", "Resume imported"
        RESUME_EDIT = "resume.edit", "Resume edited"
        RESUME_RENAME = "resume.rename", "Resume renamed"
        RESUME_SUGGESTION = "resume.suggestion", "Suggestion applied"
        RESUME_AI_SUGGESTION = "resume.ai_suggestion", "AI suggestion applied"
        RESUME_RESTORE = "resume.restore", "Version restored"
        RESUME_MERGE = "resume.merge", "Versions merged"
        RESUME_UNDO = "resume.undo", "Undo"
        RESUME_REDO = "resume.redo", "Redo"
        RESUME_DELETE = "resume.delete", "Resume deleted"
        VERSION_CREATE = "version.create", "Version named"
        VERSION_DELETE = "version.delete", "Version deleted"
        EXPORT_CREATE = "export.create", "Exported"
        EXPORT_DELETE = "export.delete", "Export deleted"
        JOB_CREATE = "job.create", "Job posting added"
        JOB_DELETE = "job.delete", "Job posting deleted"
        JOB_BATCH_CREATE = "job_batch.create", "Job postings uploaded"
        JOB_BATCH_DELETE = "job_batch.delete", "Job postings batch deleted"
        DATA_EXPORT = "account.data_export", "Data downloaded"
        ACCOUNT_DELETE = "account.delete", "Account deleted"
        TOKEN_CREATE = "token.create", "Access token created"
        TOKEN_REVOKE = "token.revoke", "Access token revoked"
        TOKEN_USE = "token.use", "Access token used"

    # No database constraint: an entry outlives an account deleted by staff (and one
    # written while the account's rows are being deleted never blocks the deletion).
    # Deleting one's own account removes its entries (resumeopt.accounts.data).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="audit_entries",
    )
    username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=30, choices=Action.choices)
    object_type = models.CharField(max_length=50, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    detail = models.CharField(max_length=100, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "audit entries"
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["action", "-created_at"]),
            models.Index(fields=["ip_address", "-created_at"]),
        ]

    def __str__(self) -> str:
        who = self.username or "someone"
        target = f" {self.object_type} {self.object_id}".rstrip() if self.object_type else ""
        return f"{who}: {self.get_action_display()}{target}"


class RateLimitCounter(models.Model):
    """One rate-limit window's count, kept here only while the cache (Redis) is down.

    Limits must hold during an outage (log-in guessing is exactly what one would
    try then), so resumeopt.platform.ratelimits counts in this table instead of
    letting everything through. Rows expire with their window.
    """

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
