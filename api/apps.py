from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API (django-ninja, token auth, OpenAPI at /api/schema)."""

    name = "api"
    verbose_name = "API"

    def warm_up(self) -> None:
        """Build the API before the first request: its URLs alone do not (api/urls.py)."""
        # Imported here: an AppConfig module loads before the app registry is ready.
        from api.urls import api_views

        api_views()
