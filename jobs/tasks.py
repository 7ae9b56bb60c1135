"""Celery tasks of the jobs app."""

from celery import shared_task

from jobs import ranking
from jobs.models import RankingBatch
from resumeopt.background import run_job


@shared_task
def rank_batch(job_id: str, batch_id: int) -> None:
    """Extract and rank a batch of postings, reporting progress on the job row."""
    with run_job(job_id) as run:
        if run is None:
            return
        batch = RankingBatch.objects.select_related("resume", "owner").get(pk=batch_id)
        run.progress(0, message="Reading the postings")
        run.result = ranking.run_batch(batch, progress=run.progress)
        run.result_url = batch.get_absolute_url()
        failed = run.result["failed"]
        run.message = (
            f"Ranked {run.result['ranked']} postings"
            + (f"; {failed} could not be read" if failed else "")
            + "."
        )
