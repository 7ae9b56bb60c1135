"""The notifications socket every signed-in page opens.

It joins the user's group and turns events from background work (job
progress, toasts) into HTML fragments that htmx's ws extension swaps in by id.
"""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.template.loader import render_to_string

from resumeopt.models import BackgroundJob
from resumeopt.platform.background import user_group

# Close codes for refused sockets, in the 4000 range WebSocket leaves to apps.
CLOSE_UNAUTHENTICATED = 4401
CLOSE_NOT_FOUND = 4404


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
