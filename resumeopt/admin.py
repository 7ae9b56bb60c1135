"""Admin for staff: users with their resumes, resumes with their history, background jobs."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from simple_history.admin import SimpleHistoryAdmin

from resumeopt.models import BackgroundJob, LLMCall, Resume

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
