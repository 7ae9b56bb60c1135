"""The letter assistant at work: a model draft or an edit of one part, streamed to the page.

It works as the resume chat's replies do (conversations/replies.py): each run is
an asyncio task of the server process, not of the socket that asked, so a tab
closed mid-run finds the finished draft or proposal when it comes back; tokens
go to the letter's channel-layer group with their offset, so a socket that
(re)connects mid-run gets the text so far once and then only what it has not
seen; the text is saved every second; Stop works from any process through a
flag in the shared cache; a run left "writing" by a server that died is marked
failed.

When a draft is done the fact guard reads it sentence by sentence and the
sentences the resume does not support are left out before it replaces the
letter's text; an edit becomes a proposal for its part, guarded the same way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import timezone

from letters import editing
from letters.documents import Reason, apply_draft
from letters.drafting import Draft, evidence_for, guard_text, model_messages
from letters.models import AssistantRun, Letter, LetterProposal
from letters.parts import part_named
from resumeopt import llm

logger = logging.getLogger(__name__)
SAVE_EVERY_SECONDS = 1.0
STOP_FLAG_SECONDS = 600
INTERRUPTED = "This was interrupted (the server restarted). Ask again."
FAILED = "Something went wrong while writing this. Ask again."
NOTHING_SUPPORTED = "The model's letter had nothing your resume supports; the letter is unchanged."
PART_GONE = "That part is no longer in the letter (it was edited meanwhile). Ask about it again."

_running: dict[int, asyncio.Task] = {}
_live: dict[int, str] = {}  # run id -> text so far, while the run is written in this process


def group_name(letter_id: int) -> str:
    return f"letter.{letter_id}"


def live_text(run_id: int) -> str | None:
    return _live.get(run_id)


def writing() -> list[int]:
    return list(_running)


def _stale_after() -> timedelta:
    retries = settings.LLM_MAX_RETRIES
    waiting = settings.LLM_TIMEOUT * (retries + 1) + settings.LLM_RETRY_DELAY * (2**retries)
    return timedelta(seconds=waiting + 30)


def expire_interrupted(letter_id: int) -> int:
    """Mark runs whose writer is gone (no save for too long, not running here) as failed."""
    stale = AssistantRun.objects.filter(
        letter_id=letter_id,
        status=AssistantRun.Status.STREAMING,
        updated_at__lt=timezone.now() - _stale_after(),
    ).exclude(pk__in=writing())
    return stale.update(
        status=AssistantRun.Status.FAILED, error=INTERRUPTED, updated_at=timezone.now()
    )


def is_busy(letter_id: int) -> bool:
    """One run at a time per letter: a draft and an edit must not race for the text."""
    expire_interrupted(letter_id)
    return AssistantRun.objects.filter(
        letter_id=letter_id, status=AssistantRun.Status.STREAMING
    ).exists()


def begin(letter: Letter, kind: str, *, part: str = "", request: str = "") -> AssistantRun:
    return AssistantRun.objects.create(letter=letter, kind=kind, part=part, request=request.strip())


def _stop_key(run_id: int) -> str:
    return f"letters:stop:{run_id}"


def request_stop(run_id: int) -> None:
    """Ask a run to stop wherever it is written (it checks the flag at each periodic save)."""
    try:
        cache.set(_stop_key(run_id), True, timeout=STOP_FLAG_SECONDS)
    except Exception:
        logger.warning("Could not flag letter run %s to stop", run_id, exc_info=True)


def _stop_requested(run_id: int) -> bool:
    try:
        return bool(cache.get(_stop_key(run_id)))
    except Exception:
        return False


def stop(run_id: int) -> bool:
    """Stop a run written in this process; True if one was."""
    task = _running.get(run_id)
    if task is None or task.done():
        return False
    task.cancel()
    return True


async def start(run_id: int) -> asyncio.Task:
    task = asyncio.create_task(generate(run_id))
    _running[run_id] = task
    _live[run_id] = ""
    task.add_done_callback(lambda _: (_running.pop(run_id, None), _live.pop(run_id, None)))
    return task


async def _send(letter_id: int, event: dict) -> None:
    try:
        await get_channel_layer().group_send(group_name(letter_id), event)
    except Exception:  # a lost push must not lose the run: it is saved regardless
        logger.warning("Could not push %s for letter %s", event["type"], letter_id, exc_info=True)


class _Work:
    """What one run needs, read once from the database."""

    def __init__(self, run_id: int):
        self.run = AssistantRun.objects.select_related(
            "letter__resume", "letter__job", "letter__owner"
        ).get(pk=run_id)
        letter = self.run.letter
        job = letter.job
        self.letter = letter
        self.document = letter.resume.content if letter.resume else {}
        self.job_text = job.source_text if job else ""
        self.company = job.company if job else ""
        self.title = job.title if job else ""
        self.requirements = job.parsed_requirements() if job else None
        self.part = part_named(letter.body, self.run.part) if self.run.kind == "edit" else None
        self.offline_edit: editing.Edit | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.title, self.company)

    def stream(self, usage: llm.StreamUsage):
        user = self.letter.owner
        if self.run.kind == AssistantRun.Kind.DRAFT:
            from jobs.extraction import Requirements  # not at the top: see letters.documents

            requirements = self.requirements or Requirements.from_dict({})
            covered, _ = evidence_for(self.document, requirements)
            messages = model_messages(
                self.document,
                self.job_text,
                company=self.company,
                title=self.title,
                evidence=covered,
            )
            return llm.astream(messages, user=user, purpose="letter", max_tokens=900, usage=usage)
        if llm.is_offline():
            reply, self.offline_edit = editing.offline_edit(
                self.part, company=self.company, title=self.title
            )
            return llm.astream_text(reply, user=user, purpose="letter", usage=usage)
        messages = editing.edit_messages(
            self.document,
            self.job_text,
            self.letter.body,
            self.part,
            self.run.request,
            company=self.company,
            title=self.title,
        )
        return llm.astream(messages, user=user, purpose="letter", max_tokens=500, usage=usage)


async def generate(run_id: int) -> None:
    """Write one run start to end; however it fails it ends failed or stopped, never "writing"."""
    try:
        work = await sync_to_async(_Work)(run_id)
    except Exception:
        logger.exception("Letter run %s could not start", run_id)
        await _give_up(run_id, "")
        return
    letter_id = work.letter.pk
    if work.run.kind == AssistantRun.Kind.DRAFT and llm.is_offline():
        await sync_to_async(_finish)(
            work,
            "",
            AssistantRun.Status.FAILED,
            "No language model is configured; use the offline draft.",
        )
        await _send(letter_id, {"type": "letter.done", "run_id": run_id})
        return
    if work.run.kind == AssistantRun.Kind.EDIT and work.part is None:
        await sync_to_async(_finish)(work, "", AssistantRun.Status.FAILED, PART_GONE)
        await _send(letter_id, {"type": "letter.done", "run_id": run_id})
        return
    text, sent, last_save = "", 0, time.monotonic()
    saving: asyncio.Task | None = None
    usage = llm.StreamUsage()
    try:
        stream = await sync_to_async(work.stream)(usage)
        async for token in stream:
            text += token
            if run_id in _live:
                _live[run_id] = text
            await _send(
                letter_id,
                {"type": "letter.token", "run_id": run_id, "start": sent, "text": text[sent:]},
            )
            sent = len(text)
            if time.monotonic() - last_save > SAVE_EVERY_SECONDS and (
                saving is None or saving.done()
            ):
                if await sync_to_async(_stop_requested)(run_id):
                    raise asyncio.CancelledError  # Stop pressed on a socket of another process
                saving = asyncio.create_task(sync_to_async(_save_partial)(run_id, text))
                last_save = time.monotonic()
    except asyncio.CancelledError:
        await sync_to_async(_finish)(work, text, AssistantRun.Status.STOPPED, "")
        await _send(letter_id, {"type": "letter.done", "run_id": run_id})
        raise
    except llm.LLMError as error:
        await sync_to_async(_finish)(work, text, AssistantRun.Status.FAILED, str(error))
        await _send(letter_id, {"type": "letter.done", "run_id": run_id})
        return
    except Exception:
        logger.exception("Letter run %s failed", run_id)
        await _give_up(run_id, text)
        return
    try:
        await sync_to_async(_finish)(work, text, AssistantRun.Status.COMPLETE, "")
    except Exception:
        logger.exception("Letter run %s could not be stored", run_id)
        await _give_up(run_id, text)
        return
    await _send(letter_id, {"type": "letter.done", "run_id": run_id})


async def _give_up(run_id: int, text: str) -> None:
    def fail() -> int | None:
        fields = {
            "status": AssistantRun.Status.FAILED,
            "error": FAILED,
            "updated_at": timezone.now(),
        }
        if text:
            fields["content"] = text
        AssistantRun.objects.filter(pk=run_id).update(**fields)
        return AssistantRun.objects.filter(pk=run_id).values_list("letter_id", flat=True).first()

    try:
        letter_id = await sync_to_async(fail)()
    except Exception:
        logger.exception("Letter run %s could not be marked failed", run_id)
        return
    if letter_id:
        await _send(letter_id, {"type": "letter.done", "run_id": run_id})


def _save_partial(run_id: int, text: str) -> None:
    try:
        AssistantRun.objects.filter(pk=run_id, status=AssistantRun.Status.STREAMING).update(
            content=text, updated_at=timezone.now()
        )
    except DatabaseError:
        logger.warning("Could not save letter run %s so far", run_id, exc_info=True)


def _finish(work: _Work, text: str, status: str, error: str) -> None:
    """Store the run; a finished draft replaces the letter's text, a finished edit proposes."""
    run = work.run
    run.content, run.status, run.error = text.strip(), status, error
    run.model = llm.OFFLINE_MODEL if llm.is_offline() else llm.configured_model()
    if status == AssistantRun.Status.COMPLETE and run.kind == AssistantRun.Kind.DRAFT:
        kept, dropped = guard_text(text, work.document, work.job_text, work.names)
        run.dropped = dropped
        if kept.strip():
            from jobs.extraction import Requirements

            letter = Letter.objects.get(pk=work.letter.pk)  # as it is now, not when the run began
            _, left_out = evidence_for(
                work.document, work.requirements or Requirements.from_dict({})
            )
            draft = Draft([p for p in kept.split("\n\n")], left_out=left_out, dropped=dropped)
            apply_draft(letter, draft, user=letter.owner, reason=Reason.MODEL_DRAFT)
        else:
            run.error = NOTHING_SUPPORTED
    elif status == AssistantRun.Status.COMPLETE and run.kind == AssistantRun.Kind.EDIT:
        edit = work.offline_edit
        source = "rules"
        if not llm.is_offline():
            edit = editing.guarded_edit(text, work.part, work.document, work.job_text, work.names)
            source = "model"
            if edit is None:
                run.error = (
                    "The rewrite added nothing your resume supports, so there is nothing to apply."
                )
        if edit is not None:
            LetterProposal.objects.create(
                owner=work.letter.owner,
                letter=work.letter,
                run=run,
                part=work.part.key,
                original=work.part.text,
                replacement=edit.replacement,
                rationale=edit.rationale,
                warnings=edit.warnings,
                source=source,
            )
    run.save()
