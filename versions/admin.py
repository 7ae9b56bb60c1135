from django.contrib import admin

from versions.models import Version, VersionSettings


@admin.register(Version)
class VersionAdmin(admin.ModelAdmin):
    """Staff see each resume's named versions; its full history is on the resume's History page in the admin."""

    list_display = ("name", "resume", "owner", "score", "match_score", "created_at", "deleted_at")
    list_filter = ("created_at", "deleted_at")
    search_fields = ("name", "note", "resume__title", "owner__username")
    list_select_related = ("resume", "owner")
    raw_id_fields = ("owner", "resume", "record", "target_job")


@admin.register(VersionSettings)
class VersionSettingsAdmin(admin.ModelAdmin):
    list_display = ("user", "keep_unnamed")
    raw_id_fields = ("user",)
