"""The dashboard, the resume page and editing one section at a time."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from resumeopt import jsonresume, resumes, sections
from resumeopt.forms import EntryChangeForm, ResumeTitleForm
from resumeopt.models import Resume
from resumeopt.platform import ratelimits
from resumeopt.platform.htmx import HtmxHttpRequest

DETAIL = "resumeopt/resume_detail.html"


def owned_resume(request: HttpRequest, pk: int) -> Resume:
    return get_object_or_404(Resume, pk=pk, owner=request.user)


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    owned = Resume.objects.filter(owner=request.user).only("pk", "title", "content", "updated_at")
    return render(
        request, "resumeopt/dashboard.html", {"resumes": owned, "form": ResumeTitleForm()}
    )


@require_POST
def resume_create(request: HttpRequest) -> HttpResponse:
    form = ResumeTitleForm(request.POST)
    title = form.cleaned_data["title"] if form.is_valid() else "Untitled resume"
    resume = resumes.create_resume(request.user, title)
    messages.success(request, f"Created “{resume.title}”. Fill in a section to begin.")
    return redirect(resume)


@require_GET
def resume_detail(request: HttpRequest, pk: int) -> HttpResponse:
    resume = owned_resume(request, pk)
    return render(request, DETAIL, resume_context(resume))


def resume_context(resume: Resume) -> dict[str, Any]:
    """What the resume page shows: each section with its entries and their paths."""
    document = resume.content
    shown, empty = [], []
    for key in jsonresume.SECTIONS:
        section = section_context(resume, key)
        (shown if section["units"] else empty).append(section)
    unsorted = (document.get("meta") or {}).get("unsorted") or []
    return {"resume": resume, "sections": shown, "empty_sections": empty, "unsorted": unsorted}


def section_context(resume: Resume, key: str) -> dict[str, Any]:
    value = resume.content.get(key)
    if key == "basics":
        units = [unit_context(resume, "basics")]
    else:
        entries = value if isinstance(value, list) else []
        units = [unit_context(resume, f"{key}/{index}") for index in range(len(entries))]
        units = [unit for unit in units if unit["entry"] is not None]
    return {
        "key": key,
        "title": jsonresume.SECTION_TITLES[key],
        "is_list": key != "basics",
        "units": units,
        "resume": resume,
    }


def unit_context(resume: Resume, path: str, error: str = "") -> dict[str, Any]:
    section = sections.unit_section(path)
    entry = jsonresume.get_at(resume.content, path)
    parts = jsonresume.split_path(path)
    index = parts[1] if len(parts) > 1 else None
    count = len(resume.content.get(section) or []) if section != "basics" else 1
    return {
        "resume": resume,
        "path": path,
        "section": section,
        "entry": entry if isinstance(entry, dict) else ({} if section == "basics" else None),
        "title": jsonresume.entry_title(section, entry or {}),
        "dom_id": sections.form_prefix(path),
        "index": index,
        "is_first": index == 0,
        "is_last": index is not None and index == count - 1,
        "is_new": index is not None and index >= count,
        "fingerprint": jsonresume.fingerprint(entry),
        "error": error,
    }


def _unit_path_or_404(resume: Resume, path: str, *, allow_new: bool = False) -> str:
    if not sections.is_unit_path(path):
        raise Http404("No such section.")
    section = sections.unit_section(path)
    if section != "basics":
        index = jsonresume.split_path(path)[1]
        count = len(resume.content.get(section) or [])
        if index > count or (index == count and not allow_new):
            raise Http404("No such entry.")
    return path


def _unit_response(request: HtmxHttpRequest, resume: Resume, path: str) -> HttpResponse:
    """htmx gets the unit's fragment; a plain browser (no JavaScript) gets the resume page."""
    unit = unit_context(resume, path)
    if request.htmx:
        return render(request, f"{DETAIL}#unit", {"resume": resume, "unit": unit})
    return redirect(f"{resume.get_absolute_url()}#{unit['dom_id']}")


@require_GET
def unit_display(request: HttpRequest, pk: int, path: str) -> HttpResponse:
    resume = owned_resume(request, pk)
    path = _unit_path_or_404(resume, path, allow_new=True)
    if unit_context(resume, path)["is_new"]:
        return HttpResponse("")
    return _unit_response(request, resume, path)


@require_http_methods(["GET", "POST"])
@ratelimits.rate_limit("edits")
def unit_edit(request: HtmxHttpRequest, pk: int, path: str) -> HttpResponse:
    """Open a section's form, or save it (a new entry when the index is one past the end)."""
    resume = owned_resume(request, pk)
    path = _unit_path_or_404(resume, path, allow_new=True)
    section = sections.unit_section(path)
    entry = jsonresume.get_at(resume.content, path)
    prefix = sections.form_prefix(path)
    if request.method == "GET":
        form = sections.unit_form(section, entry, prefix=prefix)
        context = {"resume": resume, "unit": unit_context(resume, path), "form": form}
        template = f"{DETAIL}#unit-form" if request.htmx else "resumeopt/unit_edit.html"
        return render(request, template, context)

    form = sections.unit_form(section, entry, data=request.POST, prefix=prefix)
    if not form.is_valid():
        return _render_form(request, resume, path, form, status=422)
    base = form.cleaned_data.get("base") or ""
    # A new entry goes wherever the list ends now (another tab may have added one);
    # any other save is checked against what the form showed, even one without a base.
    is_new = section in jsonresume.LIST_SECTIONS and (
        entry is None or base == sections.NEW_ENTRY_BASE
    )
    if is_new:
        entry = None
        path = f"{section}/{len(resume.content.get(section) or [])}"
    value = sections.entry_from_form(section, form.cleaned_data, entry)
    try:
        resumes.save_at(
            resume,
            path,
            value,
            user=request.user,
            reason=resumes.ChangeReason.EDIT,
            expected_fingerprint=None if is_new else base,
        )
    except resumes.EditConflict as conflict:
        return _render_form(request, resume, path, form, error=str(conflict), status=409)
    except jsonresume.InvalidResume as invalid:
        return _render_form(request, resume, path, form, error=f"Not saved: {invalid}", status=422)
    messages.success(request, f"Saved {jsonresume.section_label(resume.content, path)}.")
    if is_new and request.htmx:
        # A new entry joins its section (which may have been hidden while empty).
        response = _section_response(request, resume, section)
        response["HX-Retarget"] = f"#section-{section}"
        response["HX-Reswap"] = "outerHTML"
        return response
    response = _unit_response(request, resume, path)
    trigger_client_event(response, "resume-changed")
    return response


def _render_form(request, resume, path, form, *, error: str = "", status: int) -> HttpResponse:
    """The form again, with its errors or a conflict notice; the user's text is kept."""
    context = {"resume": resume, "unit": unit_context(resume, path, error=error), "form": form}
    if request.htmx:
        return render(request, f"{DETAIL}#unit-form", context, status=status)
    return render(request, "resumeopt/unit_edit.html", context, status=status)


@require_GET
def unit_new(request: HttpRequest, pk: int, section: str) -> HttpResponse:
    """The form for a new entry at the end of a list section."""
    resume = owned_resume(request, pk)
    if section not in jsonresume.LIST_SECTIONS:
        raise Http404("No such section.")
    path = f"{section}/{len(resume.content.get(section) or [])}"
    return unit_edit(request, pk, path)


@require_POST
@ratelimits.rate_limit("edits")
def unit_delete(request: HttpRequest, pk: int, path: str) -> HttpResponse:
    resume = owned_resume(request, pk)
    path = _unit_path_or_404(resume, path)
    if path == "basics":
        raise Http404("Contact details cannot be deleted.")
    label = jsonresume.section_label(resume.content, path)
    form = EntryChangeForm(request.POST)
    try:
        resumes.remove_at(resume, path, user=request.user, expected_fingerprint=_seen_entry(form))
    except resumes.EditConflict as conflict:
        return _stale_section(request, conflict, sections.unit_section(path))
    messages.success(request, f"Deleted {label}.")
    return _section_response(request, resume, sections.unit_section(path))


@require_POST
@ratelimits.rate_limit("edits")
def unit_move(request: HttpRequest, pk: int, path: str, direction: str) -> HttpResponse:
    resume = owned_resume(request, pk)
    path = _unit_path_or_404(resume, path)
    if path == "basics" or direction not in ("up", "down"):
        raise Http404
    section, index = jsonresume.split_path(path)
    form = EntryChangeForm(request.POST)
    try:
        resumes.move_entry(
            resume,
            section,
            index,
            -1 if direction == "up" else 1,
            user=request.user,
            expected_fingerprint=_seen_entry(form),
        )
    except resumes.EditConflict as conflict:
        return _stale_section(request, conflict, section)
    return _section_response(request, resume, section)


def _seen_entry(form: EntryChangeForm) -> str:
    """The fingerprint the page showed; a request without one matches no entry (refused)."""
    return form.cleaned_data["base"] if form.is_valid() else ""


def _stale_section(
    request: HtmxHttpRequest, conflict: resumes.EditConflict, section: str
) -> HttpResponse:
    """The section as it is now, with why nothing changed (409, swapped in place)."""
    messages.error(request, str(conflict))
    response = _section_response(request, conflict.current, section)
    response.status_code = 409 if request.htmx else response.status_code
    return response


def _section_response(request: HtmxHttpRequest, resume: Resume, section: str) -> HttpResponse:
    if request.htmx:
        context = {"resume": resume, "section": section_context(resume, section)}
        response = render(request, f"{DETAIL}#section", context)
        trigger_client_event(response, "resume-changed")
        return response
    return redirect(f"{resume.get_absolute_url()}#section-{section}")


@require_POST
def unsorted_dismiss(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Remove the lines the importer could not place, once the user has used them."""
    resume = owned_resume(request, pk)
    meta = dict(resume.content.get("meta") or {})
    if meta.pop("unsorted", None) is not None:
        document = dict(resume.content)
        if meta:
            document["meta"] = meta
        else:
            document.pop("meta", None)
        resumes.save_document(resume, document, user=request.user, reason=resumes.ChangeReason.EDIT)
        messages.success(request, "Removed the unsorted lines.")
    if request.htmx:
        response = HttpResponse("")
        # The versions panel and the findings follow the new revision.
        trigger_client_event(response, "resume-changed")
        return response
    return redirect(resume)


@require_http_methods(["GET", "POST"])
def resume_rename(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    resume = owned_resume(request, pk)
    form = ResumeTitleForm(request.POST or None, initial={"title": resume.title})
    if request.method == "POST" and form.is_valid():
        resumes.rename_resume(resume, form.cleaned_data["title"], user=request.user)
        if request.htmx:
            return render(request, f"{DETAIL}#title", {"resume": resume})
        messages.success(request, "Renamed.")
        return redirect(resume)
    template = f"{DETAIL}#title-form" if request.htmx else "resumeopt/resume_rename.html"
    return render(request, template, {"resume": resume, "form": form})


@require_POST
def resume_duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    resume = owned_resume(request, pk)
    copy = resumes.duplicate_resume(resume, user=request.user)
    messages.success(request, f"Created “{copy.title}”.")
    return redirect(copy)


@require_http_methods(["GET", "POST"])
def resume_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    resume = owned_resume(request, pk)
    if request.method == "POST":
        title = resume.title
        resume.delete()
        messages.success(request, f"Deleted “{title}”.")
        if request.htmx:
            return HttpResponseClientRedirect(reverse("dashboard"))
        return redirect("dashboard")
    return render(request, "resumeopt/resume_confirm_delete.html", {"resume": resume})
