"""Named versions over the automatic history, and each user's history-keeping setting."""

from django.conf import settings
from django.db import models
from django.urls import reverse

DEFAULT_KEEP_UNNAMED = 50


class Version(models.Model):
    """A name (and note, and target job) on one point of a resume's history.

    Score and match score are computed when the version is named: a history
    record never changes, so neither do they. Deleting a version keeps a
    tombstone, so an old link says "this version was deleted" instead of
    "not found".
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="versions"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", on_delete=models.CASCADE, related_name="versions"
    )
    record = models.ForeignKey(
        "resumeopt.HistoricalResume",
        null=True,
        on_delete=models.SET_NULL,
        related_name="versions",
        help_text="The history record this version names.",
    )
    name = models.CharField(max_length=200)
    note = models.TextField(blank=True)
    target_job = models.ForeignKey(
        "jobs.JobDescription", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    score = models.PositiveSmallIntegerField(null=True)
    match_score = models.PositiveSmallIntegerField(null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["resume", "deleted_at", "-created_at"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("versions:version", args=[self.pk])


class VersionSettings(models.Model):
    """How many unnamed history records to keep per resume (named versions are always kept)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="version_settings"
    )
    keep_unnamed = models.PositiveIntegerField(default=DEFAULT_KEEP_UNNAMED)

    class Meta:
        verbose_name_plural = "version settings"

    def __str__(self) -> str:
        return f"{self.user}: keep {self.keep_unnamed}"

    @classmethod
    def keep_for(cls, user) -> int:
        found = cls.objects.filter(user=user).values_list("keep_unnamed", flat=True).first()
        return DEFAULT_KEEP_UNNAMED if found is None else found
