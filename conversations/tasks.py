"""Whole-resume optimization for a target job, as a Celery task."""

from conversations.models import OptimizationRun
from conversations.optimization import optimize_sections
from resumeopt.celery import app
from resumeopt.platform.background import run_job


@app.task
def optimize_resume(job_id: str, run_id: int) -> None:
    """Go through every section and collect proposals for review; apply nothing."""
    with run_job(job_id) as run:
        if run is None:
            return
        optimization = OptimizationRun.objects.select_related("resume", "target_job", "owner").get(
            pk=run_id
        )
        outcome = optimize_sections(optimization, progress=run.progress)
        count = outcome.proposals
        run.result = {"proposals": count, "skipped": outcome.skipped}
        run.result_url = optimization.get_absolute_url()
        run.message = f"{count} proposal{'s' if count != 1 else ''} ready for review."
        if outcome.skipped:
            run.message += f" Skipped {', '.join(outcome.skipped)}: {outcome.problem}"
