from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Job descriptions"

    def warm_up(self) -> None:
        """Load the skills taxonomy before the first request needs it."""
        # Imported here: an AppConfig module loads before the app registry is ready.
        from jobs.taxonomy import taxonomy

        taxonomy()
