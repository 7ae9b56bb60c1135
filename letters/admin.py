from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from letters.models import Letter


@admin.register(Letter)
class LetterAdmin(SimpleHistoryAdmin):
    list_display = ("title", "owner", "job", "updated_at")
    search_fields = ("title", "owner__username")
    list_select_related = ("owner", "job")
    raw_id_fields = ("owner", "resume", "job", "draft_job")
