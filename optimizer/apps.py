from django.apps import AppConfig

from resumeopt import panels


class OptimizerConfig(AppConfig):
    name = "optimizer"
    verbose_name = "Resume analysis"

    def ready(self) -> None:
        # The resume page's score and findings card, and live feedback in its section forms.
        panels.register("resume-sidebar", "optimizer/panel.html#loader", order=20)
        panels.register("unit-form", "optimizer/live_feedback.html")
        panels.register("unit-form-actions", "optimizer/live_feedback.html#check-button")
