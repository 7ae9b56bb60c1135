"""Export pages: options with a live preview, download, batch ZIPs and the export history."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from exports import exporting
from exports.forms import (
    BatchForm,
    ExportForm,
    ExportFormatForm,
    moved,
    options_from_query,
    preview_query,
)
from exports.models import Export
from exports.renderers import FORMATS, ExportError, content_type, templates
from resumeopt.forms import NextForm
from resumeopt.models import Resume
from resumeopt.platform import ratelimits
from resumeopt.platform.background import cancel_job, start_job
from resumeopt.platform.htmx import HtmxHttpRequest

PAGE = "exports/export.html"
PAGE_SIZE = 25


def owned_resume(request: HttpRequest, pk: int) -> Resume:
    return get_object_or_404(Resume, pk=pk, owner=request.user)


def owned_export(request: HttpRequest, pk: int) -> Export:
    return get_object_or_404(
        Export.objects.select_related("resume", "job"), pk=pk, owner=request.user
    )


@require_GET
def export_resume(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """The export page; htmx asks it for the preview (options
    changed) or the whole form (a section moved)."""
    resume = owned_resume(request, pk)
    sources = exporting.sources(resume)
    if "template" in request.GET:  # the options form itself, as the user has it now
        data = request.GET.copy()
        if data.get("move"):
            data.setlist("order", moved(data.getlist("order"), data["move"]))
        form = ExportForm(data, sources=sources)
    else:  # a fresh page: the user's defaults, and the version a link asked for
        source = request.GET.get("source", exporting.CURRENT)
        if source not in {s.key for s in sources}:
            raise Http404("No such version of this resume.")
        initial = ExportForm.initial_for(exporting.default_options(request.user), source)
        form = ExportForm(initial=initial, sources=sources)
    context = _context(
        request, resume, form, BatchForm(sources=sources, initial=_batch_initial(request))
    )
    if request.htmx:
        part = "workspace" if request.GET.get("move") else "preview"
        return render(request, f"{PAGE}#{part}", context)
    return render(request, PAGE, context)


@require_GET
@ratelimits.rate_limit("exports", methods=("GET",))
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF exactly as it would download, shown inline in the page's preview frame.

    Not recorded, but counted in the exports quota: each one renders a PDF.
    """
    resume = owned_resume(request, pk)
    try:
        source = exporting.source_for(resume, request.GET.get("source", exporting.CURRENT))
        data, name, _ = exporting.render_source(
            resume, source, "pdf", options_from_query(request.GET)
        )
    except ExportError as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(data, content_type=content_type("pdf"))
    response["Content-Disposition"] = content_disposition_header(False, name)
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@ratelimits.rate_limit("exports")
def export_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Make one file, record it, remember the options as the user's default, and download it."""
    resume = owned_resume(request, pk)
    sources = exporting.sources(resume)
    form = ExportForm(request.POST, sources=sources)
    fmt = ExportFormatForm(request.POST).chosen()
    if form.is_valid():
        options = form.cleaned_data["options"]
        try:
            source = exporting.source_for(resume, form.cleaned_data["source"])
            export = exporting.export_file(resume, source, fmt, options)
        except ExportError as error:
            form.add_error(None, str(error))
        else:
            exporting.remember_options(request.user, options)
            return redirect("exports:file", export.pk)
    context = _context(request, resume, form, BatchForm(sources=sources))
    return render(request, PAGE, context, status=422)


@require_POST
@ratelimits.rate_limit("exports")
def batch_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Start a batch: the chosen versions in the chosen
    formats, rendered into one ZIP by a worker."""
    resume = owned_resume(request, pk)
    sources = exporting.sources(resume)
    form = ExportForm(request.POST, sources=sources)
    batch = BatchForm(request.POST, sources=sources)
    if form.is_valid() and batch.is_valid():
        options = form.cleaned_data["options"]
        try:
            export = exporting.plan_batch(
                resume,
                batch.cleaned_data["batch_sources"],
                batch.cleaned_data["batch_formats"],
                options,
            )
        except ExportError as error:
            batch.add_error(None, str(error))
        else:
            # Celery loads when a job starts, not with the URLconf.
            from exports.tasks import export_batch

            export.job = start_job(
                export_batch,
                owner=request.user,
                kind="exports.batch",
                label=f"Exporting {len(export.items)} files of {resume.title}",
                total=len(export.items),
                args=(export.pk,),
            )
            export.save(update_fields=["job"])
            exporting.remember_options(request.user, options)
            messages.success(request, "Batch export started. This page shows its progress.")
            return redirect(export)
    context = _context(request, resume, form, batch)
    return render(request, PAGE, context, status=422)


@require_GET
def export_list(request: HttpRequest) -> HttpResponse:
    """Every export of the user (or of one resume), newest first, to download again or delete."""
    exports = Export.objects.filter(owner=request.user).select_related("resume", "job")
    resume = None
    if request.GET.get("resume"):
        resume = owned_resume(request, _int_or_404(request.GET["resume"]))
        exports = exports.filter(resume=resume)
    page = Paginator(exports.defer("options", "items"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "exports/export_list.html", {"page": page, "resume": resume})


@require_GET
def export_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """One export: a batch's progress and outcome, or a single file's details."""
    export = owned_export(request, pk)
    context = {
        "export": export,
        "template_label": export.template_label,
        "format_label": FORMATS[export.format].label if export.format in FORMATS else "ZIP",
    }
    if request.htmx:
        return render(request, "exports/export_detail.html#result", context)
    return render(request, "exports/export_detail.html", context)


@require_GET
def export_file(request: HttpRequest, pk: int) -> FileResponse:
    """The stored file, as it was made (re-downloading never renders again)."""
    export = owned_export(request, pk)
    if not export.file:
        raise Http404("This export has no file yet.")
    try:
        handle = export.file.open("rb")
    except FileNotFoundError:
        raise Http404("The file of this export is missing from storage.") from None
    kind = content_type(export.format) if export.format in FORMATS else "application/zip"
    return FileResponse(handle, as_attachment=True, filename=export.filename, content_type=kind)


@require_POST
def export_delete(request: HttpRequest, pk: int) -> HttpResponse:
    export = owned_export(request, pk)
    if export.job and not export.job.is_finished:
        cancel_job(export.job)
    export.delete()  # its file goes with it (exports.models.delete_export_file)
    messages.success(request, f"Deleted the export “{export.filename}”.")
    return redirect(NextForm(request.POST).safe_url(request) or "exports:list")


def _context(
    request: HttpRequest, resume: Resume, form: ExportForm, batch: BatchForm
) -> dict[str, Any]:
    options = form.cleaned_data.get("options") if form.is_bound and form.is_valid() else None
    if not form.is_bound:
        options = exporting.default_options(request.user)
    source = form.data.get("source") if form.is_bound else form.initial.get("source")
    preview_url = preview_error = ""
    if options is not None:
        try:
            exporting.check_exportable(resume, exporting.source_for(resume, source), options)
        except ExportError as error:
            preview_error = str(error)
        else:
            preview_url = (
                f"{reverse('exports:preview', args=[resume.pk])}?{preview_query(source, options)}"
            )
    return {
        "resume": resume,
        "form": form,
        "batch": batch,
        "templates": templates(),
        "formats": FORMATS,
        "preview_url": preview_url,
        "preview_error": preview_error,
        "recent": Export.objects.filter(owner=request.user, resume=resume).select_related("job")[
            :5
        ],
    }


def _batch_initial(request: HttpRequest) -> dict[str, Any]:
    return {
        "batch_sources": [request.GET.get("source", exporting.CURRENT)],
        "batch_formats": ["pdf", "docx"],
    }


def _int_or_404(value: str) -> int:
    if not value.isdigit():
        raise Http404("No such resume.")
    return int(value)
