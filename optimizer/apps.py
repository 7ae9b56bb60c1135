from django.apps import AppConfig

from resumeopt import panels


class OptimizerConfig(AppConfig):
    name = "optimizer"
    verbose_name = "Resume analysis"
    preload = ("optimizer.analysis", "optimizer.feedback", "optimizer.suggestions")

    def warm_up(self) -> None:
        """Analyse the sample resume at start of a daphne or worker: the spelling dictionary,
        the word lists and the verb dictionary suggestions use (lemminflect) load then, not
        in a user's first request."""
        # Imported here: an AppConfig module loads before the app registry is ready.
        from optimizer.analysis import analyze
        from optimizer.inflection import verb_lemma
        from resumeopt.jsonresume import sample_document

        analyze(sample_document())
        verb_lemma("led")

    def ready(self) -> None:
        # The resume page's score and findings card, and live feedback in its section forms.
        panels.register("resume-sidebar", "optimizer/panel.html#loader", order=20)
        panels.register("unit-form", "optimizer/live_feedback.html")
        panels.register("unit-form-actions", "optimizer/live_feedback.html#check-button")
