"""Admin for staff: named versions (also listed on each resume's admin page) and history settings.

A resume's full history is its admin page's History view (SimpleHistoryAdmin
in resumeopt/admin.py); this adds its named versions to the same page.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from resumeopt.admin import ResumeAdmin
from versions.models import Version, VersionSettings


class VersionInline(admin.TabularInline):
    """The resume's named versions, read-only, deleted ones included (with when)."""

    model = Version
    fields = (
        "name",
        "note",
        "record",
        "score",
        "match_score",
        "target_job",
        "created_at",
        "deleted_at",
    )
    readonly_fields = fields
    show_change_link = True
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


ResumeAdmin.inlines = [*ResumeAdmin.inlines, VersionInline]


@admin.register(Version)
class VersionAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "resume_link",
        "owner",
        "score",
        "match_score",
        "created_at",
        "deleted_at",
    )
    list_filter = ("created_at", "deleted_at")
    search_fields = ("name", "note", "resume__title", "owner__username")
    list_select_related = ("resume", "owner")
    raw_id_fields = ("owner", "resume", "record", "target_job")

    @admin.display(description="Resume", ordering="resume__title")
    def resume_link(self, version: Version) -> str:
        url = reverse("admin:resumeopt_resume_history", args=[version.resume_id])
        return format_html('<a href="{}" title="Its history">{}</a>', url, version.resume)


@admin.register(VersionSettings)
class VersionSettingsAdmin(admin.ModelAdmin):
    list_display = ("user", "keep_unnamed")
    raw_id_fields = ("user",)
