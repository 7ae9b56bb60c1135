from django.contrib import admin

from resumeopt.accounts.models import PersonalAccessToken


@admin.register(PersonalAccessToken)
class PersonalAccessTokenAdmin(admin.ModelAdmin):
    """Staff see which tokens exist and when they were
    used; never a secret (only its hash exists)."""

    list_display = (
        "name",
        "owner",
        "scope",
        "prefix",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
    )
    list_filter = ("scope",)
    search_fields = ("name", "prefix", "owner__username")
    list_select_related = ("owner",)
    raw_id_fields = ("owner",)
    readonly_fields = ("prefix", "token_hash", "created_at", "last_used_at")
