"""Cover letter pages: list, draft, edit with feedback, history, export."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from conversations.proposal_views import ProposalDecisionView
from exports.exporting import default_options
from exports.renderers import FORMATS, ExportError
from letters import assistant, documents, editing
from letters.feedback import Finding, letter_feedback
from letters.forms import (
    TOO_LONG,
    AskForm,
    FeedbackForm,
    LetterForm,
    NewLetterForm,
    RedraftForm,
    VersionNameForm,
)
from letters.models import AssistantRun, Letter, LetterProposal, LetterVersion
from letters.parts import PartConflict, editable_parts, label_of
from resumeopt import llm
from resumeopt.platform import ratelimits
from resumeopt.platform.background import start_job
from resumeopt.platform.htmx import HtmxHttpRequest

PAGE = "letters/letter_detail.html"


def owned_letter(request: HttpRequest, pk: int) -> Letter:
    return get_object_or_404(
        Letter.objects.select_related("resume", "job", "draft_job"), pk=pk, owner=request.user
    )


def _feedback(letter: Letter, body: str) -> list:
    job = letter.job
    return letter_feedback(
        body,
        company=job.company if job else "",
        title=job.title if job else "",
        posting=job.source_text if job else "",
        document=letter.resume.content if letter.resume else None,
    )


@require_GET
def letter_list(request: HttpRequest) -> HttpResponse:
    found = (
        Letter.objects.filter(owner=request.user)
        .select_related("job")
        .only("pk", "title", "updated_at", "job__title", "job__company")
    )
    return render(request, "letters/letter_list.html", {"letters": found})


@require_http_methods(["GET", "POST"])
def letter_create(request: HttpRequest) -> HttpResponse:
    """Draft a letter offline from the resume's match with a posting, then edit it."""
    initial = {"job": request.GET.get("job")} if str(request.GET.get("job", "")).isdigit() else {}
    form = NewLetterForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        letter = documents.create_letter(
            request.user, resume=data["resume"], job=data["job"], title=data["title"]
        )
        messages.success(
            request, "Drafted from your resume's match; every claim quotes your resume."
        )
        return redirect(letter)
    return render(request, "letters/letter_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def letter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    letter = owned_letter(request, pk)
    form = LetterForm(request.POST or None, instance=letter)
    if request.method == "POST":
        if form.is_valid():
            documents.save_letter(
                form.save(commit=False), user=request.user, reason=documents.Reason.EDIT
            )
            messages.success(request, "Saved.")
            return redirect(letter)
        messages.error(
            request, "Not saved: " + " ".join(e for errors in form.errors.values() for e in errors)
        )
    assistant.expire_interrupted(letter.pk)
    runs = AssistantRun.objects.filter(letter=letter).prefetch_related("proposals")
    context = {
        **history_context(letter),
        "form": form,
        "findings": _feedback(letter, form["body"].value() or ""),
        "formats": [(fmt, FORMATS[fmt].label) for fmt in documents.LETTER_FORMATS],
        "can_use_model": not llm.is_offline(),
        "runs": [run_context(run) for run in runs],
    }
    return render(request, PAGE, context)


def history_context(letter: Letter) -> dict:
    return {
        "letter": letter,
        "records": letter.history.order_by("-history_date").prefetch_related("versions")[:20],
        "parts": editable_parts(letter.body),
    }


def proposal_context(proposal: LetterProposal) -> dict:
    """A letter proposal in the terms of the resume proposal card it is shown with."""
    return {
        "proposal": proposal,
        "label": label_of(proposal.part),
        "diff": proposal.diff(),
        "proposal_urls": "letters",
    }


def run_context(run: AssistantRun) -> dict:
    return {
        "run": run,
        "part_label": label_of(run.part) if run.part else "",
        "proposals": [proposal_context(p) for p in run.proposals.all()],
    }


@require_POST
def letter_feedback_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Live feedback on the text being typed, before it is saved."""
    letter = owned_letter(request, pk)
    form = FeedbackForm(request.POST)
    findings = (
        _feedback(letter, form.cleaned_data["body"])
        if form.is_valid()
        else [Finding("warn", TOO_LONG)]
    )
    return render(request, "letters/letter_detail.html#feedback", {"findings": findings})


@require_POST
def letter_redraft(request: HttpRequest, pk: int) -> HttpResponse:
    """Draft again: offline at once, or by the model in
    the background (the old text stays in history)."""
    letter = owned_letter(request, pk)
    form = RedraftForm(request.POST)
    if form.is_valid() and form.cleaned_data["with_model"]:
        if llm.is_offline():
            messages.error(request, "No language model is configured; use the offline draft.")
            return redirect(letter)
        # Celery loads when a job starts, not with the URLconf.
        from letters.tasks import draft_letter_with_model

        letter.draft_job = start_job(
            draft_letter_with_model,
            owner=request.user,
            kind="letters.draft",
            label=f"Drafting {letter.title}",
            total=1,
            args=(letter.pk,),
        )
        letter.save(update_fields=["draft_job"])
        messages.success(request, "Asked the model; its draft replaces the text when it is ready.")
        return redirect(letter)
    documents.apply_draft(
        letter,
        documents.offline_draft(letter.resume, letter.job),
        user=request.user,
        reason=documents.Reason.DRAFT,
    )
    messages.success(
        request, "Drafted again from your resume's match. The earlier text is in the history."
    )
    return redirect(letter)


@require_POST
def letter_ask(request: HttpRequest, pk: int) -> HttpResponse:
    """Without JavaScript: ask about one part, wait for the whole answer, see the page again."""
    letter = owned_letter(request, pk)
    form = AskForm(request.POST, parts=editable_parts(letter.body))
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    elif assistant.is_busy(letter.pk):
        messages.error(request, "The assistant is still writing. Wait for it, then reload.")
    else:
        run = assistant.begin(
            letter,
            AssistantRun.Kind.EDIT,
            part=form.cleaned_data["part"],
            request=form.cleaned_data["request"],
        )
        async_to_sync(assistant.generate)(run.pk)
    return redirect(letter)


def _proposal_response(
    request: HtmxHttpRequest, proposal: LetterProposal, *, status: int = 200
) -> HttpResponse:
    """The card again and, when the letter changed, its editor and history, swapped in place."""
    if not request.htmx:
        return redirect(proposal.letter)
    context = {**proposal_context(proposal), **history_context(proposal.letter)}
    return render(request, f"{PAGE}#proposal-answer", context, status=status)


class LetterProposalDecision(ProposalDecisionView):
    """The card's buttons on an edit of one part: each a new record in the letter's history."""

    model = LetterProposal
    related = ("letter",)
    conflicts = (PartConflict,)

    def apply(self, proposal: LetterProposal, replacement: str | None) -> None:
        editing.apply_proposal(proposal, user=self.request.user, replacement=replacement)

    def reject(self, proposal: LetterProposal) -> None:
        editing.reject_proposal(proposal)

    def undo(self, proposal: LetterProposal) -> None:
        editing.undo_proposal(proposal, user=self.request.user)

    def respond(self, proposal: LetterProposal, *, status: int = 200) -> HttpResponse:
        return _proposal_response(self.request, proposal, status=status)


@require_POST
def letter_restore(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    letter = owned_letter(request, pk)
    record = letter.history.filter(history_id=history_id).first()
    if record is None:
        raise Http404("No such version of this letter.")
    letter.body, letter.title = record.body, record.title
    documents.save_letter(letter, user=request.user, reason=documents.Reason.RESTORE)
    messages.success(request, f"Restored the text from {record.history_date:%b %d, %H:%M}.")
    return redirect(letter)


@require_POST
def letter_name_version(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    """Name a point in the letter's history, so the text sent can be found again."""
    letter = owned_letter(request, pk)
    record = letter.history.filter(history_id=history_id).first()
    if record is None:
        raise Http404("No such version of this letter.")
    form = VersionNameForm(request.POST)
    if form.is_valid():
        LetterVersion.objects.create(
            owner=request.user, letter=letter, record=record, name=form.cleaned_data["name"].strip()
        )
        messages.success(request, f"Named this version “{form.cleaned_data['name'].strip()}”.")
    else:
        messages.error(request, "A version name has 1 to 200 characters.")
    return redirect(letter)


@require_GET
@ratelimits.rate_limit("exports", methods=("GET",))
def letter_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The letter as a file, with the resume's header in the user's export template."""
    letter = owned_letter(request, pk)
    if fmt not in documents.LETTER_FORMATS:
        raise Http404("Letters export as PDF, DOCX, Markdown or text.")
    try:
        data, name, content_type = documents.export_letter(
            letter, fmt, documents.export_options(letter, default_options(request.user))
        )
    except ExportError as error:
        messages.error(request, str(error))
        return redirect(letter)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_http_methods(["GET", "POST"])
def letter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    letter = owned_letter(request, pk)
    if request.method == "POST":
        letter.delete()
        messages.success(request, f"Deleted “{letter.title}”.")
        return redirect("letters:list")
    return render(request, "letters/confirm_delete.html", {"letter": letter})
