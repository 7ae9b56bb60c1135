"""Application tracker pages: the board, the list, one application, and tracking from a job."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import F, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from applications import csvfile, tracking
from applications.forms import (
    SORTS,
    ApplicationForm,
    ContactForm,
    CSVImportForm,
    FilterForm,
    NoteForm,
    StageChoiceForm,
    StageNameForm,
    TrackForm,
    TrackTopForm,
)
from applications.insights import MIN_SAMPLE, Outcome, summarize
from applications.models import Application, Contact, Event, Stage
from jobs.models import JobDescription, RankedPosting, RankingBatch
from letters.documents import create_letter
from resumeopt.models import Resume
from resumeopt.platform.htmx import HtmxHttpRequest
from resumeopt.platform.ratelimits import rate_limit

CARD_FIELDS = (
    "pk",
    "company",
    "title",
    "stage_id",
    "match_score",
    "stage_changed_at",
    "next_step",
    "next_step_due",
)


def owned_application(request: HttpRequest, pk: int) -> Application:
    return get_object_or_404(Application.objects.select_related("stage"), pk=pk, owner=request.user)


def _cards(applications, now) -> list[Application]:
    cards = list(applications)
    today = timezone.localdate(now)
    for card in cards:
        card.days_in_stage = tracking.days_in_stage(card, now)
        card.overdue = card.next_step_due is not None and card.next_step_due < today
    return cards


def _stage_options(stages: list[Stage]) -> dict[int, str]:
    """Each card's "Move to" menu, rendered once per selected stage rather than once per card."""
    return {
        selected.pk: format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (stage.pk, mark_safe(" selected") if stage.pk == selected.pk else "", stage.name)
                for stage in stages
            ),
        )
        for selected in stages
    }


def _board_context(request: HttpRequest) -> dict:
    stages = tracking.stages_for(request.user)
    cards = _cards(
        Application.objects.filter(owner=request.user).only(*CARD_FIELDS), timezone.now()
    )
    options = _stage_options(stages)
    for card in cards:
        card.stage_options = options.get(card.stage_id, "")
    columns = [(stage, [card for card in cards if card.stage_id == stage.pk]) for stage in stages]
    return {"columns": columns, "stages": stages, "total": len(cards)}


@require_GET
def board(request: HtmxHttpRequest) -> HttpResponse:
    """One column per stage; cards move by drag or by each card's menu."""
    context = _board_context(request)
    if request.htmx and request.htmx.target == "board":
        return render(request, "applications/board.html#board", context)
    return render(request, "applications/board.html", context)


@require_GET
def application_list(request: HtmxHttpRequest) -> HttpResponse:
    """Every application in a table, filtered by stage or text and sorted."""
    form = FilterForm(request.GET or None, user=request.user)
    applications = Application.objects.filter(owner=request.user).select_related("stage")
    sort = "recent"
    if form.is_valid():
        if form.cleaned_data["stage"]:
            applications = applications.filter(stage=form.cleaned_data["stage"])
        if text := form.cleaned_data["q"].strip():
            applications = applications.filter(
                Q(company__icontains=text) | Q(title__icontains=text)
            )
        sort = form.cleaned_data["sort"] or sort
    order = SORTS[sort][0]
    field = F(order.lstrip("-"))
    # Applications without a score or a due date go last whichever way the list is sorted.
    ordering = field.desc(nulls_last=True) if order.startswith("-") else field.asc(nulls_last=True)
    applications = applications.order_by(ordering, "-pk")
    context = {"form": form, "applications": _cards(applications, timezone.now()), "sort": sort}
    if request.htmx and request.htmx.target == "application-table":
        return render(request, "applications/application_list.html#table", context)
    return render(request, "applications/application_list.html", context)


@require_GET
def insights(request: HttpRequest) -> HttpResponse:
    """Volume, response and interview rates, and which
    versions, templates and scores get interviews."""
    interviewed = set(
        Event.objects.filter(
            application__owner=request.user,
            kind=Event.Kind.STAGE,
            to_kind__in=tracking.INTERVIEW_KINDS,
        ).values_list("application_id", flat=True)
    )
    rows = (
        Application.objects.filter(owner=request.user)
        .select_related("version")
        .only("pk", "applied_at", "responded_at", "template", "match_score", "version__name")
    )
    outcomes = [
        Outcome(
            row.applied_at,
            row.responded_at,
            row.pk in interviewed,
            version=row.version.name if row.version else "",
            template=row.template,
            match_score=row.match_score,
        )
        for row in rows
    ]
    summary = summarize(outcomes, timezone.localdate())
    busiest = max((count for _, count in summary.per_week), default=0)
    context = {"insights": summary, "busiest": busiest, "min_sample": MIN_SAMPLE}
    return render(request, "applications/insights.html", context)


@require_POST
def track_job(request: HttpRequest, job_pk: int) -> HttpResponse:
    """ "Track this application" on a job page: one application per posting."""
    job = get_object_or_404(JobDescription, pk=job_pk, owner=request.user)
    form = TrackForm(request.POST, user=request.user)
    resume = form.cleaned_data["resume"] if form.is_valid() else None
    application, created = tracking.track_job(request.user, job, resume=resume)
    if created:
        messages.success(request, f"Tracking “{application.display_title}” in Saved.")
    else:
        messages.info(request, f"“{application.display_title}” is tracked already.")
    return redirect(application)


@require_POST
def track_top(request: HttpRequest, batch_pk: int) -> HttpResponse:
    """ "Track the top N" of a batch ranking, against the batch's resume."""
    batch = get_object_or_404(
        RankingBatch.objects.select_related("resume"), pk=batch_pk, owner=request.user
    )
    form = TrackTopForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, "Choose how many postings to track, from 1 to 50.")
        return redirect(batch)
    top = (
        RankedPosting.objects.filter(batch=batch)
        .select_related("posting")
        .order_by(*RankedPosting.RANKING)  # the batch page's order: ties as it breaks them
    )
    created = 0
    for ranked in top[: form.cleaned_data["count"]]:
        _, new = tracking.track_job(request.user, ranked.posting, resume=batch.resume)
        created += new
    if created:
        messages.success(
            request, f"Tracking {created} more application{'s' if created != 1 else ''} in Saved."
        )
    else:
        messages.info(request, "Those postings are tracked already.")
    return redirect("applications:board")


@require_http_methods(["GET", "POST"])
def application_create(request: HttpRequest) -> HttpResponse:
    """An application for a job that is not stored as a posting."""
    form = ApplicationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        application = tracking.create_application(
            request.user,
            company=data["company"],
            title=data["title"],
            resume=data["resume"],
            next_step=data["next_step"],
            next_step_due=data["next_step_due"],
            notes=data["notes"],
            template=data["template"],
        )
        application.exports.set(data["exports"])
        messages.success(request, f"Tracking “{application.display_title}”.")
        return redirect(application)
    return render(request, "applications/application_form.html", {"form": form})


@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.select_related("stage", "job", "resume", "version", "letter"),
        pk=pk,
        owner=request.user,
    )
    application.days_in_stage = tracking.days_in_stage(application)
    context = {
        "application": application,
        "events": application.events.all()[:200],
        "contacts": application.contacts.all(),
        "files": application.exports.only("pk", "filename"),
        "move_form": StageChoiceForm(user=request.user, initial={"stage": application.stage_id}),
        "edit_form": ApplicationForm(instance=application, user=request.user),
        "note_form": NoteForm(),
        "contact_form": ContactForm(),
    }
    return render(request, "applications/application_detail.html", context)


@require_POST
def application_move(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Move to another stage: the board's drag, its per-card menu, and the detail page."""
    application = owned_application(request, pk)
    form = StageChoiceForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, "That stage does not exist any more; reload the page.")
    elif tracking.move(application, form.cleaned_data["stage"], user=request.user):
        stage = form.cleaned_data["stage"]
        messages.success(request, f"Moved “{application.display_title}” to {stage.name}.")
    if request.htmx and request.htmx.target == "board":
        return render(request, "applications/board.html#board", _board_context(request))
    if form.back_to_board():
        return redirect("applications:board")
    return redirect(application)


@require_POST
def application_letter(request: HttpRequest, pk: int) -> HttpResponse:
    """Open the application's cover letter, drafting
    one from its resume and posting if it has none."""
    application = owned_application(request, pk)
    if application.letter_id:
        return redirect(application.letter)
    resume = application.resume or Resume.objects.filter(owner=request.user).first()
    if resume is None:
        messages.error(
            request, "Import a resume first: a letter only claims what your resume shows."
        )
        return redirect(application)
    application.letter = create_letter(
        request.user,
        resume=resume,
        job=application.job,
        title=f"Letter for {application.display_title}",
    )
    application.save(update_fields=["letter", "updated_at"])
    messages.success(request, "Drafted from your resume's match; every claim quotes your resume.")
    return redirect(application.letter)


@require_POST
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    application = owned_application(request, pk)
    form = ApplicationForm(request.POST, instance=application, user=request.user)
    if form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(application)
    messages.error(
        request, "Not saved: " + " ".join(str(e) for errors in form.errors.values() for e in errors)
    )
    return redirect(application)


@require_POST
def application_note(request: HttpRequest, pk: int) -> HttpResponse:
    application = owned_application(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        tracking.add_note(application, form.cleaned_data["text"])
        messages.success(request, "Note added.")
    else:
        messages.error(request, "A note needs some text (at most 5000 characters).")
    return redirect(application)


@require_POST
def contact_add(request: HttpRequest, pk: int) -> HttpResponse:
    application = owned_application(request, pk)
    form = ContactForm(request.POST)
    if form.is_valid():
        contact = form.save(commit=False)
        contact.application = application
        contact.save()
        messages.success(request, f"Added {contact.name}.")
    else:
        messages.error(
            request,
            "Not added: " + " ".join(str(e) for errors in form.errors.values() for e in errors),
        )
    return redirect(application)


@require_POST
def contact_delete(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(
        Contact.objects.select_related("application"), pk=pk, application__owner=request.user
    )
    contact.delete()
    messages.success(request, f"Removed {contact.name}.")
    return redirect(contact.application)


@require_http_methods(["GET", "POST"])
def application_delete(request: HttpRequest, pk: int) -> HttpResponse:
    application = owned_application(request, pk)
    if request.method == "POST":
        title = application.display_title
        application.delete()
        messages.success(request, f"Stopped tracking “{title}”.")
        return redirect("applications:board")
    return render(request, "applications/confirm_delete.html", {"application": application})


@require_POST
def stage_rename(request: HttpRequest, pk: int) -> HttpResponse:
    stage = get_object_or_404(Stage, pk=pk, owner=request.user)
    form = StageNameForm(request.POST)
    if form.is_valid():
        stage.name = form.cleaned_data["name"].strip() or stage.get_kind_display()
        stage.save(update_fields=["name"])
        messages.success(request, f"Renamed the stage to {stage.name}.")
    else:
        messages.error(request, "A stage name has 1 to 60 characters.")
    return redirect("applications:stages")


@require_POST
def stage_shift(request: HttpRequest, pk: int, direction: str) -> HttpResponse:
    """Move a stage one place left or right on the board."""
    stage = get_object_or_404(Stage, pk=pk, owner=request.user)
    if direction not in ("left", "right"):
        raise Http404("No such direction.")
    tracking.shift_stage(stage, -1 if direction == "left" else 1)
    return redirect("applications:stages")


@require_GET
def stages(request: HttpRequest) -> HttpResponse:
    stages = tracking.stages_for(request.user)
    return render(request, "applications/stages.html", {"stages": stages})


@require_GET
def csv_export(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        csvfile.export_csv(request.user), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="applications.csv"'
    return response


@require_http_methods(["GET", "POST"])
@rate_limit("uploads")
def csv_import(request: HttpRequest) -> HttpResponse:
    """Add applications from a spreadsheet; a file with
    any bad row adds none and lists every problem."""
    form = CSVImportForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            count = csvfile.import_csv(
                request.user, form.cleaned_data["file"].read(csvfile.MAX_BYTES + 1)
            )
        except csvfile.CSVImportError as error:
            problems = error.problems
        else:
            messages.success(request, f"Imported {count} application{'s' if count != 1 else ''}.")
            return redirect("applications:list")
    return render(request, "applications/csv_import.html", {"form": form, "problems": problems})
