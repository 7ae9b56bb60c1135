"""The letter's assistant socket: ask for a model draft
or an edit of one part, watch it arrive, stop it.

It works as the chat socket does (conversations/consumers.py): it joins the
letter's group, sends the assistant's runs as they are now on every (re)connect,
and forwards tokens by offset so nothing already shown is repeated.
"""

from __future__ import annotations

from channels.db import database_sync_to_async
from django.template.loader import render_to_string

from letters import assistant
from letters.editing import MAX_REQUEST_CHARACTERS
from letters.models import AssistantRun, Letter
from letters.parts import editable_parts
from letters.views import history_context, run_context
from resumeopt import llm
from resumeopt.consumers import StreamingConsumer

PAGE = "letters/letter_detail.html"


class LetterAssistantConsumer(StreamingConsumer):
    def owns(self, user, kwargs: dict) -> bool:
        self.letter_id = kwargs["letter_id"]
        return Letter.objects.filter(pk=self.letter_id, owner=user).exists()

    def group_for(self) -> str:
        return assistant.group_name(self.letter_id)

    def snapshot(self) -> str:
        return self._render_runs()

    async def act(self, data: dict) -> None:
        action = data.get("action")
        if action == "draft":
            await self._begin(AssistantRun.Kind.DRAFT)
        elif action == "edit":
            await self._begin(
                AssistantRun.Kind.EDIT,
                part=str(data.get("part") or ""),
                request=str(data.get("request") or ""),
            )
        elif action == "stop":
            await self._stop(data.get("run_id"))
        else:
            await self._error("Unknown action.")

    async def _begin(self, kind: str, *, part: str = "", request: str = "") -> None:
        if kind == AssistantRun.Kind.DRAFT and llm.is_offline():
            await self._error("No language model is configured; use the offline draft.")
            return
        if len(request) > MAX_REQUEST_CHARACTERS:
            await self._error(f"Ask in at most {MAX_REQUEST_CHARACTERS} characters.")
            return
        if await database_sync_to_async(assistant.is_busy)(self.letter_id):
            await self._error("The assistant is still writing. Wait for it, or stop it first.")
            return
        run = await database_sync_to_async(self._create)(kind, part, request)
        if run is None:
            await self._error("Choose the opening, an evidence paragraph or the closing.")
            return
        await self.tell_group({"type": "letter.run", "run_id": run.pk})
        await assistant.start(run.pk)

    def _create(self, kind: str, part: str, request: str) -> AssistantRun | None:
        letter = Letter.objects.get(pk=self.letter_id)
        if kind == AssistantRun.Kind.EDIT and part not in {
            p.key for p in editable_parts(letter.body)
        }:
            return None
        return assistant.begin(letter, kind, part=part, request=request)

    async def _stop(self, run_id) -> None:
        run_id = int(run_id) if str(run_id).isdigit() else 0
        ours = AssistantRun.objects.filter(
            pk=run_id, letter_id=self.letter_id, status=AssistantRun.Status.STREAMING
        ).exists
        if not await database_sync_to_async(ours)():
            await self._error("There is nothing being written to stop.")
            return
        await database_sync_to_async(assistant.request_stop)(run_id)
        await self.tell_group({"type": "letter.stop", "run_id": run_id})

    async def letter_run(self, event):
        html = await database_sync_to_async(self._render_new)(event["run_id"])
        await self.send(text_data=html)

    async def letter_token(self, event):
        run_id = event["run_id"]
        await self.send_tokens(run_id, event["text"], event.get("start", 0), f"run-{run_id}-text")

    async def letter_done(self, event):
        self.shown.pop(event["run_id"], None)
        html = await database_sync_to_async(self._render_done)(event["run_id"])
        if html:
            await self.send(text_data=html)

    async def letter_stop(self, event):
        assistant.stop(event["run_id"])

    def _runs(self):
        return AssistantRun.objects.filter(letter_id=self.letter_id).prefetch_related("proposals")

    def _render(self, runs) -> str:
        parts = []
        for run in runs:
            if run.status == AssistantRun.Status.STREAMING:
                live = assistant.live_text(run.pk)
                run.content = run.content if live is None else live
                self.shown[run.pk] = len(run.content)
            parts.append(render_to_string(f"{PAGE}#run", run_context(run)))
        return "".join(parts)

    def _render_runs(self) -> str:
        assistant.expire_interrupted(self.letter_id)
        return f'<div id="letter-runs" hx-swap-oob="innerHTML">{self._render(self._runs())}</div>'

    def _render_new(self, run_id: int) -> str:
        return (
            '<div id="letter-runs" '
            f'hx-swap-oob="beforeend">{self._render(self._runs().filter(pk=run_id))}</div>'
        )

    def _render_done(self, run_id: int) -> str:
        run = self._runs().select_related("letter").filter(pk=run_id).first()
        if run is None:
            return ""
        html = render_to_string(f"{PAGE}#run", {**run_context(run), "oob": True})
        if run.kind == AssistantRun.Kind.DRAFT and run.status == AssistantRun.Status.COMPLETE:
            # The draft replaced the letter's text: show it in the editor and the history.
            html += render_to_string(f"{PAGE}#letter-changed", history_context(run.letter))
        return html
