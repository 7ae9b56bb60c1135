"""The application tracker: list, read, track a posting, move between stages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from applications import tracking
from applications.models import Application, Stage
from jobs.models import JobDescription
from resumeopt.models import Resume

router = Router(tags=["applications"])


class ApplicationSummary(Schema):
    id: int
    company: str
    title: str
    stage: str = Field(alias="stage.name")
    stage_kind: str = Field(alias="stage.kind")
    job: int | None = Field(None, alias="job_id")
    match_score: int | None = None
    applied_at: datetime | None = None
    updated_at: datetime


class TrackIn(Schema):
    job: int
    resume: int | None = None


class MoveIn(Schema):
    stage: int


def application_json(application: Application) -> dict[str, Any]:
    return {
        **ApplicationSummary.from_orm(application).model_dump(),
        "resume": application.resume_id,
        "version": application.version_id,
        "next_step": application.next_step,
        "notes": application.notes,
        "events": [
            {"kind": event.kind, "text": event.text, "created_at": event.created_at}
            for event in application.events.all()
        ],
    }


def _owned(request: HttpRequest, pk: int) -> Application:
    return get_object_or_404(Application.objects.select_related("stage"), pk=pk, owner=request.user)


@router.get("", response=list[ApplicationSummary])
@paginate(PageNumberPagination, page_size=50)
def list_applications(request: HttpRequest):
    return Application.objects.filter(owner=request.user).select_related("stage")


@router.get("/stages", response=list[dict])
def list_stages(request: HttpRequest):
    return [
        {"id": stage.pk, "name": stage.name, "kind": stage.kind}
        for stage in tracking.stages_for(request.user)
    ]


@router.post("", response={200: dict, 201: dict})
def track(request: HttpRequest, data: TrackIn):
    """Track one of your postings (the existing application if it is tracked already)."""
    job = get_object_or_404(JobDescription, pk=data.job, owner=request.user)
    resume = get_object_or_404(Resume, pk=data.resume, owner=request.user) if data.resume else None
    application, created = tracking.track_job(request.user, job, resume=resume)
    return Status(201 if created else 200, application_json(_owned(request, application.pk)))


@router.get("/{int:pk}", response=dict)
def get_application(request: HttpRequest, pk: int):
    return application_json(_owned(request, pk))


@router.post("/{int:pk}/move", response=dict)
def move(request: HttpRequest, pk: int, data: MoveIn):
    """Move to another of your stages (ids from /api/applications/stages)."""
    application = _owned(request, pk)
    stage = get_object_or_404(Stage, pk=data.stage, owner=request.user)
    tracking.move(application, stage, user=request.user)
    return application_json(_owned(request, pk))
