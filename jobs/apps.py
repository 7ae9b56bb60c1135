from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Job descriptions"
    preload = ("jobs.extraction", "jobs.matching", "jobs.postings", "jobs.ranking", "jobs.scoring")

    def warm_up(self) -> None:
        """Load the skills taxonomy and the stemmed word lists before the first request, and
        extract and match a sample posting (see jobs.scoring.warm_up)."""
        # Imported here: an AppConfig module loads before the app registry is ready.
        from jobs import scoring
        from jobs.recommendations import generic_work_words
        from jobs.taxonomy import taxonomy

        taxonomy()
        generic_work_words()
        scoring.warm_up()
