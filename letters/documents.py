"""Creating, saving and exporting letters: every change is a history record with its reason."""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from exports.models import Export
from exports.renderers import FORMATS, ExportError, ExportOptions, render
from exports.renderers.content import Line, header
from jobs.models import JobDescription
from letters.drafting import Draft, draft_offline
from letters.models import Letter
from resumeopt.models import Resume

LETTER_FORMATS = ("pdf", "docx", "md", "txt")


class Reason:
    DRAFT = "offline draft"
    MODEL_DRAFT = "model draft"
    EDIT = "edit"
    RESTORE = "restore"


def offline_draft(resume: Resume | None, job: JobDescription | None) -> Draft:
    # The extractor is imported when a letter is drafted: the letter views import this
    # module, and every management command's URL checks import the views.
    from jobs.extraction import Requirements

    document = resume.content if resume else {}
    requirements = job.parsed_requirements() if job else Requirements.from_dict({})
    return draft_offline(
        document, requirements, company=job.company if job else "", title=job.title if job else ""
    )


def create_letter(
    owner, *, resume: Resume | None, job: JobDescription | None, title: str = ""
) -> Letter:
    """A new letter, drafted offline from the resume's match with the job."""
    draft = offline_draft(resume, job)
    letter = Letter(
        owner=owner,
        resume=resume,
        job=job,
        body=draft.text,
        left_out=draft.left_out,
        title=(title.strip() or _default_title(job))[:200],
    )
    save_letter(letter, user=owner, reason=Reason.DRAFT)
    return letter


def _default_title(job: JobDescription | None) -> str:
    return f"Letter for {job.display_title}" if job else "Cover letter"


def save_letter(letter: Letter, *, user, reason: str) -> Letter:
    with transaction.atomic():
        letter._history_user = user
        letter._change_reason = reason
        letter.save()
    return letter


def apply_draft(letter: Letter, draft: Draft, *, user, reason: str) -> Letter:
    letter.body = draft.text
    letter.left_out = draft.left_out
    return save_letter(letter, user=user, reason=reason)


def letter_blocks(letter: Letter, document: dict) -> list:
    """The resume's header (name, headline, contacts), then the letter, one paragraph a block."""
    blocks: list = [header(document if isinstance(document, dict) else {})]
    blocks += [
        Line(paragraph.strip()) for paragraph in letter.body.split("\n\n") if paragraph.strip()
    ]
    return blocks


def export_options(letter: Letter, fallback: ExportOptions) -> ExportOptions:
    """The options the letter's resume was last exported
    with, so both look alike; else `fallback`."""
    if letter.resume_id is None:
        return fallback
    latest = (
        Export.objects.filter(resume_id=letter.resume_id)
        .exclude(format="zip")
        .order_by("-created_at")
        .values_list("options", flat=True)
        .first()
    )
    try:
        return ExportOptions.from_dict(latest) if latest else fallback
    except ExportError:
        return fallback


def export_letter(letter: Letter, fmt: str, options: ExportOptions) -> tuple[bytes, str, str]:
    """The letter's file in the resume's header and template: (bytes, file name, content type)."""
    if fmt not in LETTER_FORMATS:
        raise ValueError(f"Letters export as {', '.join(LETTER_FORMATS)}.")
    document = letter.resume.content if letter.resume else {}
    data = render(
        document, fmt, options, blocks=letter_blocks(letter, document), kind="Cover letter"
    )
    basics = document.get("basics") if isinstance(document.get("basics"), dict) else {}
    stem = slugify(basics.get("name") or "") or slugify(letter.title) or "letter"
    name = f"{stem}-cover-letter.{FORMATS[fmt].extension}"
    return data, name, FORMATS[fmt].content_type
