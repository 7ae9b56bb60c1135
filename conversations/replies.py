"""Writing one assistant reply: stream it, forward it, store it, whoever is still watching.

A reply runs as its own asyncio task in the server process, not inside the
socket that asked for it: a user who closes the tab mid-reply finds the full
reply (and its proposals) when they come back. Tokens go to the conversation's
channel-layer group, so every open tab of it, in any server process, sees
them. The text is saved every second while it streams, and once at the end.

Each token event carries its offset in the reply, and the text written so far
is kept here while the reply runs, so a socket that (re)connects mid-reply
gets the reply so far once and then only what it has not seen. A reply left
"writing" by a server that died is marked failed, so it can be retried.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import timezone

from conversations import context
from conversations.models import Conversation, Message, Proposal
from conversations.proposals import parse_reply, visible_prefix
from optimizer import learning
from resumeopt import jsonresume, llm
from resumeopt.models import Resume

logger = logging.getLogger(__name__)
SAVE_EVERY_SECONDS = 1.0
STOP_FLAG_SECONDS = 600  # long enough for any reply to see it
HISTORY_MESSAGES = 20

_running: dict[int, asyncio.Task] = {}
_live: dict[int, str] = {}  # message id -> the visible text so far, while its reply runs here
INTERRUPTED = "This reply was interrupted (the server restarted). Try again."
FAILED = "Something went wrong while writing this reply. Try again."
SECTION_GONE = (
    "This section is no longer in the resume (it was removed in another tab). Open a section "
    "from the resume page."
)


def group_name(conversation_id: int) -> str:
    return f"chat.{conversation_id}"


@dataclass
class _Turn:
    message: Message
    conversation: Conversation
    document: dict
    user_text: str
    history: list[dict]
    requirements: object
    job_text: str
    user: object
    preferences: str = ""  # what the user's decisions taught, for the system prompt


def _load(message_id: int) -> _Turn:
    message = Message.objects.select_related(
        "conversation__resume", "conversation__target_job", "conversation__owner"
    ).get(pk=message_id)
    conversation = message.conversation
    earlier = list(
        conversation.messages.filter(pk__lt=message_id)
        .exclude(status=Message.Status.FAILED)
        .order_by("-pk")[:HISTORY_MESSAGES]
    )
    earlier.reverse()
    # The question being answered is the last user message; the history is what came before it.
    asked = max((i for i, m in enumerate(earlier) if m.role == Message.Role.USER), default=None)
    user_text = earlier[asked].content if asked is not None else ""
    history = [{"role": m.role, "content": m.content} for m in earlier[: asked or 0] if m.content]
    job = conversation.target_job
    requirements = job.parsed_requirements() if job else None
    return _Turn(
        message,
        conversation,
        conversation.resume.content,
        user_text,
        history,
        requirements,
        job.source_text if job else "",
        conversation.owner,
        learning.prompt_summary(conversation.owner),
    )


async def start(message_id: int) -> asyncio.Task:
    """Begin writing the reply for an assistant message in the background."""
    task = asyncio.create_task(generate(message_id))
    _running[message_id] = task
    _live[message_id] = ""
    task.add_done_callback(lambda _: (_running.pop(message_id, None), _live.pop(message_id, None)))
    return task


def live_text(message_id: int) -> str | None:
    """The reply written so far, if it is being written in this process."""
    return _live.get(message_id)


def _stale_after() -> timedelta:
    """How long a reply may go without a save before it is presumed dead: every retry timing out."""
    retries = settings.LLM_MAX_RETRIES
    waiting = settings.LLM_TIMEOUT * (retries + 1) + settings.LLM_RETRY_DELAY * (2**retries)
    return timedelta(seconds=waiting + 30)


def writing() -> list[int]:
    """Ids of the messages whose replies this process is writing now."""
    return list(_running)


def expire_interrupted(conversation_id: int) -> int:
    """Mark replies whose writer is gone (no save for too long, not running here) as failed."""
    stale = Message.objects.filter(
        conversation_id=conversation_id,
        status=Message.Status.STREAMING,
        updated_at__lt=timezone.now() - _stale_after(),
    ).exclude(pk__in=writing())
    return stale.update(status=Message.Status.FAILED, error=INTERRUPTED, updated_at=timezone.now())


def is_busy(conversation_id: int) -> bool:
    """Is a reply being written in this conversation? One at a time keeps the history in order."""
    expire_interrupted(conversation_id)
    return Message.objects.filter(
        conversation_id=conversation_id, status=Message.Status.STREAMING
    ).exists()


def _stop_key(message_id: int) -> str:
    return f"chat:stop:{message_id}"


def request_stop(message_id: int) -> None:
    """Ask for a reply to stop, wherever it is being written.

    The reply may run in another server process than the socket that asks (a
    reconnect can land anywhere); the flag in the shared cache reaches it at its
    next periodic save. A cache outage leaves only the in-process path.
    """
    try:
        cache.set(_stop_key(message_id), True, timeout=STOP_FLAG_SECONDS)
    except Exception:
        logger.warning("Could not flag reply %s to stop", message_id, exc_info=True)


def _stop_requested(message_id: int) -> bool:
    try:
        return bool(cache.get(_stop_key(message_id)))
    except Exception:
        return False


def stop(message_id: int) -> bool:
    """Stop a reply being written in this process; True if one was."""
    task = _running.get(message_id)
    if task is None or task.done():
        return False
    task.cancel()
    return True


async def _send(conversation_id: int, event: dict) -> None:
    layer = get_channel_layer()
    try:
        await layer.group_send(group_name(conversation_id), event)
    except Exception:  # a lost push must not lose the reply: it is saved regardless
        logger.warning(
            "Could not push %s for conversation %s", event["type"], conversation_id, exc_info=True
        )


async def generate(message_id: int) -> None:
    """Write the reply for one assistant message, start to end.

    However it fails, the message ends up failed (never left "writing") and open tabs are told.
    """
    # The offline engine (the analysis and the matcher) loads with the first reply, not with
    # every management command's URL checks, which import this module through the views.
    from conversations import offline

    try:
        turn = await sync_to_async(_load)(message_id)
    except Exception:
        logger.exception("Reply %s could not start", message_id)
        await _give_up(message_id, None)
        return
    conversation_id = turn.conversation.pk
    if jsonresume.get_at(turn.document, turn.conversation.section_path) is None:
        await sync_to_async(_finish)(
            turn, "", Message.Status.FAILED, SECTION_GONE, [], llm.StreamUsage()
        )
        await _send(conversation_id, {"type": "chat.done", "message_id": message_id})
        return
    text, sent, last_save = "", 0, time.monotonic()
    offline_proposals: list[dict] = []
    usage = llm.StreamUsage()
    saving: asyncio.Task | None = None
    try:
        if llm.is_offline():
            reply = await sync_to_async(offline.offline_reply)(
                turn.document,
                turn.conversation.section_path,
                turn.user_text,
                turn.requirements,
                first=not turn.history,
            )
            offline_proposals = reply.proposals
            stream = llm.astream_text(reply.text, user=turn.user, purpose="chat", usage=usage)
        else:
            messages = context.build_messages(
                turn.document,
                turn.conversation.section_path,
                turn.user_text,
                turn.history,
                requirements=turn.requirements,
                preferences=turn.preferences,
            )
            stream = llm.astream(messages, user=turn.user, purpose="chat", usage=usage)
        async for token in stream:
            text += token
            shown = visible_prefix(text)
            if len(shown) > sent:
                if message_id in _live:
                    _live[message_id] = shown
                await _send(
                    conversation_id,
                    {
                        "type": "chat.token",
                        "message_id": message_id,
                        "start": sent,
                        "text": shown[sent:],
                    },
                )
                sent = len(shown)
            # The periodic save runs beside the stream: a slow database must not hold tokens back.
            if time.monotonic() - last_save > SAVE_EVERY_SECONDS and (
                saving is None or saving.done()
            ):
                if await sync_to_async(_stop_requested)(message_id):
                    raise asyncio.CancelledError  # Stop pressed on a socket of another process
                saving = asyncio.create_task(
                    sync_to_async(_save_partial)(message_id, visible_prefix(text))
                )
                last_save = time.monotonic()
    except asyncio.CancelledError:
        await sync_to_async(_finish)(
            turn, visible_prefix(text), Message.Status.STOPPED, "", [], usage
        )
        await _send(conversation_id, {"type": "chat.done", "message_id": message_id})
        raise
    except llm.LLMError as error:
        await sync_to_async(_finish)(
            turn, visible_prefix(text), Message.Status.FAILED, str(error), [], usage
        )
        await _send(conversation_id, {"type": "chat.done", "message_id": message_id})
        return
    except Exception:
        logger.exception("Reply %s failed", message_id)
        await _give_up(message_id, visible_prefix(text))
        return
    try:
        await sync_to_async(_finish)(
            turn, text, Message.Status.COMPLETE, "", offline_proposals, usage
        )
    except Exception:
        logger.exception("Reply %s could not be stored", message_id)
        await _give_up(message_id, visible_prefix(text))
        return
    await _send(conversation_id, {"type": "chat.done", "message_id": message_id})


async def _give_up(message_id: int, text: str | None) -> None:
    """Mark a reply failed with the generic message, keeping any text it had, and say so."""

    def fail() -> int | None:
        fields = {"status": Message.Status.FAILED, "error": FAILED, "updated_at": timezone.now()}
        if text:
            fields["content"] = text
        Message.objects.filter(pk=message_id).update(**fields)
        return (
            Message.objects.filter(pk=message_id).values_list("conversation_id", flat=True).first()
        )

    try:
        conversation_id = await sync_to_async(fail)()
    except Exception:  # the database itself is failing: the stale check will catch this reply
        logger.exception("Reply %s could not be marked failed", message_id)
        return
    if conversation_id:
        await _send(conversation_id, {"type": "chat.done", "message_id": message_id})


def _save_partial(message_id: int, text: str) -> None:
    """Keep the text so far (for a reload, and to show the reply is alive); best effort."""
    try:
        Message.objects.filter(pk=message_id, status=Message.Status.STREAMING).update(
            content=text, updated_at=timezone.now()
        )
    except DatabaseError:  # the final save stores the whole reply anyway
        logger.warning("Could not save reply %s so far", message_id, exc_info=True)


def _finish(
    turn: _Turn,
    text: str,
    status: str,
    error: str,
    offline_proposals: list[dict],
    usage: llm.StreamUsage,
) -> None:
    """Store the reply, and the proposals it makes that pass the checks."""
    # Imported here: the guard loads with its patterns, which the management commands'
    # URL checks, importing this module, do not need (long-running processes preload it).
    from conversations.guard import fabrication_warnings

    message = turn.message
    conversation = turn.conversation
    document = Resume.objects.get(
        pk=conversation.resume_id
    ).content  # as it is now, not when the turn began
    edits = []
    if status == Message.Status.COMPLETE and not offline_proposals:
        parsed = parse_reply(text, document, conversation.section_path, job_text=turn.job_text)
        text = parsed.text + ("".join(f"\n\n_{problem}_" for problem in parsed.problems))
        edits = [
            (e.path, e.original, e.replacement, e.rationale, e.warnings, "model", "")
            for e in parsed.edits
        ]
    for item in offline_proposals:
        warnings = fabrication_warnings(
            item["original"], item["replacement"], document, turn.job_text
        )
        edits.append(
            (
                item["path"],
                item["original"],
                item["replacement"],
                item["rationale"],
                warnings,
                "rules",
                item.get("kind", ""),
            )
        )
    message.content = text.strip()
    message.status = status
    message.error = error
    message.model = llm.OFFLINE_MODEL if llm.is_offline() else llm.configured_model()
    message.prompt_tokens, message.completion_tokens = usage.prompt_tokens, usage.completion_tokens
    message.save(
        update_fields=[
            "content",
            "status",
            "error",
            "model",
            "prompt_tokens",
            "completion_tokens",
            "updated_at",
        ]
    )
    Proposal.objects.bulk_create(
        Proposal(
            owner=conversation.owner,
            resume_id=conversation.resume_id,
            conversation=conversation,
            message=message,
            path=path,
            original=original,
            replacement=replacement,
            rationale=rationale,
            warnings=warnings,
            source=source,
            kind=kind,
        )
        for path, original, replacement, rationale, warnings, source, kind in edits
    )
    conversation.save(update_fields=["updated_at"])


class ConversationArchived(Exception):
    """Nothing more is asked in an archived conversation; the section's open one takes it."""

    def __str__(self) -> str:
        return "This conversation was archived when you started afresh. Ask in the current one."


def open_conversation(owner, resume, path: str) -> Conversation:
    """The section's open conversation, started if there is none."""
    conversation, _ = Conversation.objects.get_or_create(
        owner=owner, resume=resume, section_path=path, archived_at=None
    )
    return conversation


def start_afresh(conversation: Conversation) -> Conversation:
    """Archive the conversation (kept, read-only) and open a new one for its section.

    Its target job carries over; what was said does not, so the next prompt is short
    again (the way out when the history no longer fits the model's context).
    """
    if conversation.archived_at is None:
        conversation.archived_at = timezone.now()
        conversation.save(update_fields=["archived_at", "updated_at"])
    fresh = open_conversation(conversation.owner, conversation.resume, conversation.section_path)
    if fresh.target_job_id is None and conversation.target_job_id:
        fresh.target_job_id = conversation.target_job_id
        fresh.save(update_fields=["target_job", "updated_at"])
    return fresh


def begin_turn(conversation: Conversation, user_text: str) -> tuple[Message, Message]:
    """Store the user's message and an empty assistant message to stream into."""
    if conversation.archived_at is not None:
        raise ConversationArchived
    asked = Message.objects.create(
        conversation=conversation,
        role=Message.Role.USER,
        content=user_text.strip(),
        completion_tokens=context.estimate_tokens(user_text.strip()),
    )
    answer = Message.objects.create(
        conversation=conversation, role=Message.Role.ASSISTANT, status=Message.Status.STREAMING
    )
    return asked, answer


def retry_turn(failed: Message) -> Message:
    """A fresh assistant message for the question a failed or stopped reply was answering."""
    if failed.conversation.archived_at is not None:
        raise ConversationArchived
    return Message.objects.create(
        conversation=failed.conversation,
        role=Message.Role.ASSISTANT,
        status=Message.Status.STREAMING,
    )
