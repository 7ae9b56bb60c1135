from django.apps import AppConfig

from resumeopt import panels


class VersionsConfig(AppConfig):
    name = "versions"
    verbose_name = "Versions"

    def ready(self) -> None:
        # The resume page's versions card, above the score.
        panels.register("resume-sidebar", "versions/controls.html#loader", order=10)
