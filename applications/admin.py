from django.contrib import admin

from applications.models import Application, Contact, Event, Stage


class EventInline(admin.TabularInline):
    model = Event
    extra = 0
    readonly_fields = ("kind", "text", "from_kind", "to_kind", "created_at")


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ("display_title", "owner", "stage", "match_score", "saved_at", "applied_at")
    list_filter = ("stage__kind", "saved_at")
    search_fields = ("company", "title", "owner__username")
    list_select_related = ("owner", "stage")
    raw_id_fields = ("owner", "job", "resume", "version", "stage", "exports", "letter")
    readonly_fields = ("saved_at", "updated_at")
    inlines = [ContactInline, EventInline]


@admin.register(Stage)
class StageAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "owner", "position")
    list_filter = ("kind",)
    search_fields = ("owner__username", "name")
    raw_id_fields = ("owner",)
