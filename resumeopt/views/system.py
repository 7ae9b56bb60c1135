"""Health and background-job endpoints."""

import uuid

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from resumeopt import background
from resumeopt.health import run_checks
from resumeopt.models import BackgroundJob


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """State of the database, cache, channel layer and broker: 200 if all are up, else 503."""
    results = run_checks()
    healthy = all(result.ok for result in results)
    body = {
        "status": "ok" if healthy else "unavailable",
        "checks": {result.name: result.as_dict() for result in results},
    }
    return JsonResponse(body, status=200 if healthy else 503)


def _owned_job(request: HttpRequest, job_id: str) -> BackgroundJob:
    try:
        uuid.UUID(str(job_id))
    except ValueError:
        raise Http404 from None
    return get_object_or_404(BackgroundJob, pk=job_id, owner=request.user)


@never_cache
@require_GET
def job_progress(request: HttpRequest, job_id) -> HttpResponse:
    """The progress component of one job; pages poll it when the socket is down."""
    job = _owned_job(request, job_id)
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse(
            {
                "id": str(job.pk),
                "kind": job.kind,
                "status": job.status,
                "done": job.done,
                "total": job.total,
                "percent": job.percent,
                "message": job.message,
                "error": job.error,
                "result_url": job.result_url,
            }
        )
    return render(request, "components/job_progress.html", {"job": job})


@require_POST
def job_cancel(request: HttpRequest, job_id) -> HttpResponse:
    job = _owned_job(request, job_id)
    background.cancel_job(job)
    job.refresh_from_db()
    return render(request, "components/job_progress.html", {"job": job})
