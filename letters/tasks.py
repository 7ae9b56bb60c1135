"""Celery tasks of the letters app."""

from jobs.extraction import Requirements
from letters.documents import Reason, apply_draft
from letters.drafting import draft_with_model
from letters.models import Letter
from resumeopt.celery import app
from resumeopt.platform.background import run_job


@app.task
def draft_letter_with_model(job_id: str, letter_id: int) -> None:
    """Ask the model for a letter; the fact guard drops any sentence the resume does not support."""
    with run_job(job_id) as run:
        if run is None:
            return
        letter = Letter.objects.select_related("resume", "job", "owner").get(pk=letter_id)
        run.result_url = letter.get_absolute_url()
        job = letter.job
        draft = draft_with_model(
            letter.resume.content if letter.resume else {},
            job.parsed_requirements() if job else _no_requirements(),
            job.source_text if job else "",
            company=job.company if job else "",
            title=job.title if job else "",
            user=letter.owner,
        )
        if not draft.text.strip():
            raise ValueError(
                "The model's letter had nothing the resume supports; the letter is unchanged."
            )
        apply_draft(letter, draft, user=letter.owner, reason=Reason.MODEL_DRAFT)
        run.result = {"dropped": draft.dropped}
        run.message = "The model's draft is in the letter." + (
            f" {len(draft.dropped)} sentence(s) it wrote were left out: the resume does not "
            "support them."
            if draft.dropped
            else ""
        )


def _no_requirements():
    return Requirements.from_dict({})
