"""Service endpoints (liveness, readiness, metrics) and background-job endpoints.

/healthz, /readyz and /metrics are routed by
resumeopt.platform.middleware.ServiceEndpointsMiddleware,
ahead of host validation, the HTTPS redirect and the login requirement.
"""

import hmac
import ipaddress
import logging
import uuid

from django.conf import settings
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseForbidden,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST, require_safe
from django_prometheus.exports import ExportToDjangoView

from resumeopt.models import BackgroundJob
from resumeopt.platform import background
from resumeopt.platform.health import run_checks

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: the process answers. It touches no service, so an orchestrator never
    restarts a healthy web process because Redis or the database is briefly away."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: database, cache, channel layer and broker; 200 if all answer, else 503.

    The body names each failing check and its kind of error; the full message,
    which may name internal hosts, goes to the log only.
    """
    results = run_checks()
    for result in results:
        if not result.ok:
            logger.warning("Readiness check %s failed: %s", result.name, result.error)
    ready = all(result.ok for result in results)
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {result.name: result.as_dict() for result in results},
    }
    return JsonResponse(body, status=200 if ready else 503)


@never_cache
@require_safe
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus metrics, for the bearer of METRICS_TOKEN or an address in METRICS_ALLOWED_IPS."""
    if not _may_read_metrics(request):
        return HttpResponseForbidden(
            "Metrics need METRICS_TOKEN as a bearer token or an address in METRICS_ALLOWED_IPS.",
            content_type="text/plain; charset=utf-8",
        )
    return ExportToDjangoView(request)


def _may_read_metrics(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if token and scheme.lower() == "bearer" and hmac.compare_digest(given.strip(), token):
        return True
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(
        address in ipaddress.ip_network(allowed, strict=False)
        for allowed in settings.METRICS_ALLOWED_IPS
    )


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
