"""Resumes and their sections, import, analysis, versions, compare and export."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, File, Form, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate

from exports import exporting
from exports.renderers import FORMATS, ExportError, content_type
from resumeopt import jsonresume, resumes
from resumeopt.importers import MAX_UPLOAD_BYTES, ResumeImportError, import_bytes
from resumeopt.models import Resume
from resumeopt.platform import ratelimits
from versions import diff, history
from versions.models import Version

router = Router(tags=["resumes"])


class ResumeSummary(Schema):
    id: int
    title: str
    revision: int
    updated_at: datetime


class ResumeIn(Schema):
    title: str
    document: dict[str, Any] | None = None


class SectionIn(Schema):
    value: Any
    expected_revision: int | None = None


class VersionOut(Schema):
    id: int
    name: str
    note: str
    record: int | None = Field(None, alias="record_id")
    created_at: datetime


class RecordOut(Schema):
    history_id: int
    date: datetime = Field(alias="history_date")
    reason: str | None = Field(None, alias="history_change_reason")
    revision: int


def owned_resume(request: HttpRequest, pk: int) -> Resume:
    return get_object_or_404(Resume, pk=pk, owner=request.user)


def resume_json(resume: Resume) -> dict[str, Any]:
    return {
        "id": resume.pk,
        "title": resume.title,
        "revision": resume.revision,
        "updated_at": resume.updated_at,
        "document": resume.content,
    }


@router.get("", response=list[ResumeSummary])
@paginate(PageNumberPagination, page_size=50)
def list_resumes(request: HttpRequest):
    return Resume.objects.filter(owner=request.user).only("id", "title", "revision", "updated_at")


@router.post("", response={201: dict})
def create_resume(request: HttpRequest, data: ResumeIn):
    try:
        resume = resumes.create_resume(request.user, data.title[:200], data.document)
    except jsonresume.InvalidResume as invalid:
        raise HttpError(400, f"Not saved: {invalid}") from None
    return Status(201, resume_json(resume))


@router.post("/import", response={201: dict})
def import_resume(request: HttpRequest, file: File[UploadedFile], title: Form[str] = ""):
    """Import a PDF, DOCX, text, Markdown, JSON Resume file or LinkedIn export as a new resume."""
    _spend(request, "uploads")
    if file.size > MAX_UPLOAD_BYTES:
        raise HttpError(413, f"The file is over the {MAX_UPLOAD_BYTES // 1024 // 1024} MB limit.")
    try:
        result = import_bytes(file.read(MAX_UPLOAD_BYTES + 1), file.name or "")
        name = (result.document.get("basics") or {}).get("name") or "Imported resume"
        resume = resumes.create_resume(
            request.user,
            (title or f"{name} – resume")[:200],
            result.document,
            reason=resumes.ChangeReason.IMPORT,
        )
    except (ResumeImportError, jsonresume.InvalidResume) as error:
        raise HttpError(400, str(error)) from None
    return Status(201, {**resume_json(resume), "warnings": result.warnings})


@router.get("/{int:pk}", response=dict)
def get_resume(request: HttpRequest, pk: int):
    return resume_json(owned_resume(request, pk))


@router.get("/{int:pk}/sections/{path:path}", response=dict)
def get_section(request: HttpRequest, pk: int, path: str):
    """One section, entry or field by its path: basics, work, work/0, work/0/highlights/1."""
    resume = owned_resume(request, pk)
    value = jsonresume.get_at(resume.content, path.strip("/"))
    if value is None:
        raise HttpError(404, f"This resume has nothing at “{path}”.")
    return {"path": path.strip("/"), "value": value, "revision": resume.revision}


@router.put("/{int:pk}/sections/{path:path}", response=dict)
def put_section(request: HttpRequest, pk: int, path: str, data: SectionIn):
    """Replace one section, entry or field; saved in the history as an edit."""
    resume = owned_resume(request, pk)
    _spend(request, "edits")
    try:
        resumes.save_at(
            resume,
            path.strip("/"),
            data.value,
            user=request.user,
            reason=resumes.ChangeReason.EDIT,
            expected_revision=data.expected_revision,
        )
    except resumes.EditConflict as conflict:
        raise HttpError(409, str(conflict)) from None
    except (jsonresume.InvalidResume, ValueError, KeyError, IndexError) as invalid:
        raise HttpError(400, f"Not saved: {invalid}") from None
    resume.refresh_from_db()
    return {
        "path": path.strip("/"),
        "value": jsonresume.get_at(resume.content, path.strip("/")),
        "revision": resume.revision,
    }


@router.get("/{int:pk}/analysis", response=dict)
def analysis(request: HttpRequest, pk: int):
    """Score, category scores and findings: the same analysis as the resume page."""
    from optimizer.analysis import analyze  # here: every command's URL checks build this router

    return analyze(owned_resume(request, pk).content).to_dict()


@router.get("/{int:pk}/versions", response=list[VersionOut])
@paginate(PageNumberPagination, page_size=50)
def list_versions(request: HttpRequest, pk: int):
    resume = owned_resume(request, pk)
    return Version.objects.filter(resume=resume, deleted_at__isnull=True).order_by("-created_at")


@router.get("/{int:pk}/history", response=list[RecordOut])
@paginate(PageNumberPagination, page_size=50)
def list_history(request: HttpRequest, pk: int):
    resume = owned_resume(request, pk)
    return resume.history.order_by("-history_date", "-history_id").only(
        "history_id", "history_date", "history_change_reason", "revision"
    )


def _state(resume: Resume, key: str) -> dict[str, Any]:
    if key in ("", "current"):
        return resume.content
    if not key.isdigit():
        raise HttpError(400, "Name a history record by its history_id, or “current”.")
    record = history.record_of(resume, int(key))
    if record is None:
        raise HttpError(404, f"This resume has no history record {key}.")
    return record.content


@router.get("/{int:pk}/compare", response=dict)
def compare(request: HttpRequest, pk: int, a: str, b: str = "current"):
    """Section-by-section and word-level differences between two states (history ids or current)."""
    resume = owned_resume(request, pk)
    return asdict(diff.compare(_state(resume, a), _state(resume, b)))


@router.get("/{int:pk}/export")
def export(request: HttpRequest, pk: int, format: str = "pdf", source: str = exporting.CURRENT):
    """The resume as a file (pdf, docx, md, txt, html, json); `source` a version's key."""
    resume = owned_resume(request, pk)
    _spend(request, "exports")
    if format not in FORMATS:
        raise HttpError(400, f"Unknown format “{format}”. Choose one of: {', '.join(FORMATS)}.")
    try:
        chosen = exporting.source_for(resume, source)
        data, name, _ = exporting.render_source(
            resume, chosen, format, exporting.default_options(request.user)
        )
    except ExportError as error:
        raise HttpError(400, str(error)) from None
    response = HttpResponse(data, content_type=content_type(format))
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _spend(request: HttpRequest, scope: str) -> None:
    """Count one use of `scope` for this user; a 429 with the reason past its limit."""
    verdict = ratelimits.hit(scope, f"user:{request.user.pk}")
    if not verdict.allowed:
        raise HttpError(429, ratelimits.message(scope, verdict))
