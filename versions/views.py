"""History and versions: list, name, compare, restore, merge, undo and redo, clean up."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jobs.models import JobDescription
from resumeopt import jsonresume
from resumeopt.resumes import EditConflict
from resumeopt.views.resumes import owned_resume
from versions import diff, history
from versions.models import Version, VersionSettings

PAGE_SIZE = 50
REASON_LABELS = {"create": "Created", "import": "Imported", "edit": "Edited", "rename": "Renamed", "suggestion": "Suggestion applied",
                 "AI suggestion": "AI suggestion applied", "restore": "Restored", "merge": "Merged", "undo": "Undo", "redo": "Redo"}  # fmt: skip


def _record_or_404(resume, history_id: int):
    record = history.record_of(resume, history_id)
    if record is None:
        raise Http404("That point in the history no longer exists (it may have been cleaned up).")
    return record


def _revision(request: HttpRequest) -> int | None:
    value = request.POST.get("revision", "")
    return int(value) if value.isdigit() else None


def _jobs(request: HttpRequest):
    return JobDescription.objects.filter(owner=request.user, batch__isnull=True).only(
        "pk", "title", "company"
    )


@require_GET
def history_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Named versions, then every change (paginated), with what each can do."""
    resume = owned_resume(request, pk)
    versions = Version.objects.filter(resume=resume, deleted_at__isnull=True).select_related(
        "record", "target_job"
    )
    page = Paginator(history.records(resume).only(
        "history_id", "history_date", "history_change_reason", "history_user__username", "revision", "restored_from"
    ), PAGE_SIZE).get_page(request.GET.get("page"))  # fmt: skip
    named = {v.record_id: v for v in versions if v.record_id}
    rows = [{"record": record, "reason": REASON_LABELS.get((record.history_change_reason or "").split(":")[0], record.history_change_reason or "Changed"),
             "version": named.get(record.history_id)} for record in page]  # fmt: skip
    context = {
        "resume": resume, "versions": versions, "rows": rows, "page": page, "jobs": _jobs(request),
        "current_id": history.records(resume).values_list("history_id", flat=True).first(),
        "keep_unnamed": VersionSettings.keep_for(request.user),
    }  # fmt: skip
    return render(request, "versions/history.html", context)


@require_POST
def save_version(request: HttpRequest, pk: int) -> HttpResponse:
    """Name the current state in one step (from the resume page)."""
    resume = owned_resume(request, pk)
    record = history.records(resume).first()
    return _name(request, resume, record)


@require_POST
def name_record(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    resume = owned_resume(request, pk)
    return _name(request, resume, _record_or_404(resume, history_id))


def _name(request: HttpRequest, resume, record) -> HttpResponse:
    name = (request.POST.get("name") or "").strip()
    if not name:
        messages.error(request, "Give the version a name, such as “Sent to Acme, 3 March”.")
        return redirect(request.POST.get("next") or reverse("versions:history", args=[resume.pk]))
    job_pk = request.POST.get("target_job") or ""
    target = (
        get_object_or_404(JobDescription, pk=job_pk, owner=request.user)
        if job_pk.isdigit()
        else None
    )
    version = history.name_version(
        resume,
        record,
        owner=request.user,
        name=name,
        note=request.POST.get("note", ""),
        target_job=target,
    )
    messages.success(request, f"Saved version “{version.name}”.")
    return redirect(
        request.POST.get("next")
        if _safe_next(request)
        else reverse("versions:history", args=[resume.pk])
    )


def _safe_next(request: HttpRequest) -> bool:
    target = request.POST.get("next") or ""
    return target.startswith("/") and not target.startswith("//")


@require_GET
def version_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A version's link: its comparison with now, or a clear page if it was deleted."""
    version = get_object_or_404(Version.objects.select_related("resume"), pk=pk, owner=request.user)
    if version.deleted_at or version.record_id is None:
        return render(request, "versions/deleted.html", {"version": version}, status=410)
    url = reverse("versions:compare", args=[version.resume_id])
    return redirect(f"{url}?a={version.record_id}&b=current")


def _side(resume, value: str):
    """(label, document, record or None) for "current" or a history id."""
    if value in ("", "current"):
        return "Current", resume.content, None
    if not value.isdigit():
        raise Http404("No such point in the history.")
    record = _record_or_404(resume, int(value))
    version = Version.objects.filter(record_id=record.history_id, deleted_at__isnull=True).first()
    label = (
        version.name if version else f"{timezone.localtime(record.history_date):%d %b %Y, %H:%M}"
    )
    return label, record.content, record


@require_GET
def compare(request: HttpRequest, pk: int) -> HttpResponse:
    """Two versions side by side, section by section, with what the change did."""
    resume = owned_resume(request, pk)
    a, b = request.GET.get("a", ""), request.GET.get("b", "current")
    if not a:
        first = history.records(resume)[1:2].values_list("history_id", flat=True).first()
        a = str(first) if first else "current"
    label_a, old, record_a = _side(resume, a)
    label_b, new, record_b = _side(resume, b)
    target = None
    for record in (record_a, record_b):
        version = (
            Version.objects.filter(
                record_id=getattr(record, "history_id", None), target_job__isnull=False
            )
            .select_related("target_job")
            .first()
        )
        target = target or (version.target_job if version else None)
    context = {
        "resume": resume, "a": a, "b": b, "label_a": label_a, "label_b": label_b, "record_a": record_a,
        "document_diff": diff.compare(old, new), "impact": history.impact(old, new, target), "target": target,
        "choices": resume.history.order_by("-history_date", "-history_id").only("history_id", "history_date", "history_change_reason")[:200],
        "versions": Version.objects.filter(resume=resume, deleted_at__isnull=True, record__isnull=False),
    }  # fmt: skip
    context["named_ids"] = {version.record_id for version in context["versions"]}
    return render(request, "versions/compare.html", context)


@require_http_methods(["GET", "POST"])
def restore(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    """Restore a whole earlier state, or one section of it; asks first if another tab changed the resume."""
    resume = owned_resume(request, pk)
    record = _record_or_404(resume, history_id)
    section = request.POST.get("section") or request.GET.get("section") or ""
    if section and section not in jsonresume.SECTIONS:
        raise Http404("No such section.")
    if request.method == "POST":
        expected = None if request.POST.get("overwrite") else _revision(request)
        try:
            history.restore(
                resume,
                record,
                user=request.user,
                expected_revision=expected,
                section=section or None,
            )
        except EditConflict:
            context = {"resume": resume, "record": record, "section": section, "conflict": True}
            return render(request, "versions/restore.html", context, status=409)
        what = jsonresume.SECTION_TITLES[section] if section else "The earlier version"
        messages.success(
            request,
            f"{what} is restored. The state before is in the history, and Undo brings it back.",
        )
        return redirect(resume)
    context = {
        "resume": resume,
        "record": record,
        "section": section,
        "document_diff": diff.compare(resume.content, record.content),
    }
    return render(request, "versions/restore.html", context)


@require_http_methods(["GET", "POST"])
def merge(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    """Take chosen sections from another version into the current one: choose, preview, confirm."""
    resume = owned_resume(request, pk)
    record = _record_or_404(resume, history_id)
    document_diff = diff.compare(resume.content, record.content)
    chosen = [s for s in request.POST.getlist("sections") if s in jsonresume.SECTIONS]
    context = {"resume": resume, "record": record, "document_diff": document_diff, "chosen": chosen}
    if request.method == "POST" and request.POST.get("confirm") and chosen:
        expected = None if request.POST.get("overwrite") else _revision(request)
        try:
            history.merge(resume, record, chosen, user=request.user, expected_revision=expected)
        except EditConflict:
            return render(request, "versions/merge.html", {**context, "conflict": True}, status=409)
        messages.success(
            request,
            f"Merged {', '.join(jsonresume.SECTION_TITLES[s] for s in chosen)}. Undo brings the previous state back.",
        )
        return redirect(resume)
    if request.method == "POST":
        if not chosen:
            messages.error(request, "Choose at least one section to take.")
        else:
            preview = history.merged_document(resume.content, record.content, chosen)
            context["preview_diff"] = diff.compare(resume.content, preview)
    return render(request, "versions/merge.html", context)


@require_POST
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(request, pk, history.undo, "Undone.")


@require_POST
def redo(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(request, pk, history.redo, "Redone.")


def _step(request: HttpRequest, pk: int, action, done: str) -> HttpResponse:
    resume = owned_resume(request, pk)
    try:
        action(resume, user=request.user, expected_revision=_revision(request))
    except EditConflict as conflict:
        messages.error(
            request,
            str(conflict)
            if "nothing" in str(conflict)
            else "The resume changed in another tab; reload before undoing.",
        )
        return redirect(resume)
    messages.success(request, done)
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"
        return response
    return redirect(resume)


@require_GET
def controls(request: HttpRequest, pk: int) -> HttpResponse:
    """Undo, redo and "save as version" for the resume page (reloaded after each change)."""
    resume = owned_resume(request, pk)
    context = {
        "resume": resume,
        "can_undo": history.can_undo(resume),
        "can_redo": history.can_redo(resume),
        "jobs": _jobs(request),
    }
    return render(request, "versions/controls.html", context)


@require_POST
def bulk_delete(request: HttpRequest, pk: int) -> HttpResponse:
    resume = owned_resume(request, pk)
    ids = [value for value in request.POST.getlist("versions") if value.isdigit()]
    deleted = Version.objects.filter(
        resume=resume, owner=request.user, pk__in=ids, deleted_at__isnull=True
    ).update(deleted_at=timezone.now())
    if deleted:
        messages.success(request, f"Deleted {deleted} version{'s' if deleted != 1 else ''}.")
    else:
        messages.info(request, "No versions were selected.")
    return redirect("versions:history", pk=resume.pk)


@require_http_methods(["GET", "POST"])
def cleanup(request: HttpRequest, pk: int) -> HttpResponse:
    """Preview, then apply, the cleanup policy; also where the user sets how much to keep."""
    resume = owned_resume(request, pk)
    keep_value = request.POST.get("keep_unnamed") or request.GET.get("keep_unnamed") or ""
    keep = int(keep_value) if keep_value.isdigit() else VersionSettings.keep_for(request.user)
    if request.method == "POST":
        VersionSettings.objects.update_or_create(user=request.user, defaults={"keep_unnamed": keep})
        if request.POST.get("confirm"):
            count = history.clean_up(resume, keep)
            messages.success(
                request,
                f"Deleted {count} old change{'s' if count != 1 else ''}. Named versions are all kept.",
            )
            return redirect("versions:history", pk=resume.pk)
    doomed = history.cleanup_plan(resume, keep)
    dates = (
        resume.history.filter(history_id__in=doomed)
        .order_by("history_date")
        .values_list("history_date", flat=True)
    )
    context = {"resume": resume, "keep": keep, "count": len(doomed), "oldest": dates.first(), "newest": dates.last(),
               "total": resume.history.count()}  # fmt: skip
    return render(request, "versions/cleanup.html", context)
