"""Celery tasks of the exports app."""

from exports import exporting
from exports.models import Export
from resumeopt.celery import app
from resumeopt.platform.background import run_job


@app.task
def export_batch(job_id: str, export_id: int) -> None:
    """Render a planned batch into one ZIP, reporting progress on the job row."""
    with run_job(job_id) as run:
        if run is None:
            return
        export = Export.objects.select_related("resume").get(pk=export_id)
        run.result_url = export.get_absolute_url()
        run.progress(0, len(export.items), message="Starting")
        exporting.run_batch(export, progress=run.progress)
        failed = len(export.failures)
        run.result = {"delivered": len(export.delivered), "failed": failed}
        run.message = f"{len(export.delivered)} files in the ZIP" + (
            f"; {failed} could not be made." if failed else "."
        )
