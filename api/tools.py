"""What the MCP tools do, as plain functions of a
user: the same domain calls as pages and the REST API.

Every function takes the acting user first and scopes every query to them;
another user's object is "not found", exactly as a 404 on a page. Agents never
change a resume: `propose_edit` stores a pending proposal that the user
applies (or rejects) in the assistant panel.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from conversations.guard import fabrication_warnings
from conversations.models import Conversation, Message, Proposal
from exports import exporting
from exports.renderers import FORMATS, ExportError, ExportOptions, render
from jobs.extraction import extract_requirements
from jobs.matching import match_resume
from jobs.models import JobDescription
from optimizer.analysis import analyze
from resumeopt import jsonresume, sections
from resumeopt.models import Resume
from resumeopt.platform import ratelimits
from versions import diff, history
from versions.models import Version

MAX_POSTING_CHARACTERS = 100_000
MAX_RANKED = 200
TEXT_FORMATS = ("md", "txt", "html", "json")


class ToolError(Exception):
    """A tool cannot do what was asked; the message is for the agent and its user."""


def _resume(user, resume_id: int) -> Resume:
    resume = Resume.objects.filter(pk=resume_id, owner=user).first()
    if resume is None:
        raise ToolError(f"You have no resume {resume_id}. list_resumes shows yours.")
    return resume


def _job(user, job_id: int) -> JobDescription:
    job = JobDescription.objects.filter(pk=job_id, owner=user).first()
    if job is None:
        raise ToolError(f"You have no job posting {job_id}.")
    return job


def list_resumes(user) -> list[dict[str, Any]]:
    return [
        {
            "id": r.pk,
            "title": r.title,
            "revision": r.revision,
            "updated_at": r.updated_at.isoformat(),
        }
        for r in Resume.objects.filter(owner=user).only("id", "title", "revision", "updated_at")[
            :200
        ]
    ]


def read_section(user, resume_id: int, path: str = "") -> Any:
    resume = _resume(user, resume_id)
    path = path.strip("/")
    if not path:
        return resume.content
    value = jsonresume.get_at(resume.content, path)
    if value is None:
        raise ToolError(f"This resume has nothing at “{path}” (try basics, work/0, skills).")
    return value


def analyze_resume(user, resume_id: int) -> dict[str, Any]:
    return analyze(_resume(user, resume_id).content).to_dict()


def analyze_posting(user, text: str) -> dict[str, Any]:
    text = (text or "").strip()
    if not text:
        raise ToolError("Give the posting's text.")
    if len(text) > MAX_POSTING_CHARACTERS:
        raise ToolError(f"A posting can be at most {MAX_POSTING_CHARACTERS} characters.")
    return extract_requirements(text).to_dict()


def match(user, resume_id: int, job_id: int | None = None, posting_text: str = "") -> dict:
    resume = _resume(user, resume_id)
    if job_id is not None:
        requirements = _job(user, job_id).parsed_requirements()
    elif posting_text.strip():
        analyze_posting(user, posting_text)  # the same limits
        requirements = extract_requirements(posting_text)
    else:
        raise ToolError("Give a job_id of one of your postings, or a posting_text.")
    return match_resume(resume.content, requirements).to_dict()


def rank_jobs(user, resume_id: int, job_ids: list[int] | None = None) -> list[dict[str, Any]]:
    resume = _resume(user, resume_id)
    jobs = JobDescription.objects.filter(owner=user)
    if job_ids:
        jobs = jobs.filter(pk__in=job_ids)
    ranked = [
        {
            "job_id": job.pk,
            "title": job.display_title,
            "score": match_resume(resume.content, job.parsed_requirements()).score,
        }
        for job in jobs.order_by("-created_at")[:MAX_RANKED]
    ]
    return sorted(ranked, key=lambda row: -row["score"])


def list_versions(user, resume_id: int) -> dict[str, Any]:
    resume = _resume(user, resume_id)
    versions = Version.objects.filter(resume=resume, deleted_at__isnull=True).order_by(
        "-created_at"
    )
    records = resume.history.order_by("-history_date", "-history_id")[:50]
    return {
        "versions": [
            {
                "id": v.pk,
                "name": v.name,
                "history_id": v.record_id,
                "created_at": v.created_at.isoformat(),
            }
            for v in versions[:200]
        ],
        "history": [
            {
                "history_id": r.history_id,
                "date": r.history_date.isoformat(),
                "reason": r.history_change_reason or "",
            }
            for r in records
        ],
    }


def _state(resume: Resume, key: str) -> dict[str, Any]:
    if key in ("", "current"):
        return resume.content
    record = history.record_of(resume, int(key)) if str(key).isdigit() else None
    if record is None:
        raise ToolError(f"“{key}” is not a history_id of this resume (or “current”).")
    return record.content


def compare_versions(user, resume_id: int, a: str, b: str = "current") -> dict[str, Any]:
    resume = _resume(user, resume_id)
    return asdict(diff.compare(_state(resume, str(a)), _state(resume, str(b))))


def _unit_of(path: str) -> str:
    """The section entry a field path is in:
    work/0/highlights/1 -> work/0, basics/summary -> basics."""
    parts = path.split("/")
    unit = "basics" if parts[0] == "basics" else "/".join(parts[:2])
    if not sections.is_unit_path(unit):
        raise ToolError(f"“{path}” is not a path in a resume (use e.g. work/0/highlights/1).")
    return unit


def propose_edit(
    user, resume_id: int, path: str, replacement: str, rationale: str = "", agent: str = "An agent"
) -> dict:
    """A pending proposal to replace the text at `path`, shown in that section's assistant panel.

    The resume is not changed: the user applies, edits or rejects the proposal there.
    """
    resume = _resume(user, resume_id)
    path = path.strip("/")
    unit = _unit_of(path)
    original = jsonresume.get_at(resume.content, path)
    if not isinstance(original, str):
        raise ToolError(f"“{path}” is not a text in this resume; propose one text at a time.")
    replacement = (replacement or "").strip()
    if not replacement or len(replacement) > 4000:
        raise ToolError("Give a replacement text of at most 4000 characters.")
    conversation, _ = Conversation.objects.get_or_create(
        owner=user, resume=resume, section_path=unit
    )
    note = f"{agent[:100]} proposed an edit through MCP."
    if rationale.strip():
        note += f" Its reason: {rationale.strip()[:2000]}"
    message = Message.objects.create(
        conversation=conversation, role=Message.Role.ASSISTANT, content=note, model="mcp"
    )
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        conversation=conversation,
        message=message,
        path=path,
        original=original,
        replacement=replacement,
        rationale=rationale[:2000],
        source="agent",
        warnings=fabrication_warnings(original, replacement, resume.content),
    )
    return {
        "proposal_id": proposal.pk,
        "status": proposal.status,
        "warnings": proposal.warnings,
        "review_at": conversation.get_absolute_url(),
        "note": "Stored as a proposal. The user reviews and applies it in ResumeOpt; "
        "the resume is unchanged until they do.",
    }


def export_resume(user, resume_id: int, format: str = "md", source: str = "current") -> dict:
    """Text formats come back inline; PDF and DOCX are kept in the user's exports."""
    resume = _resume(user, resume_id)
    verdict = ratelimits.hit("exports", f"user:{user.pk}")
    if not verdict.allowed:
        raise ToolError(ratelimits.message("exports", verdict))
    if format not in FORMATS:
        raise ToolError(f"Unknown format “{format}”. Choose one of: {', '.join(FORMATS)}.")
    try:
        chosen = exporting.source_for(resume, source)
        if format in TEXT_FORMATS:
            document, _ = exporting.source_state(resume, chosen)
            return {"format": format, "content": render(document, format, ExportOptions()).decode()}
        export = exporting.export_file(resume, chosen, format, exporting.default_options(user))
    except ExportError as error:
        raise ToolError(str(error)) from None
    return {
        "format": format,
        "export_id": export.pk,
        "filename": export.filename,
        "size": export.size,
        "download": export.get_absolute_url(),
        "note": "Saved in the user's exports; they download it from ResumeOpt.",
    }
