from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API (django-ninja, token auth, OpenAPI at /api/schema)."""

    name = "api"
    verbose_name = "API"
