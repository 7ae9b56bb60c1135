from django.contrib import admin

from jobs.models import JobDescription, RankedPosting, RankingBatch


@admin.register(JobDescription)
class JobDescriptionAdmin(admin.ModelAdmin):
    list_display = ("display_title", "owner", "batch", "created_at")
    search_fields = ("title", "company", "owner__username")
    list_filter = ("created_at",)
    list_select_related = ("owner", "batch")
    raw_id_fields = ("owner", "batch")


@admin.register(RankingBatch)
class RankingBatchAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "resume", "created_at")
    search_fields = ("name", "owner__username")
    list_select_related = ("owner", "resume")
    raw_id_fields = ("owner", "resume", "job")


@admin.register(RankedPosting)
class RankedPostingAdmin(admin.ModelAdmin):
    list_display = ("posting", "batch", "score")
    list_select_related = ("posting", "batch")
    raw_id_fields = ("posting", "batch")
