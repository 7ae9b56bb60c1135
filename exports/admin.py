from django.contrib import admin
from django.template.defaultfilters import filesizeformat

from exports.models import Export, ExportPreferences, ShareLink


@admin.register(Export)
class ExportAdmin(admin.ModelAdmin):
    """Staff see what was exported and how; the files stay private to their owners."""

    list_display = (
        "filename",
        "owner",
        "resume",
        "source_label",
        "format",
        "template",
        "file_size",
        "created_at",
    )
    list_filter = ("format", "template", "created_at")
    search_fields = ("filename", "source_label", "resume__title", "owner__username")
    list_select_related = ("owner", "resume")
    raw_id_fields = ("owner", "resume", "version", "job")
    readonly_fields = ("file", "size", "history_id", "items", "options", "created_at")
    date_hierarchy = "created_at"

    @admin.display(description="Size", ordering="size")
    def file_size(self, export: Export) -> str:
        return filesizeformat(export.size)


@admin.register(ExportPreferences)
class ExportPreferencesAdmin(admin.ModelAdmin):
    list_display = ("user", "updated_at")
    search_fields = ("user__username",)
    raw_id_fields = ("user",)


@admin.register(ShareLink)
class ShareLinkAdmin(admin.ModelAdmin):
    """Staff see which share links exist and whether they are open; revoking is the owner's."""

    list_display = ("label", "owner", "resume", "created_at", "expires_at", "revoked_at")
    search_fields = ("label", "owner__username", "resume__title")
    list_select_related = ("owner", "resume")
    raw_id_fields = ("owner", "resume", "version")
    readonly_fields = ("token", "password", "created_at")
