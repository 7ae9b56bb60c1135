"""Chat pages per section, proposals (apply, edit
then apply, reject, undo) and whole-resume runs."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from conversations import optimization, replies
from conversations import proposals as proposal_actions
from conversations.forms import MessageForm, TargetJobForm
from conversations.models import Conversation, Message, OptimizationRun, Proposal
from conversations.proposal_views import ProposalDecisionView
from jobs.models import JobDescription
from optimizer import learning
from resumeopt import jsonresume, llm, sections
from resumeopt.models import Resume
from resumeopt.platform.background import start_job
from resumeopt.platform.htmx import HtmxHttpRequest
from resumeopt.resumes import EditConflict
from resumeopt.views.resumes import owned_resume

CHAT = "conversations/chat.html"


def message_context(message: Message, model=None) -> dict:
    """A message with its proposals, the ones the user is likeliest to take first."""
    proposals = list(message.proposals.all())
    if model is not None and len(proposals) > 1:
        ranked = learning.rank(model, proposals, learning.candidate_of_proposal)
        proposals = ranked.visible + ranked.hidden
    return {"message": message, "proposals": [proposal_context(p) for p in proposals]}


def proposal_context(proposal: Proposal) -> dict:
    return {
        "proposal": proposal,
        "label": describe_path(proposal.resume.content, proposal.path),
        "diff": proposal.diff(),
    }


def describe_path(document: dict, path: str) -> str:
    """ "Work experience: Engineer at Acme · bullet 3" for "work/0/highlights/2"."""
    parts = jsonresume.split_path(path)
    unit = "basics" if parts[:1] == ["basics"] else jsonresume.join_path(*parts[:2])
    label = jsonresume.section_label(document, unit)
    rest = parts[1:] if unit == "basics" else parts[2:]
    if len(rest) == 2 and isinstance(rest[1], int):
        return f"{label} · {rest[0] if rest[0] != 'highlights' else 'bullet'} {rest[1] + 1}"
    return f"{label} · {rest[0]}" if rest else label


def _units(resume: Resume) -> list[dict]:
    """Every section one can talk about, with its label."""
    units = [{"path": "basics", "label": jsonresume.section_label(resume.content, "basics")}]
    for section in jsonresume.LIST_SECTIONS:
        for index, entry in enumerate(resume.content.get(section) or []):
            if isinstance(entry, dict):
                path = f"{section}/{index}"
                units.append(
                    {"path": path, "label": jsonresume.section_label(resume.content, path)}
                )
    return units


def _conversation(request: HttpRequest, resume: Resume, path: str) -> Conversation:
    if not sections.is_unit_path(path) or jsonresume.get_at(resume.content, path) is None:
        raise Http404("No such section.")
    return replies.open_conversation(request.user, resume, path)


def chat_context(request: HttpRequest, conversation: Conversation) -> dict:
    resume = conversation.resume
    # Each proposal's card names its place in the resume: one query for it, not one per card.
    history = conversation.messages.prefetch_related("proposals__resume")
    model = learning.model_for(request.user)
    return {
        "resume": resume,
        "conversation": conversation,
        "history": [message_context(message, model) for message in history],
        "units": _units(resume),
        "unit": {
            "path": conversation.section_path,
            "section": sections.unit_section(conversation.section_path),
            "entry": jsonresume.get_at(resume.content, conversation.section_path) or {},
            "label": jsonresume.section_label(resume.content, conversation.section_path),
        },
        "jobs": JobDescription.objects.filter(owner=request.user, batch__isnull=True).only(
            "pk", "title", "company", "created_at"
        ),
        "offline": llm.is_offline(),
        "context_error": llm.CONTEXT_TOO_LONG,
        "earlier": Conversation.objects.filter(
            owner=request.user,
            resume=resume,
            section_path=conversation.section_path,
            archived_at__isnull=False,
        )
        .exclude(pk=conversation.pk)
        .only("pk", "archived_at", "created_at"),
    }


@require_GET
def chat(request: HttpRequest, resume_pk: int, path: str) -> HttpResponse:
    resume = owned_resume(request, resume_pk)
    conversation = _conversation(request, resume, path)
    replies.expire_interrupted(conversation.pk)
    return render(request, CHAT, chat_context(request, conversation))


def _owned_conversation(request: HttpRequest, pk: int) -> Conversation:
    return get_object_or_404(
        Conversation.objects.select_related("resume", "target_job"), pk=pk, owner=request.user
    )


@require_POST
def send_message(request: HttpRequest, pk: int) -> HttpResponse:
    """Without JavaScript: ask, wait for the whole reply, see the page again."""
    conversation = _owned_conversation(request, pk)
    form = MessageForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["message"][0])
    elif replies.is_busy(conversation.pk):
        messages.error(request, "The assistant is still answering. Wait for it, then reload.")
    else:
        try:
            _, answer = replies.begin_turn(conversation, form.cleaned_data["message"])
        except replies.ConversationArchived as archived:
            messages.error(request, str(archived))
        else:
            async_to_sync(replies.generate)(answer.pk)
    return redirect(conversation)


@require_POST
def start_afresh(request: HttpRequest, pk: int) -> HttpResponse:
    """Archive the conversation and open a new one for the same section."""
    conversation = _owned_conversation(request, pk)
    if replies.is_busy(conversation.pk):
        messages.error(
            request, "The assistant is still answering. Stop it first, then start afresh."
        )
        return redirect(conversation)
    fresh = replies.start_afresh(conversation)
    messages.success(
        request,
        "Started afresh. The earlier conversation is archived and listed under "
        "“Earlier conversations”.",
    )
    return redirect(fresh)


@require_GET
def archived(request: HttpRequest, pk: int) -> HttpResponse:
    """An archived conversation, read-only."""
    conversation = _owned_conversation(request, pk)
    if conversation.archived_at is None:
        return redirect(conversation)
    return render(request, CHAT, chat_context(request, conversation))


@require_POST
def set_target_job(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _owned_conversation(request, pk)
    job_id = TargetJobForm(request.POST).job_id()
    conversation.target_job = (
        get_object_or_404(JobDescription, pk=job_id, owner=request.user) if job_id else None
    )
    conversation.save(update_fields=["target_job", "updated_at"])
    label = (
        conversation.target_job.display_title if conversation.target_job else "no particular job"
    )
    messages.success(request, f"The assistant now tailors its advice to {label}.")
    return redirect(conversation)


def _proposal_response(
    request: HtmxHttpRequest, proposal: Proposal, *, status: int = 200
) -> HttpResponse:
    if not request.htmx:
        target = proposal.run if proposal.run_id else proposal.conversation
        return redirect(target.get_absolute_url() if target else proposal.resume.get_absolute_url())
    siblings = (
        Proposal.objects.filter(
            resume_id=proposal.resume_id,
            path=proposal.path,
            decided_at=proposal.decided_at,
            status=Proposal.Status.SUPERSEDED,
        ).exclude(pk=proposal.pk)
        if proposal.decided_at
        else []
    )
    context = {
        **proposal_context(proposal),
        "resume": proposal.resume,
        "unit": _unit_for(proposal),
        "oob_preview": proposal.conversation_id is not None,
        "superseded": [proposal_context(sibling) for sibling in siblings],
    }
    response = render(request, f"{CHAT}#proposal-with-preview", context, status=status)
    trigger_client_event(response, "resume-changed")
    return response


def _unit_for(proposal: Proposal) -> dict:
    path = proposal.conversation.section_path if proposal.conversation_id else proposal.path
    resume = Resume.objects.get(pk=proposal.resume_id)
    return {
        "path": path,
        "section": jsonresume.section_of(path),
        "entry": jsonresume.get_at(resume.content, path) or {},
        "label": jsonresume.section_label(resume.content, path),
    }


class ResumeProposalDecision(ProposalDecisionView):
    """The card's buttons on a proposal for the resume: saved as "AI suggestion" or "undo"."""

    model = Proposal
    related = ("resume",)
    conflicts = (EditConflict,)
    invalid = (jsonresume.InvalidResume,)

    def apply(self, proposal: Proposal, replacement: str | None) -> None:
        proposal_actions.apply_proposal(proposal, user=self.request.user, replacement=replacement)

    def reject(self, proposal: Proposal) -> None:
        proposal_actions.reject_proposal(proposal)

    def undo(self, proposal: Proposal) -> None:
        proposal_actions.undo_proposal(proposal, user=self.request.user)

    def respond(self, proposal: Proposal, *, status: int = 200) -> HttpResponse:
        return _proposal_response(self.request, proposal, status=status)


@require_http_methods(["GET", "POST"])
def optimize(request: HttpRequest, resume_pk: int) -> HttpResponse:
    """Start a whole-resume pass for a target job; its proposals wait for review."""
    resume = owned_resume(request, resume_pk)
    jobs = JobDescription.objects.filter(owner=request.user, batch__isnull=True)
    if request.method == "POST":
        job_id = TargetJobForm(request.POST).job_id()
        target = (
            get_object_or_404(JobDescription, pk=job_id, owner=request.user) if job_id else None
        )
        run = OptimizationRun.objects.create(owner=request.user, resume=resume, target_job=target)
        # Celery loads when a job starts, not with the URLconf.
        from conversations.tasks import optimize_resume

        label = f"Optimizing {resume.title}" + (f" for {target.display_title}" if target else "")
        run.job = start_job(
            optimize_resume,
            owner=request.user,
            kind="conversations.optimize",
            label=label,
            args=(run.pk,),
        )
        run.save(update_fields=["job"])
        messages.success(
            request,
            "Optimization started. Proposals appear here for you to review; nothing is "
            "applied without you.",
        )
        return redirect(run)
    runs = OptimizationRun.objects.filter(resume=resume).select_related("job", "target_job")[:10]
    return render(
        request, "conversations/optimize.html", {"resume": resume, "jobs": jobs, "runs": runs}
    )


def _job_advice(run: OptimizationRun) -> list[tuple[str, list[str]]]:
    """The target job's recommendations by section label: what the rewrites cannot supply."""
    if run.target_job is None:
        return []
    grouped = optimization.recommendations_by_section(
        run.resume.content, run.target_job.parsed_requirements()
    )
    return [
        (jsonresume.section_label(run.resume.content, unit) if unit else "The whole resume", items)
        for unit, items in grouped.items()
    ]


@require_GET
def run_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(
        OptimizationRun.objects.select_related("resume", "job", "target_job"),
        pk=pk,
        owner=request.user,
    )
    proposals = list(run.proposals.select_related("resume"))
    # Pending proposals the user would likely take come first; ones they almost never
    # take are folded away. Decided ones keep their place.
    ranked = learning.rank(
        learning.model_for(request.user),
        [p for p in proposals if p.status == Proposal.Status.PENDING],
        learning.candidate_of_proposal,
    )
    usually_skipped = {p.pk for p in ranked.hidden}
    pending_order = {p.pk: n for n, p in enumerate(ranked.visible + ranked.hidden)}
    proposals.sort(key=lambda p: pending_order.get(p.pk, -1))
    groups: dict[str, list[dict]] = {}
    skipped: list[dict] = []
    for proposal in proposals:
        if proposal.pk in usually_skipped:
            skipped.append(proposal_context(proposal))
            continue
        unit = (
            proposal.path.split("/")[0]
            if proposal.path.startswith("basics")
            else "/".join(proposal.path.split("/")[:2])
        )
        label = jsonresume.section_label(run.resume.content, unit)
        groups.setdefault(label, []).append(proposal_context(proposal))
    finished = run.job is None or run.job.is_finished
    context = {
        "run": run,
        "resume": run.resume,
        "groups": groups,
        "usually_skipped": skipped,
        "finished": finished,
        "count": len(proposals),
        "job_advice": _job_advice(run),
    }
    if request.htmx and request.GET.get("proposals"):
        return render(request, "conversations/run.html#run-proposals", context)
    return render(request, "conversations/run.html", context)
