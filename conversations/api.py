"""JSON endpoints for conversations and proposals: the same operations as the pages.

Session-authenticated with Django's CSRF protection (send the csrftoken
cookie's value in an X-CSRFToken header). Errors are {"error": "..."} with
400, 404 or 409. A message sent here is answered in full before the response
(no streaming; use the chat socket for that).
"""

from __future__ import annotations

from asgiref.sync import async_to_sync
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods, require_POST

from conversations import proposals as proposal_actions
from conversations import replies
from conversations.forms import MAX_MESSAGE_CHARACTERS
from conversations.models import Conversation, Message, Proposal
from jobs.models import JobDescription
from resumeopt import jsonresume, sections
from resumeopt.jsonlimits import loads_limited
from resumeopt.models import Resume
from resumeopt.resumes import EditConflict


def _body(request: HttpRequest) -> dict:
    try:
        data = loads_limited(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):  # bad syntax, or too deep to read safely
        return {}
    return data if isinstance(data, dict) else {}


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def conversation_json(conversation: Conversation) -> dict:
    return {
        "id": conversation.pk,
        "resume": conversation.resume_id,
        "path": conversation.section_path,
        "target_job": conversation.target_job_id,
        "updated_at": conversation.updated_at.isoformat(),
    }


def message_json(message: Message) -> dict:
    return {
        "id": message.pk,
        "role": message.role,
        "content": message.content,
        "status": message.status,
        "error": message.error,
        "prompt_tokens": message.prompt_tokens,
        "completion_tokens": message.completion_tokens,
        "created_at": message.created_at.isoformat(),
        "proposals": [proposal_json(p) for p in message.proposals.all()],
    }


def proposal_json(proposal: Proposal) -> dict:
    return {
        "id": proposal.pk,
        "path": proposal.path,
        "original": proposal.original,
        "replacement": proposal.replacement,
        "rationale": proposal.rationale,
        "warnings": proposal.warnings,
        "status": proposal.status,
        "source": proposal.source,
    }


@require_POST
def conversations(request: HttpRequest) -> JsonResponse:
    """Start (or reopen) the conversation about one section: {"resume", "path", "target_job"?}."""
    data = _body(request)
    resume = get_object_or_404(
        Resume,
        pk=data.get("resume") if str(data.get("resume", "")).isdigit() else 0,
        owner=request.user,
    )
    path = str(data.get("path") or "")
    if not sections.is_unit_path(path) or jsonresume.get_at(resume.content, path) is None:
        return _error(
            f"“{path}” is not a section of this resume (use paths such as basics or work/0)."
        )
    conversation, created = Conversation.objects.get_or_create(
        owner=request.user, resume=resume, section_path=path, archived_at=None
    )
    if "target_job" in data:
        job = data["target_job"]
        if job not in (None, "") and not str(job).isdigit():
            return _error('"target_job" must be the id of one of your job descriptions, or null.')
        conversation.target_job = (
            get_object_or_404(JobDescription, pk=job, owner=request.user) if job else None
        )
        conversation.save(update_fields=["target_job", "updated_at"])
    return JsonResponse(conversation_json(conversation), status=201 if created else 200)


@require_http_methods(["GET", "POST"])
def conversation_messages(request: HttpRequest, pk: int) -> JsonResponse:
    """GET the history; POST {"content"} to ask and get the whole reply back."""
    conversation = get_object_or_404(Conversation, pk=pk, owner=request.user)
    if request.method == "GET":
        history = conversation.messages.prefetch_related("proposals")
        return JsonResponse({"messages": [message_json(m) for m in history]})
    content = str(_body(request).get("content") or "").strip()
    if not content:
        return _error('Send {"content": "your message"}.')
    if len(content) > MAX_MESSAGE_CHARACTERS:
        return _error(f"Messages can be at most {MAX_MESSAGE_CHARACTERS} characters.")
    if replies.is_busy(conversation.pk):
        return _error("The assistant is still answering in this conversation.", 409)
    try:
        _, answer = replies.begin_turn(conversation, content)
    except replies.ConversationArchived as archived:
        return _error(str(archived), 409)
    async_to_sync(replies.generate)(answer.pk)
    answer = Message.objects.prefetch_related("proposals").get(pk=answer.pk)
    return JsonResponse(message_json(answer), status=201)


@require_http_methods(["GET"])
def conversation_proposals(request: HttpRequest, pk: int) -> JsonResponse:
    conversation = get_object_or_404(Conversation, pk=pk, owner=request.user)
    return JsonResponse({"proposals": [proposal_json(p) for p in conversation.proposals.all()]})


@require_POST
def proposal_apply(request: HttpRequest, pk: int) -> JsonResponse:
    """Apply a pending proposal; {"replacement": "..."} applies an edited version."""
    proposal = get_object_or_404(
        Proposal.objects.select_related("resume"), pk=pk, owner=request.user
    )
    if proposal.status != Proposal.Status.PENDING:
        return _error(f"This proposal is already {proposal.get_status_display().lower()}.", 409)
    replacement = _body(request).get("replacement")
    if replacement is not None and not isinstance(replacement, str):
        return _error('"replacement" must be text.')
    try:
        proposal_actions.apply_proposal(proposal, user=request.user, replacement=replacement)
    except EditConflict as conflict:
        return _error(str(conflict), 409)
    except jsonresume.InvalidResume as invalid:
        return _error(f"Not applied: {invalid}")
    return JsonResponse(proposal_json(proposal))


@require_POST
def proposal_reject(request: HttpRequest, pk: int) -> JsonResponse:
    proposal = get_object_or_404(Proposal, pk=pk, owner=request.user)
    if proposal.status != Proposal.Status.PENDING:
        return _error(f"This proposal is already {proposal.get_status_display().lower()}.", 409)
    return JsonResponse(proposal_json(proposal_actions.reject_proposal(proposal)))


@require_POST
def proposal_undo(request: HttpRequest, pk: int) -> JsonResponse:
    """Put back the text an applied proposal replaced; the other choices become pending again."""
    proposal = get_object_or_404(
        Proposal.objects.select_related("resume"), pk=pk, owner=request.user
    )
    try:
        proposal_actions.undo_proposal(proposal, user=request.user)
    except EditConflict as conflict:
        return _error(str(conflict), 409)
    return JsonResponse(proposal_json(proposal))
