from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Job descriptions"
    preload = ("jobs.extraction", "jobs.matching", "jobs.postings", "jobs.ranking")

    def warm_up(self) -> None:
        """Load the skills taxonomy and the stemmed word lists before the first request."""
        # Imported here: an AppConfig module loads before the app registry is ready.
        from jobs.recommendations import generic_work_words
        from jobs.taxonomy import taxonomy

        taxonomy()
        generic_work_words()
