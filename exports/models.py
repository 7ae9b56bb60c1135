"""Exports a user made (with their files) and each user's default export options."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse

from exports.renderers import STYLED_FORMATS, templates


def export_storage():
    """Where export files live: STORAGES["exports"] when configured, else the default storage.

    Both are Django storage backends, so a django-storages backend (S3, Azure,
    GCS...) is a settings change; files are only ever read back through this
    storage, never by a path.
    """
    return storages["exports"] if "exports" in settings.STORAGES else default_storage


def export_path(export: Export, filename: str) -> str:
    # A random folder per file: names never collide and cannot be guessed.
    return f"exports/{export.owner_id}/{uuid.uuid4().hex}/{filename}"


class Export(models.Model):
    """One export: what was exported, how, and the file it made.

    A batch export is one row with format "zip", its BackgroundJob, and the
    outcome of each item in `items`; its file appears when the job finishes.
    The resume's state is pinned by `history_id` (the history record that was
    exported) and, for a named version, by `version`; `source_label` keeps the
    version's name even if the version is deleted later.
    """

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "Word (DOCX)"
        MD = "md", "Markdown"
        TXT = "txt", "Plain text"
        HTML = "html", "HTML"
        JSON = "json", "JSON Resume"
        ZIP = "zip", "ZIP (batch)"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exports"
    )
    resume = models.ForeignKey("resumeopt.Resume", on_delete=models.CASCADE, related_name="exports")
    version = models.ForeignKey(
        "versions.Version", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history_id = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="The history record of the resume that was exported."
    )
    source_label = models.CharField(
        max_length=200, help_text="“Current state” or the version's name when exported."
    )
    format = models.CharField(max_length=10, choices=Kind.choices)
    template = models.CharField(max_length=50, blank=True)
    options = models.JSONField(default=dict, blank=True)
    file = models.FileField(
        upload_to=export_path, storage=export_storage, blank=True, max_length=300
    )
    filename = models.CharField(max_length=200, help_text="The name the download is saved as.")
    size = models.PositiveIntegerField(default=0, help_text="Bytes.")
    job = models.ForeignKey(
        "resumeopt.BackgroundJob",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    items = models.JSONField(
        default=list, blank=True, help_text="Batch: [{source, format, filename, error}] per item."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return self.filename or f"Export {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("exports:detail", args=[self.pk])

    @property
    def is_batch(self) -> bool:
        return self.format == self.Kind.ZIP

    @property
    def template_label(self) -> str:
        """The template the file was made with, when its format has one ("" for JSON, say)."""
        if self.format not in STYLED_FORMATS:
            return ""
        return templates().get(self.template, {}).get("label", self.template.capitalize())

    @property
    def is_ready(self) -> bool:
        return bool(self.file)

    @property
    def failures(self) -> list[dict]:
        return [item for item in self.items if item.get("error")]

    @property
    def delivered(self) -> list[dict]:
        return [item for item in self.items if not item.get("error")]


@receiver(post_delete, sender=Export)
def delete_export_file(sender, instance: Export, **kwargs) -> None:
    """Deleting an export (or its resume, or its user) deletes its file from storage too."""
    if instance.file:
        instance.file.delete(save=False)


class ExportPreferences(models.Model):
    """The options of a user's last export, offered as the defaults of the next one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_preferences"
    )
    options = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "export preferences"

    def __str__(self) -> str:
        return f"Export defaults of {self.user}"


class ShareLink(models.Model):
    """A public, read-only link to one state of a resume (a named version, or the current state).

    The token is 32 random bytes in the URL: unguessable, and the only thing the
    link gives access to. The password, when set, is stored like an account's.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="share_links"
    )
    resume = models.ForeignKey(
        "resumeopt.Resume", on_delete=models.CASCADE, related_name="share_links"
    )
    # None shares the current state, which follows later edits.
    version = models.ForeignKey(
        "versions.Version",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="share_links",
    )
    label = models.CharField(max_length=200)
    token = models.CharField(max_length=64, unique=True)
    password = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Share of {self.label}"

    def get_absolute_url(self) -> str:
        return reverse("share_page", args=[self.token])


class ShareLinkDay(models.Model):
    """How often a share link was viewed and its PDF downloaded on one day."""

    link = models.ForeignKey(ShareLink, on_delete=models.CASCADE, related_name="days")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)
    downloads = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["link", "day"], name="one_row_per_day")]

    def __str__(self) -> str:
        return f"{self.day}: {self.views} views, {self.downloads} downloads"
