"""The notifications socket every signed-in page opens.

It joins the user's group and turns events from background work (job
progress, toasts) into HTML fragments that htmx's ws extension swaps in by id.
"""

import asyncio
import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.template.loader import render_to_string
from django.utils.html import escape

from resumeopt.jsonlimits import loads_limited
from resumeopt.models import BackgroundJob
from resumeopt.platform.background import user_group

logger = logging.getLogger(__name__)

# Close codes for refused sockets, in the 4000 range WebSocket leaves to apps.
CLOSE_UNAUTHENTICATED = 4401
CLOSE_NOT_FOUND = 4404
# A group send slower than this (Redis stalled under load) is given up, as a failed one is.
GROUP_SEND_SECONDS = 5.0


class StreamingConsumer(AsyncWebsocketConsumer):
    """A socket about one object the user owns, whose model replies stream in (chat, letters).

    On connect it checks the owner, joins the object's group and sends a snapshot
    of everything as it is now; token events carry their offset, so what that
    snapshot already held is not repeated. Subclasses say which object
    (`owns`), its `group_for`, the `snapshot`, and what each action does (`act`).
    """

    def owns(self, user, kwargs: dict) -> bool:
        raise NotImplementedError

    def group_for(self) -> str:
        raise NotImplementedError

    def snapshot(self) -> str:
        raise NotImplementedError

    async def act(self, data: dict) -> None:
        raise NotImplementedError

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        kwargs = self.scope["url_route"]["kwargs"]
        if not await database_sync_to_async(self.owns)(user, kwargs):
            await self.close(code=CLOSE_NOT_FOUND)
            return
        self.group = self.group_for()
        self.shown: dict[int, int] = {}  # reply id -> characters of its text this client has
        # Join before the snapshot: tokens sent meanwhile wait in the queue, trimmed by offset.
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self.send(text_data=await database_sync_to_async(self.snapshot)())

    async def disconnect(self, code):
        if hasattr(self, "group"):
            try:
                await self.channel_layer.group_discard(self.group, self.channel_name)
            except Exception:  # the group entry expires by itself (group_expiry)
                logger.warning("Could not leave %s", self.group, exc_info=True)

    async def tell_group(self, event: dict) -> None:
        """Send `event` to every open tab of the object; to this one at least.

        A channel layer that fails or stalls here (Redis timing out under load, or
        restarting) must neither hold the user's socket nor end it, as an exception
        would (1011). The event is then handled by this socket alone; other tabs
        catch up from the snapshot they get when they reconnect.
        """
        try:
            await asyncio.wait_for(
                self.channel_layer.group_send(self.group, event), GROUP_SEND_SECONDS
            )
        except Exception:
            logger.warning(
                "Could not send %s to %s; handled in this socket only",
                event.get("type"),
                self.group,
                exc_info=True,
            )
            await self.dispatch(event)

    async def receive(self, text_data=None, bytes_data=None):
        try:
            data = loads_limited(text_data or "")
            if not isinstance(data, dict):
                raise ValueError
        except ValueError:
            await self._error("That message could not be read.")
            return
        await self.act(data)

    async def send_tokens(self, reply_id: int, text: str, start: int, element_id: str) -> None:
        """Append a reply's new text to `element_id`, skipping what this client already shows."""
        known = self.shown.get(reply_id, start)
        if start + len(text) <= known:
            return  # the snapshot this client got already holds it
        self.shown[reply_id] = start + len(text)
        new = text[max(known - start, 0) :]
        await self.send(
            text_data=f'<span id="{element_id}" hx-swap-oob="beforeend">{escape(new)}</span>'
        )

    async def _error(self, message: str) -> None:
        await self.send(
            text_data=render_to_string(
                "components/toast_oob.html", {"level": "error", "message": message}
            )
        )


class NotificationConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        self.group_name = user_group(user.pk)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if hasattr(self, "group_name"):
            await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        """Nothing is expected from the page; ignore whatever it sends."""

    async def job_update(self, event):
        html = await self._render_job(event["job_id"])
        if html:
            await self.send(text_data=html)

    async def toast(self, event):
        html = render_to_string(
            "components/toast_oob.html",
            {"level": event.get("level", "info"), "message": event.get("message", "")},
        )
        await self.send(text_data=html)

    @database_sync_to_async
    def _render_job(self, job_id: str) -> str:
        job = BackgroundJob.objects.filter(pk=job_id, owner=self.scope["user"]).first()
        if job is None:
            return ""
        return render_to_string("components/job_progress.html", {"job": job, "oob": True})
