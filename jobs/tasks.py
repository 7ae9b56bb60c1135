"""Celery tasks of the jobs app: ids in, one job each, progress and outcome on the job row."""

from django.conf import settings

from jobs import ranking
from jobs.enrichment import enrich
from jobs.models import JobDescription, RankingBatch
from resumeopt.celery import app
from resumeopt.platform.background import run_job


@app.task
def rank_batch(job_id: str, batch_id: int, runner: int = 0) -> None:
    """Read, extract and rank a batch of postings as one of its runners, reporting progress
    on the job row.

    The first run cuts a batch of more than a step into stretches and queues a run for
    each other runner (RANKING_PARTS in all), so the worker's processes rank side by
    side, each taking the next stretch nobody took; the run that saves the last step
    finishes the job. A runner with much to rank works in pieces, each within the task
    time limit: a piece that has worked RANKING_PIECE_SECONDS queues the next, which
    goes on from the last step saved.
    """
    with run_job(job_id) as run:
        if run is None:
            return
        batch = RankingBatch.objects.select_related("resume", "owner").get(pk=batch_id)
        if not batch.processed:
            run.progress(0, message="Reading the postings")
        try:
            run.result = ranking.run_batch(
                batch,
                progress=run.progress,
                seconds=settings.RANKING_PIECE_SECONDS,
                runner=runner,
                runners=settings.RANKING_PARTS,
                start_runner=lambda other: run.start_alongside(rank_batch, batch_id, other),
            )
        except ranking.BatchTakenOver:  # handed out twice, or stopped by another runner
            run.leave_to_another_run()
            return
        if run.result is None:
            if ranking.nothing_left_for(batch, runner):  # another runner is still ranking
                run.leave_to_another_run()
            else:
                run.continue_in(rank_batch, batch_id, runner)
            return
        run.result_url = batch.get_absolute_url()
        failed = run.result["failed"]
        run.message = (
            f"Ranked {run.result['ranked']:,} postings"
            + (f"; {failed:,} could not be read" if failed else "")
            + "."
        )


@app.task
def enrich_posting(job_id: str, posting_id: int) -> None:
    """Ask the language model for skills the taxonomy missed in one posting."""
    with run_job(job_id) as run:
        if run is None:
            return
        posting = JobDescription.objects.select_related("owner").get(pk=posting_id)
        run.progress(0, 1, "Asking the model")
        # An EnrichmentError's message is what the job row shows the user.
        after = enrich(posting.source_text, posting.parsed_requirements(), user=posting.owner)
        posting.requirements = after.to_dict()
        posting.save(update_fields=["requirements"])
        added = sum(1 for skill in after.skills if skill.source == "llm")
        run.result = {"added": added}
        run.result_url = posting.get_absolute_url()
        run.message = (
            f"The model added {added} skill{'s' if added != 1 else ''}."
            if added
            else "The model found nothing the taxonomy missed."
        )
