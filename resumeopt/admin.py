"""Admin for staff: users with their resumes, resumes with their history, background jobs,
model calls and the audit log."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from simple_history.admin import SimpleHistoryAdmin

from resumeopt.models import AuditEntry, BackgroundJob, LLMCall, Resume

User = get_user_model()


class ResumeInline(admin.TabularInline):
    model = Resume
    fields = ("title", "revision", "updated_at")
    readonly_fields = ("title", "revision", "updated_at")
    show_change_link = True
    extra = 0
    can_delete = False


admin.site.unregister(User)


@admin.register(User)
class ResumeOptUserAdmin(UserAdmin):
    inlines = [ResumeInline]
    list_display = ("username", "email", "is_staff", "is_active", "date_joined", "last_login")


@admin.register(Resume)
class ResumeAdmin(SimpleHistoryAdmin):
    list_display = ("title", "owner", "name", "revision", "updated_at", "created_at")
    list_filter = ("updated_at", "created_at")
    search_fields = ("title", "owner__username", "owner__email")
    list_select_related = ("owner",)
    readonly_fields = ("revision", "created_at", "updated_at")
    raw_id_fields = ("owner",)
    history_list_display = ("revision", "history_change_reason")
    date_hierarchy = "updated_at"


@admin.register(BackgroundJob)
class BackgroundJobAdmin(admin.ModelAdmin):
    list_display = (
        "label",
        "kind",
        "owner",
        "status",
        "done",
        "total",
        "created_at",
        "finished_at",
    )
    list_filter = ("status", "kind", "created_at")
    search_fields = ("label", "kind", "owner__username", "error")
    list_select_related = ("owner",)
    readonly_fields = [field.name for field in BackgroundJob._meta.fields]


@admin.register(LLMCall)
class LLMCallAdmin(admin.ModelAdmin):
    """Token use and cost per call, per user; never the prompt or reply text."""

    list_display = (
        "created_at",
        "user",
        "model",
        "purpose",
        "prompt_tokens",
        "completion_tokens",
        "cost",
        "duration_ms",
        "cached",
        "error",
    )
    list_filter = ("model", "purpose", "cached", "streamed")
    search_fields = ("user__username", "model", "purpose")
    list_select_related = ("user",)
    readonly_fields = [field.name for field in LLMCall._meta.fields]
    date_hierarchy = "created_at"


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: an audit log that staff could edit would prove nothing."""

    list_display = (
        "created_at",
        "username",
        "action",
        "object_type",
        "object_id",
        "detail",
        "ip_address",
    )
    list_filter = ("action", "object_type", "created_at")
    search_fields = ("username", "ip_address", "object_id", "user_agent")
    date_hierarchy = "created_at"
    fields = (
        "created_at",
        "account",
        "username",
        "action",
        "object_type",
        "object_id",
        "detail",
        "ip_address",
        "user_agent",
    )
    readonly_fields = fields

    @admin.display(description="Account")
    def account(self, entry: AuditEntry) -> str:
        if entry.user_id is None:
            return "-"
        exists = User._default_manager.filter(pk=entry.user_id).exists()
        return f"#{entry.user_id}" + ("" if exists else " (deleted)")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
