"""Import a resume: parse, let the user check what the parser was unsure of, then save.

The parse travels between the steps signed (`importers.review.sign`) in the
review page itself, so nothing is stored until the user says so and an
abandoned import leaves nothing behind. The review page is one form: a small
form per doubtful entry and one per unsorted line; the fixes are applied when
the user saves (or checks an entry, or asks the model), and what they do not
touch is saved exactly as parsed.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from resumeopt import jsonresume, llm, resumes
from resumeopt.forms import (
    IMPORT_EXPIRED,
    ImportForm,
    ImportTargetForm,
    ReviewEntryForm,
    ReviewStepForm,
    UnsortedLineForm,
)
from resumeopt.importers import MAX_UPLOAD_BYTES, ResumeImportError, import_bytes, import_text
from resumeopt.importers import review as parse_review
from resumeopt.importers.assist import build_request
from resumeopt.models import BackgroundJob, Resume
from resumeopt.platform import ratelimits
from resumeopt.platform.background import start_job
from resumeopt.platform.htmx import HtmxHttpRequest
from resumeopt.views.resumes import resume_context

IMPROVE_KIND = "import.improve"


def _target(request: HttpRequest) -> Resume | None:
    """The resume whose content an import replaces, when the user chose one."""
    pk = ImportTargetForm(request.POST).chosen() or ImportTargetForm(request.GET).chosen()
    return _owned_resume(request, pk)


def _owned_resume(request: HttpRequest, pk: Any) -> Resume | None:
    if not pk:
        return None
    if not str(pk).isdigit():
        raise Http404("No such resume.")
    return get_object_or_404(Resume, pk=pk, owner=request.user)


@require_http_methods(["GET", "POST"])
@ratelimits.rate_limit("uploads")
def import_start(request: HttpRequest) -> HttpResponse:
    into = _target(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            upload = form.cleaned_data.get("file")
            if upload:
                result = import_bytes(_read_bounded(upload), upload.name)
            else:
                result = import_text(form.cleaned_data["text"])
        except ResumeImportError as error:
            form.add_error("file" if form.cleaned_data.get("file") else "text", str(error))
        else:
            review = {
                "document": result.document,
                "title": form.cleaned_data.get("title") or _default_title(result.document, upload),
                "format": result.source_format,
                "warnings": result.warnings,
                "sources": result.sources,
                "filled": [],
            }
            return _render_review(request, review, into=into)
    return render(request, "resumeopt/import.html", {"form": form, "into": into})


@require_POST
def import_review(request: HtmxHttpRequest) -> HttpResponse:
    """The review again with the user's fixes checked: one entry for htmx, else the whole page."""
    into = _target(request)
    step = ReviewStepForm(request.POST, user_pk=request.user.pk)
    review = _unsigned(request, step)
    if review is None:
        return redirect("resume_import")
    state = _ReviewState(review, request.POST)
    checked = step.checked_path()
    if request.htmx and checked:
        form = next((form for form in state.entry_forms if form.unit.path == checked), None)
        if form is None:
            raise Http404("No such entry to check.")
        status = 200 if form.is_valid() else 422
        return render(
            request, "resumeopt/import_review.html#check-unit", {"form": form}, status=status
        )
    return _render_review(request, review, into=into, state=state)


@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    into = _target(request)
    review = _unsigned(request, ReviewStepForm(request.POST, user_pk=request.user.pk))
    if review is None:
        return redirect("resume_import")
    state = _ReviewState(review, request.POST)
    if state.fixed is None:
        messages.error(request, "Some fixes need another look; nothing was saved yet.")
        return _render_review(request, review, into=into, state=state)
    document = state.fixed
    try:
        if into is not None:
            resumes.save_document(
                into, document, user=request.user, reason=resumes.ChangeReason.IMPORT
            )
            resume = into
            messages.success(
                request, f"Imported into “{resume.title}”. The previous content is in its history."
            )
        else:
            resume = resumes.create_resume(
                request.user, review["title"], document, reason=resumes.ChangeReason.IMPORT
            )
            messages.success(request, f"Imported “{resume.title}”.")
    except jsonresume.InvalidResume as invalid:
        messages.error(request, f"The imported resume could not be saved: {invalid}")
        return redirect("resume_import")
    return redirect(resume)


@require_POST
def import_improve(request: HttpRequest) -> HttpResponse:
    """Ask the configured model about the unsure and unsorted lines, in the background.

    The user's fixes so far go with the request, so nothing they typed is lost; the
    page they are on keeps the parse as it is, whatever the model answers.
    """
    from resumeopt.tasks import improve_import  # Celery loads when a job starts

    into = _target(request)
    review = _unsigned(request, ReviewStepForm(request.POST, user_pk=request.user.pk))
    if review is None:
        return redirect("resume_import")
    state = _ReviewState(review, request.POST)
    if state.fixed is None:
        messages.error(request, "Some fixes need another look before asking the model.")
        return _render_review(request, review, into=into, state=state)
    if llm.is_offline():
        messages.error(request, "No language model is configured, so there is nothing to ask.")
        return _render_review(request, review, into=into, state=state)
    review = state.fixed_review()
    review["into"] = into.pk if into else None
    job = start_job(
        improve_import,
        owner=request.user,
        kind=IMPROVE_KIND,
        label="Asking the model about the unsure lines",
        total=1,
        args=(parse_review.sign(review, request.user.pk),),
    )
    return _render_review(request, review, into=into, job=job)


@require_GET
def import_improved(request: HttpRequest, job_id) -> HttpResponse:
    """The review with the model's answer merged, once its job is done; its progress until then."""
    job = get_object_or_404(BackgroundJob, pk=job_id, owner=request.user, kind=IMPROVE_KIND)
    review = (
        (job.result or {}).get("review") if job.status == BackgroundJob.Status.SUCCEEDED else None
    )
    if review is None:
        return render(request, "resumeopt/import_improving.html", {"job": job})
    into = _owned_resume(request, review.get("into"))
    return _render_review(request, parse_review.completed(review), into=into, answered=job)


class _ReviewState:
    """The review's forms, bound to what the user sent (or not, on first display), and the result.

    A form whose fields were not sent at all (an older page, a client that sent
    only the payload) is left unbound: its entry is saved as parsed.
    """

    def __init__(self, review: dict[str, Any], data=None):
        self.review = review
        document = review["document"]
        self.structured = review["format"] in parse_review.STRUCTURED_FORMATS
        units = parse_review.units_to_check(
            document, review["sources"], review["filled"], structured=self.structured
        )
        self.entry_forms = [
            ReviewEntryForm(_sent(data, prefix), unit=unit, prefix=prefix)
            for unit in units
            for prefix in ["fix-" + unit.path.replace("/", "-")]
        ]
        choices = parse_review.placement_choices(document)
        self.line_forms = [
            UnsortedLineForm(
                _sent(data, f"unsorted-{index}"),
                prefix=f"unsorted-{index}",
                line=line,
                choices=choices,
            )
            for index, line in enumerate((document.get("meta") or {}).get("unsorted") or [])
        ]
        valid = [form.is_valid() for form in self.entry_forms + self.line_forms if form.is_bound]
        self.fixed: dict[str, Any] | None = None
        self.edits: dict[str, dict[str, str]] = {}
        self.removed: set[str] = set()
        if all(valid):
            self.edits = {
                form.unit.path: changes
                for form in self.entry_forms
                if form.is_bound and (changes := form.changes())
            }
            self.removed = {
                form.unit.path
                for form in self.entry_forms
                if form.is_bound and form.cleaned_data.get("remove")
            }
            placements = {
                index: form.cleaned_data["place"]
                for index, form in enumerate(self.line_forms)
                if form.is_bound
            }
            self.fixed = parse_review.apply_review(
                document, edits=self.edits, removed=self.removed, placements=placements
            )
            # What is still doubtful once the fixes are in, entry by entry.
            filled = self.filled()
            for form in self.entry_forms:
                if form.is_bound:
                    form.unit.doubts = parse_review.doubts_of(
                        parse_review.apply_review(document, edits=self.edits),
                        form.unit.path,
                        filled,
                        structured=self.structured,
                    )
        for form in self.entry_forms:
            form.mark_doubts()

    def filled(self) -> list[str]:
        """The model's marks, less those on fields the user has since changed."""
        changed = {f"{path}/{key}" for path, changes in self.edits.items() for key in changes}
        return [path for path in self.review["filled"] if path not in changed]

    def fixed_review(self) -> dict[str, Any]:
        """The review state with the fixes in, entries renumbered where some were left out."""
        review = {**self.review, "document": self.fixed, "filled": self.filled()}
        return parse_review.without_entries(review, self.removed)


def _sent(data, prefix: str):
    """The request data if it holds any field of the form with this prefix, else None (unbound)."""
    if data is None or not any(key.startswith(prefix + "-") for key in data):
        return None
    return data


def _unsigned(request: HttpRequest, step: ReviewStepForm) -> dict[str, Any] | None:
    """The review the page showed, or None with a message if it expired or was altered."""
    review = step.review()
    if review is None:
        messages.error(request, IMPORT_EXPIRED)
    return review


def _render_review(
    request: HttpRequest,
    review: dict[str, Any],
    *,
    into: Resume | None,
    state: _ReviewState | None = None,
    job: BackgroundJob | None = None,
    answered: BackgroundJob | None = None,
) -> HttpResponse:
    state = state or _ReviewState(review)
    document = review["document"]
    preview = Resume(owner=request.user, title=review["title"], content=document)
    context = resume_context(preview)
    request_lines = 0
    if not llm.is_offline():
        sent = build_request(
            document,
            review["sources"],
            review["filled"],
            structured=review["format"] in parse_review.STRUCTURED_FORMATS,
        )
        request_lines = len(sent.lines)
    context.update(
        {
            "payload": parse_review.sign(review, request.user.pk),
            "review": review,
            "title": review["title"],
            "into": into,
            "preview": True,
            "entry_forms": state.entry_forms,
            "line_forms": state.line_forms,
            "doubt_count": sum(len(form.unit.doubts) for form in state.entry_forms),
            "model": llm.configured_model(),
            "model_filled": parse_review.MODEL_FILLED,
            "request_lines": request_lines,
            "job": job,
            "answered": answered,
        }
    )
    return render(request, "resumeopt/import_review.html", context)


def _read_bounded(upload) -> bytes:
    """Read an upload, never more than one chunk past the limit."""
    chunks, size = [], 0
    for chunk in upload.chunks():
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            break
    return b"".join(chunks)


def _default_title(document: dict, upload) -> str:
    name = (document.get("basics") or {}).get("name", "").strip()
    if name:
        return f"{name} – resume"
    if upload is not None:
        return upload.name.rsplit(".", 1)[0][:200] or "Imported resume"
    return "Imported resume"
