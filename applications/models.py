"""The application tracker: each application ties a job to what was sent and how it went."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class StageKind(models.TextChoices):
    """What a stage means, whatever the user calls it: insights count by kind, not by name."""

    SAVED = "saved", "Saved"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEW = "interview", "Interview"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Stage(models.Model):
    """One column of a user's board; users rename and reorder them, the kind stays."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="application_stages"
    )
    kind = models.CharField(max_length=20, choices=StageKind.choices)
    name = models.CharField(max_length=60)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "kind"], name="applications_one_stage_per_kind"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Application(models.Model):
    """One job applied to (or saved to apply to), with the resume version and files sent.

    Company and title are copied from the posting so the record outlives it.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications"
    )
    job = models.ForeignKey(
        "jobs.JobDescription",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    company = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200, blank=True)
    # Stages are never deleted on their own (only renamed); they go with their user.
    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="applications")
    resume = models.ForeignKey(
        "resumeopt.Resume", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.ForeignKey(
        "versions.Version",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text="The resume version sent: named when the application was marked applied.",
    )
    letter = models.ForeignKey(
        "letters.Letter",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text="The cover letter sent.",
    )
    exports = models.ManyToManyField("exports.Export", blank=True, related_name="applications")
    match_score = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The resume's match score for the job when it was tracked."
    )
    template = models.CharField(
        max_length=40, blank=True, help_text="The export template of the files sent, if known."
    )
    next_step = models.CharField(max_length=200, blank=True)
    next_step_due = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    saved_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    stage_changed_at = models.DateTimeField()
    responded_at = models.DateTimeField(
        null=True, blank=True, help_text="First move past applied: the company answered."
    )
    reminded_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-stage_changed_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "stage"]),
            models.Index(fields=["owner", "-stage_changed_at"]),
        ]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        title = self.title or "Untitled position"
        return f"{title} at {self.company}" if self.company else title


class Event(models.Model):
    """One line of an application's timeline: a stage change, a note, a reminder sent."""

    class Kind(models.TextChoices):
        CREATED = "created", "Tracked"
        STAGE = "stage", "Stage changed"
        NOTE = "note", "Note"
        REMINDER = "reminder", "Reminder"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField(blank=True)
    from_kind = models.CharField(max_length=20, blank=True)
    to_kind = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:40]}"


class Contact(models.Model):
    """Someone at the company: recruiter, hiring manager, referral."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name
