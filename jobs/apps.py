from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Job descriptions"

    def warm_up(self) -> None:
        """Load the skills taxonomy before the first request needs it."""
        from jobs.taxonomy import taxonomy

        taxonomy()
