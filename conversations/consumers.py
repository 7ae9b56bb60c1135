"""The chat socket: send a message, watch the reply arrive, stop it, retry it.

The socket joins its conversation's group; replies are written by
conversations.replies in their own tasks and reach every open tab of the
conversation through the group, as HTML fragments htmx swaps in by id.

On every (re)connect the socket first sends the whole history as it is now,
so a reply that finished, or went on, while the page was away is shown in
full; token events carry their offset, so nothing already shown is repeated.
"""

from __future__ import annotations

from channels.db import database_sync_to_async
from django.template.loader import render_to_string

from conversations import replies
from conversations.forms import MAX_MESSAGE_CHARACTERS
from conversations.models import Conversation, Message
from conversations.views import message_context
from resumeopt.consumers import StreamingConsumer

CHAT = "conversations/chat.html"


class ChatConsumer(StreamingConsumer):
    def owns(self, user, kwargs: dict) -> bool:
        self.conversation_id = kwargs["conversation_id"]
        return Conversation.objects.filter(pk=self.conversation_id, owner=user).exists()

    def group_for(self) -> str:
        return replies.group_name(self.conversation_id)

    def snapshot(self) -> str:
        return self._render_history()

    async def act(self, data: dict) -> None:
        action = data.get("action") or "send"
        if action == "send":
            await self._send_message(str(data.get("message") or ""))
        elif action == "stop":
            await self._stop(data.get("message_id"))
        elif action == "retry":
            await self._retry(data.get("message_id"))
        else:
            await self._error("Unknown action.")

    async def _send_message(self, text: str) -> None:
        text = text.strip()
        if not text:
            await self._error("Write a message first.")
            return
        if len(text) > MAX_MESSAGE_CHARACTERS:
            await self._error(f"Messages can be at most {MAX_MESSAGE_CHARACTERS} characters.")
            return
        if await database_sync_to_async(replies.is_busy)(self.conversation_id):
            await self._error("The assistant is still answering. Wait for it, or stop it first.")
            return
        try:
            asked, answer = await database_sync_to_async(self._begin)(text)
        except replies.ConversationArchived as archived:
            await self._error(str(archived))
            return
        await self.tell_group({"type": "chat.turn", "message_ids": [asked.pk, answer.pk]})
        await replies.start(answer.pk)

    def _begin(self, text: str):
        conversation = Conversation.objects.get(pk=self.conversation_id)
        return replies.begin_turn(conversation, text)

    async def _stop(self, message_id) -> None:
        # Only a reply of this conversation: the group's members would stop any id they are given.
        ours = Message.objects.filter(
            pk=int(message_id) if str(message_id).isdigit() else 0,
            conversation_id=self.conversation_id,
            status=Message.Status.STREAMING,
        ).exists
        if not await database_sync_to_async(ours)():
            await self._error("There is no reply being written to stop.")
            return
        await database_sync_to_async(replies.request_stop)(int(message_id))
        await self.tell_group({"type": "chat.stop", "message_id": int(message_id)})

    async def _retry(self, message_id) -> None:
        failed = await database_sync_to_async(
            Message.objects.filter(
                pk=message_id if str(message_id).isdigit() else 0,
                conversation_id=self.conversation_id,
                status__in=[Message.Status.FAILED, Message.Status.STOPPED],
            )
            .select_related("conversation")
            .first
        )()
        if failed is None:
            await self._error("There is no failed reply to retry.")
            return
        try:
            answer = await database_sync_to_async(replies.retry_turn)(failed)
        except replies.ConversationArchived as archived:
            await self._error(str(archived))
            return
        await self.tell_group({"type": "chat.turn", "message_ids": [answer.pk]})
        await replies.start(answer.pk)

    async def chat_turn(self, event):
        html = await database_sync_to_async(self._render_new)(event["message_ids"])
        await self.send(text_data=html)

    async def chat_token(self, event):
        message_id = event["message_id"]
        await self.send_tokens(
            message_id, event["text"], event.get("start", 0), f"reply-{message_id}-text"
        )

    async def chat_done(self, event):
        self.shown.pop(event["message_id"], None)
        html = await database_sync_to_async(self._render_message)(event["message_id"])
        if html:
            await self.send(text_data=html)

    async def chat_stop(self, event):
        replies.stop(event["message_id"])

    def _render(self, messages) -> str:
        """Messages as the page shows them; a reply being written shows its text so far."""
        parts = []
        for message in messages:
            if message.status == Message.Status.STREAMING:
                live = replies.live_text(message.pk)
                message.content = message.content if live is None else live
                self.shown[message.pk] = len(message.content)
            parts.append(render_to_string(f"{CHAT}#message", message_context(message)))
        return "".join(parts)

    def _messages(self):
        return Message.objects.filter(conversation_id=self.conversation_id).prefetch_related(
            "proposals__resume"
        )

    def _render_new(self, message_ids: list[int]) -> str:
        body = self._render(self._messages().filter(pk__in=message_ids))
        return f'<div id="messages" hx-swap-oob="beforeend">{body}</div>'

    def _render_history(self) -> str:
        replies.expire_interrupted(self.conversation_id)
        return f'<div id="messages" hx-swap-oob="innerHTML">{self._render(self._messages())}</div>'

    def _render_message(self, message_id: int) -> str:
        message = self._messages().filter(pk=message_id).first()
        if message is None:
            return ""
        return render_to_string(f"{CHAT}#message", {**message_context(message), "oob": True})
