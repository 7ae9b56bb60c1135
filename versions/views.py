"""History and versions: list, name, compare, restore, merge, undo and redo, clean up.

Every view loads the resume for its owner (another user's resume, record or
version is a 404) and calls one function of versions.history or versions.diff.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import dateformat, timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jobs.models import JobDescription
from resumeopt import jsonresume
from resumeopt.forms import NextForm
from resumeopt.platform.htmx import HtmxHttpRequest
from resumeopt.resumes import EditConflict
from resumeopt.views.resumes import owned_resume
from versions import diff, history
from versions.forms import (
    CleanupForm,
    MergeForm,
    NameVersionForm,
    RestoreForm,
    RevisionForm,
    VersionSelectionForm,
)
from versions.models import Version, VersionSettings

PAGE_SIZE = 50
COMPARE_CHOICES = 200
CLEANUP_PREVIEW_ROWS = 20


def _gone(request: HttpRequest, resume) -> HttpResponse:
    """A history record that is not there: cleaned up, or never this resume's."""
    return render(request, "versions/gone.html", {"resume": resume}, status=404)


def _revision(request: HttpRequest) -> int | None:
    return RevisionForm(request.POST).revision_or_none


def _jobs(request: HttpRequest):
    return JobDescription.objects.filter(owner=request.user, batch__isnull=True).only(
        "pk", "title", "company", "created_at"
    )


def _owned_job(request: HttpRequest, value: str | None):
    """The user's job with this id, None when none is chosen; another user's job is a 404."""
    value = value or ""
    if not value.isdigit():
        return None
    return get_object_or_404(JobDescription, pk=value, owner=request.user)


def _record_label(record) -> str:
    when = dateformat.format(timezone.localtime(record.history_date), "j M Y, H:i:s")
    return f"{when} · {history.reason_label(record.history_change_reason)}"


def _named_label(resume, record) -> str:
    """“Sent to Acme” for a named point in history, else its date and reason."""
    name = (
        Version.objects.filter(resume=resume, record=record, deleted_at__isnull=True)
        .values_list("name", flat=True)
        .first()
    )
    return f"“{name}”" if name else f"the version of {_record_label(record)}"


@require_GET
def history_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Named versions, then every change (paginated), with what each can do."""
    resume = owned_resume(request, pk)
    versions = list(
        Version.objects.filter(resume=resume, deleted_at__isnull=True)
        .select_related("record", "target_job")
        .defer("record__content", "target_job__source_text", "target_job__requirements")
    )
    changes = history.records(resume).only(
        "history_id",
        "history_date",
        "history_change_reason",
        "history_user__username",
        "revision",
        "restored_from",
    )
    page = Paginator(changes, PAGE_SIZE).get_page(request.GET.get("page"))
    named = {v.record_id: v for v in versions if v.record_id}
    # What each restore, merge, undo or redo brought back: one query for the whole page.
    sources = dict(
        resume.history.filter(
            history_id__in={r.restored_from for r in page if r.restored_from}
        ).values_list("history_id", "history_date")
    )
    rows = [
        {
            "record": record,
            "reason": history.reason_label(record.history_change_reason),
            "version": named.get(record.history_id),
            "source": named.get(record.restored_from),
            "source_date": sources.get(record.restored_from),
        }
        for record in page
    ]
    for version in versions:
        version.reason = history.reason_label(
            version.record.history_change_reason if version.record else ""
        )
    context = {
        "resume": resume,
        "versions": versions,
        "rows": rows,
        "page": page,
        "current_id": history.records(resume).values_list("history_id", flat=True).first(),
        "keep_unnamed": VersionSettings.keep_for(request.user),
    }
    return render(request, "versions/history.html", context)


@require_GET
def rank_for_job(request: HttpRequest, pk: int) -> HttpResponse:
    """The named versions of one resume, and its current state, best first against one job."""
    from jobs.matching import rank_documents  # here: the URL checks of every command import views

    resume = owned_resume(request, pk)
    job = _owned_job(request, request.GET.get("job"))
    versions = list(
        Version.objects.filter(resume=resume, deleted_at__isnull=True, record__isnull=False)
        .select_related("record")
        .only("pk", "name", "created_at", "record__history_id", "record__content")
    )
    rows = []
    if job is not None:
        labelled = {"current": None, **{str(v.pk): v for v in versions}}
        documents = [("current", resume.content)] + [
            (str(v.pk), v.record.content) for v in versions
        ]
        ranked = rank_documents(documents, job.parsed_requirements())
        rows = [{"version": labelled[label], "result": result} for label, result in ranked]
    context = {"resume": resume, "job": job, "jobs": _jobs(request), "rows": rows}
    return render(request, "versions/rank.html", context)


@require_POST
def save_version(request: HttpRequest, pk: int) -> HttpResponse:
    """Name the state the user is looking at, in one step from the resume page."""
    resume = owned_resume(request, pk)
    record = history.record_at_revision(resume, _revision(request))
    return _name(request, resume, record)


@require_http_methods(["GET", "POST"])
def name_record(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    """Name any point in the history, with a note and a target job."""
    resume = owned_resume(request, pk)
    record = history.record_of(resume, history_id)
    if record is None:
        return _gone(request, resume)
    if request.method == "POST":
        return _name(request, resume, record)
    context = {
        "resume": resume,
        "record": record,
        "label": _record_label(record),
        "jobs": _jobs(request),
    }
    return render(request, "versions/name.html", context)


def _name(request: HttpRequest, resume, record) -> HttpResponse:
    back = NextForm(request.POST).safe_url(request)
    form = NameVersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["name"][0])
        return redirect(
            back or reverse("versions:name_record", args=[resume.pk, record.history_id])
        )
    version = history.name_version(
        resume,
        record,
        owner=request.user,
        name=form.cleaned_data["name"],
        note=form.cleaned_data["note"],
        target_job=_owned_job(request, form.cleaned_data["target_job"]),
    )
    messages.success(request, f"Saved version “{version.name}”.")
    return redirect(back or reverse("versions:history", args=[resume.pk]))


@require_GET
def version_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A version's link: its comparison with now, or a clear page if it was deleted."""
    version = get_object_or_404(Version.objects.select_related("resume"), pk=pk, owner=request.user)
    if version.deleted_at or version.record_id is None:
        return render(request, "versions/deleted.html", {"version": version}, status=410)
    url = reverse("versions:compare", args=[version.resume_id])
    return redirect(f"{url}?a={version.record_id}&b=current")


def _side(resume, value: str, names: dict[int, str]):
    """(label, document, record or None) for "current" or a history id; None if it is not there."""
    if value in ("", "current"):
        return "Now", resume.content, None
    record = history.record_of(resume, int(value)) if value.isdigit() else None
    if record is None:
        return None
    return names.get(record.history_id) or _record_label(record), record.content, record


@require_GET
def compare(request: HttpRequest, pk: int) -> HttpResponse:
    """Two versions side by side, section by section, with what the change did."""
    resume = owned_resume(request, pk)
    a, b = request.GET.get("a", ""), request.GET.get("b", "") or "current"
    if not a:
        earlier = history.records(resume)[1:2].values_list("history_id", flat=True).first()
        a = str(earlier) if earlier else "current"
    versions = list(
        Version.objects.filter(resume=resume, deleted_at__isnull=True, record__isnull=False)
        .select_related("target_job")
        .defer("target_job__source_text")
    )
    names = {version.record_id: version.name for version in versions}
    side_a, side_b = _side(resume, a, names), _side(resume, b, names)
    if side_a is None or side_b is None:
        return _gone(request, resume)
    (label_a, old, record_a), (label_b, new, record_b) = side_a, side_b
    if "job" in request.GET:
        target = _owned_job(request, request.GET["job"])
    else:
        # A named version's target job is the one its comparison is about.
        ids = {getattr(record, "history_id", None) for record in (record_a, record_b)}
        target = next((v.target_job for v in versions if v.record_id in ids and v.target_job), None)
    restorable = record_a if record_b is None else record_b if record_a is None else None
    choices = [
        (str(record.history_id), _record_label(record))
        for record in resume.history.order_by("-history_date", "-history_id").only(
            "history_id", "history_date", "history_change_reason"
        )[:COMPARE_CHOICES]
        if record.history_id not in names
    ]
    for record in (record_a, record_b):  # an older pick than the list holds stays selected
        if (
            record
            and record.history_id not in names
            and str(record.history_id) not in dict(choices)
        ):
            choices.append((str(record.history_id), _record_label(record)))
    context = {
        "resume": resume,
        "a": a,
        "b": b,
        "label_a": label_a,
        "label_b": label_b,
        "record_a": record_a,
        "document_diff": diff.compare(old, new),
        "impact": history.impact(old, new, target),
        "target": target,
        "jobs": _jobs(request),
        "versions": versions,
        "restorable": restorable,
        "choices": choices,
    }
    return render(request, "versions/compare.html", context)


@require_http_methods(["GET", "POST"])
def restore(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    """Restore a whole earlier state, or one section of
    it; asks first if another tab changed the resume."""
    resume = owned_resume(request, pk)
    record = history.record_of(resume, history_id)
    if record is None:
        return _gone(request, resume)
    form = RestoreForm(request.POST if request.method == "POST" else request.GET)
    if not form.is_valid():
        raise Http404("No such section.")
    section = form.cleaned_data["section"]
    after = history.restored_document(resume.content, record.content, section or None)
    context = {
        "resume": resume,
        "record": record,
        "label": _named_label(resume, record),
        "section": section,
        "section_title": jsonresume.SECTION_TITLES.get(section, ""),
        "sections": diff.compare(resume.content, record.content).changed,
        "document_diff": diff.compare(resume.content, after),
    }
    if request.method == "GET":
        return render(request, "versions/restore.html", context)
    if after == resume.content:
        messages.info(request, "Nothing to restore: the resume already matches that version.")
        return redirect(resume)
    try:
        history.restore(
            resume,
            record,
            user=request.user,
            expected_revision=form.cleaned_data["revision"],
            section=section or None,
        )
    except EditConflict as conflict:
        context["conflict"] = conflict.current
        context["document_diff"] = diff.compare(
            conflict.current.content,
            history.restored_document(conflict.current.content, record.content, section or None),
        )
        return render(request, "versions/restore.html", context, status=409)
    what = context["section_title"] or "The earlier version"
    messages.success(
        request, f"{what} is restored. The state before is in the history, and Undo brings it back."
    )
    return redirect(resume)


@require_http_methods(["GET", "POST"])
def merge(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    """Take chosen sections from another version into the current one: choose, preview, confirm.

    Merging saves only the sections that were previewed: if the choice
    changed since the preview, the new choice is previewed first.
    """
    resume = owned_resume(request, pk)
    record = history.record_of(resume, history_id)
    if record is None:
        return _gone(request, resume)
    form = MergeForm(request.POST)
    chosen = form.chosen()
    context = {
        "resume": resume,
        "record": record,
        "label": _named_label(resume, record),
        "chosen": chosen,
        "document_diff": diff.compare(resume.content, record.content),
    }
    if request.method == "GET":
        return render(request, "versions/merge.html", context)
    if not chosen:
        messages.error(request, "Choose at least one section to take.")
        return render(request, "versions/merge.html", context, status=422)
    confirmed = form.is_valid() and form.cleaned_data["confirm"]
    if confirmed and form.previewed_sections() != chosen:
        messages.info(request, "The sections you chose changed: check this preview, then merge.")
    elif confirmed:
        try:
            history.merge(
                resume,
                record,
                chosen,
                user=request.user,
                expected_revision=form.cleaned_data["revision"],
            )
        except EditConflict as conflict:
            resume = conflict.current
            context.update(resume=resume, conflict=True)
        else:
            titles = ", ".join(jsonresume.SECTION_TITLES[s] for s in chosen)
            messages.success(
                request,
                f"Took {titles} from the earlier version. Undo brings the previous state back.",
            )
            return redirect(resume)
    preview = history.merged_document(resume.content, record.content, chosen)
    context.update(preview_diff=diff.compare(resume.content, preview), previewed=",".join(chosen))
    return render(
        request, "versions/merge.html", context, status=409 if context.get("conflict") else 200
    )


@require_POST
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(request, pk, history.undo, "Undone. Redo (Ctrl+Shift+Z) brings it back.")


@require_POST
def redo(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(request, pk, history.redo, "Redone.")


def _step(request: HtmxHttpRequest, pk: int, action, done: str) -> HttpResponse:
    resume = owned_resume(request, pk)
    try:
        action(resume, user=request.user, expected_revision=_revision(request))
    except history.NothingToStep as nothing:
        messages.info(request, str(nothing))
    except EditConflict:
        messages.error(
            request,
            # Usually another tab; it can also be a change of this page's that the
            # buttons had not caught up with yet, so the message does not guess which.
            "The resume changed since this page last showed it, so nothing was undone or "
            "redone. This page now shows the latest version; press Undo again if you still "
            "want to.",
        )
    else:
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
    """Delete the selected named versions (their history stays until it is cleaned up)."""
    resume = owned_resume(request, pk)
    form = VersionSelectionForm(request.POST)
    ids = form.cleaned_data["versions"] if form.is_valid() else []
    deleted = history.delete_versions(resume, ids, user=request.user)
    if deleted:
        messages.success(request, f"Deleted {deleted} version{'s' if deleted != 1 else ''}.")
    else:
        messages.info(request, "Select the versions to delete first.")
    return redirect("versions:history", pk=resume.pk)


@require_http_methods(["GET", "POST"])
def cleanup(request: HttpRequest, pk: int) -> HttpResponse:
    """Preview, then apply, the cleanup policy; also where the user sets how much to keep."""
    resume = owned_resume(request, pk)
    saved = VersionSettings.keep_for(request.user)
    form = CleanupForm(request.POST if request.method == "POST" else request.GET)
    value = (form["keep_unnamed"].value() or "").strip()
    keep, error = saved, ""
    if not form.is_valid():
        error = f"{form.errors['keep_unnamed'][0].rstrip('.')}; still showing {saved}."
    elif form.cleaned_data["keep_unnamed"] is not None:
        keep = form.cleaned_data["keep_unnamed"]
    if request.method == "POST" and not error:
        VersionSettings.objects.update_or_create(user=request.user, defaults={"keep_unnamed": keep})
        if form.cleaned_data["confirm"]:
            count = history.clean_up(resume, keep)
            messages.success(
                request,
                f"Deleted {count} old change{'s' if count != 1 else ''}. Named versions are "
                "all kept.",
            )
            return redirect("versions:history", pk=resume.pk)
    doomed = history.cleanup_plan(resume, keep)
    going = (
        resume.history.filter(history_id__in=doomed)
        .select_related("history_user")
        .only("history_id", "history_date", "history_change_reason", "history_user__username")
        .order_by("-history_date", "-history_id")
    )
    context = {
        "resume": resume,
        "keep": keep,
        "value": value if error else keep,
        "error": error,
        "count": len(doomed),
        "total": resume.history.count(),
        "going": [
            (record, history.reason_label(record.history_change_reason))
            for record in going[:CLEANUP_PREVIEW_ROWS]
        ],
        "oldest": going.last() if doomed else None,
    }
    return render(request, "versions/cleanup.html", context, status=422 if error else 200)
