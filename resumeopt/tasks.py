"""Celery tasks of the core app."""

from django.conf import settings
from django.urls import reverse

from resumeopt import llm
from resumeopt.celery import app
from resumeopt.importers import review as import_review
from resumeopt.importers.assist import improve
from resumeopt.platform import background


@app.task
def sweep_stalled_jobs() -> int:
    """Periodic: no job stays "running" after its worker died."""
    return background.sweep_stalled_jobs(settings.BACKGROUND_JOB_STALL_SECONDS)


@app.task
def improve_import(job_id: str, payload: str) -> None:
    """Ask the language model about an import's unsure
    and unsorted lines; the answer waits on the job row.

    `payload` is the review state as the review page carries it (signed); the
    merged state goes to the job's result, for the review page of the answer.
    An AssistError's message is what the job row shows the user.
    """
    with background.run_job(job_id) as run:
        if run is None:
            return
        review = import_review.unsign(payload, run.job.owner_id)
        run.progress(0, 1, "Asking the model")
        improvement = improve(
            review["document"],
            review["sources"],
            filled=review["filled"],
            structured=review["format"] in import_review.STRUCTURED_FORMATS,
            user=run.job.owner,
        )
        added = len(improvement.filled) - len(review["filled"])
        run.result = {
            "review": {
                **review,
                "document": improvement.document,
                "filled": improvement.filled,
                "sources": {**review["sources"], **improvement.sources},
                "asked": llm.configured_model(),
            }
        }
        run.result_url = reverse("resume_import_improved", args=[job_id])
        run.message = (
            f"The model filled {added} field{'s' if added != 1 else ''}, marked for you to check."
            if added
            else "The model found nothing to add; the import is as it was."
        )
