from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from letters.models import AssistantRun, Letter, LetterProposal, LetterVersion


@admin.register(Letter)
class LetterAdmin(SimpleHistoryAdmin):
    list_display = ("title", "owner", "job", "updated_at")
    search_fields = ("title", "owner__username")
    list_select_related = ("owner", "job")
    raw_id_fields = ("owner", "resume", "job", "draft_job")


@admin.register(LetterVersion)
class LetterVersionAdmin(admin.ModelAdmin):
    list_display = ("name", "letter", "owner", "created_at")
    search_fields = ("name", "owner__username")
    raw_id_fields = ("owner", "letter", "record")


@admin.register(AssistantRun)
class AssistantRunAdmin(admin.ModelAdmin):
    list_display = ("letter", "kind", "part", "status", "model", "created_at")
    list_filter = ("kind", "status")
    raw_id_fields = ("letter",)


@admin.register(LetterProposal)
class LetterProposalAdmin(admin.ModelAdmin):
    list_display = ("letter", "part", "status", "source", "created_at")
    list_filter = ("status", "source")
    raw_id_fields = ("owner", "letter", "run")
