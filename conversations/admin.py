from django.contrib import admin

from conversations.models import Conversation, Message, OptimizationRun, Proposal


class MessageInline(admin.TabularInline):
    model = Message
    fields = ("role", "status", "model", "prompt_tokens", "completion_tokens", "created_at")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    list_display = ("resume", "section_path", "owner", "updated_at")
    search_fields = ("owner__username", "resume__title", "section_path")
    list_select_related = ("resume", "owner")
    raw_id_fields = ("owner", "resume", "target_job")
    inlines = [MessageInline]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ("path", "owner", "status", "source", "created_at")
    list_filter = ("status", "source")
    search_fields = ("owner__username", "path")
    raw_id_fields = ("owner", "resume", "conversation", "message", "run")


@admin.register(OptimizationRun)
class OptimizationRunAdmin(admin.ModelAdmin):
    list_display = ("resume", "owner", "target_job", "created_at")
    raw_id_fields = ("owner", "resume", "target_job", "job")
