"""Job postings: add, read, match against a resume, rank several.

The extractor and the matcher are imported by the routes that use them: the URL checks of
every management command build this router.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate

from jobs.models import JobDescription
from resumeopt.models import Resume

router = Router(tags=["jobs"])

MAX_POSTING_CHARACTERS = 100_000
MAX_RANKED = 200


class JobSummary(Schema):
    id: int
    title: str
    company: str
    created_at: datetime


class JobIn(Schema):
    text: str
    title: str = ""
    company: str = ""


class RankIn(Schema):
    resume: int
    jobs: list[int]


def owned_job(request: HttpRequest, pk: int) -> JobDescription:
    return get_object_or_404(JobDescription, pk=pk, owner=request.user)


def job_json(job: JobDescription) -> dict[str, Any]:
    return {
        "id": job.pk,
        "title": job.title,
        "company": job.company,
        "created_at": job.created_at,
        "requirements": job.parsed_requirements().to_dict(),
    }


@router.get("", response=list[JobSummary])
@paginate(PageNumberPagination, page_size=50)
def list_jobs(request: HttpRequest):
    return JobDescription.objects.filter(owner=request.user).only(
        "id", "title", "company", "created_at"
    )


@router.post("", response={201: dict})
def create_job(request: HttpRequest, data: JobIn):
    """Add a posting from its text; its requirements are extracted as on the jobs page."""
    from jobs.extraction import extract_requirements

    text = data.text.strip()
    if not text:
        raise HttpError(400, "Send the posting's text.")
    if len(text) > MAX_POSTING_CHARACTERS:
        raise HttpError(400, f"A posting can be at most {MAX_POSTING_CHARACTERS} characters.")
    requirements = extract_requirements(text, title=data.title or "", company=data.company or "")
    job = JobDescription.objects.create(
        owner=request.user,
        title=requirements.title[:200],
        company=requirements.company[:200],
        source_text=text,
        requirements=requirements.to_dict(),
    )
    return Status(201, job_json(job))


@router.get("/{int:pk}", response=dict)
def get_job(request: HttpRequest, pk: int):
    return job_json(owned_job(request, pk))


@router.get("/{int:pk}/match", response=dict)
def match(request: HttpRequest, pk: int, resume: int):
    """How well one of your resumes matches this posting: score, breakdown, missing skills."""
    from jobs.matching import match_resume

    job = owned_job(request, pk)
    chosen = get_object_or_404(Resume, pk=resume, owner=request.user)
    return match_resume(chosen.content, job.parsed_requirements()).to_dict()


@router.post("/rank", response=dict)
def rank(request: HttpRequest, data: RankIn):
    """Rank several of your postings for one resume, best match first."""
    from jobs.matching import match_resume

    if not data.jobs or len(data.jobs) > MAX_RANKED:
        raise HttpError(400, f"Name between 1 and {MAX_RANKED} job ids.")
    chosen = get_object_or_404(Resume, pk=data.resume, owner=request.user)
    jobs = list(JobDescription.objects.filter(owner=request.user, pk__in=data.jobs))
    if len(jobs) != len(set(data.jobs)):
        raise HttpError(404, "Not found.")
    results = [(job, match_resume(chosen.content, job.parsed_requirements())) for job in jobs]
    results.sort(key=lambda pair: -pair[1].score)
    return {
        "resume": chosen.pk,
        "ranking": [
            {"job": job.pk, "title": job.display_title, "score": result.score}
            for job, result in results
        ],
    }
