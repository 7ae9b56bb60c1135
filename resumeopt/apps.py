from django.apps import AppConfig
from django.urls import reverse

from resumeopt import dates, jsonresume


class ResumeOptConfig(AppConfig):
    name = "resumeopt"
    verbose_name = "Resumes and accounts"
    preload = ("resumeopt.importers.parsing",)

    def warm_up(self) -> None:
        """At start of a daphne or worker: import every view and the model library before
        anyone needs them, so they are frozen with the rest of start-up."""
        # Here, not at the top: the llm package's ledger imports models (registry not ready).
        from resumeopt.llm import provider

        # The first reverse imports the URLconf, every view with it (the API's routes, not the
        # API: ApiConfig.warm_up builds it), and builds the lookup {% url %} uses: otherwise
        # the first request of each process pays for it.
        reverse("landing")
        # The date pattern resume import compiles on first use.
        dates.find_date_range("2020")
        # The JSON Resume validator (jsonschema and the compiled schema) every save uses.
        jsonresume.validate(jsonresume.sample_document())
        provider.import_in_background()

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from simple_history.signals import pre_create_historical_record

        # Here, not at the top: audit imports models, which need the app registry ready.
        from resumeopt.platform import audit, startup

        pre_create_historical_record.connect(
            _record_restored_from, dispatch_uid="resumeopt.restored_from"
        )
        audit.connect()
        user_logged_in.connect(_mark_session_active, dispatch_uid="resumeopt.last_seen")
        startup.collect_from_now_on()


def _record_restored_from(sender, instance, history_instance, **kwargs):
    """Copy `_restored_from` (set by resumeopt.resumes.save_document) onto the history record."""
    history_instance.restored_from = getattr(instance, "_restored_from", None)


def _mark_session_active(sender, request, user, **kwargs):
    """Start the idle clock at log-in, with the session's first save (no extra write later)."""
    import time

    if request is not None and hasattr(request, "session"):
        request.session["last_seen"] = int(time.time())
