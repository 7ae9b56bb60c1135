"""Live feedback while a section is edited, over a WebSocket.

The section form sends its draft on each pause in typing (htmx ws extension);
the consumer answers with the feedback partial, which htmx swaps in by id.
"""

from __future__ import annotations

import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.template.loader import render_to_string

from optimizer.feedback import draft_feedback
from resumeopt.consumers import CLOSE_NOT_FOUND, CLOSE_UNAUTHENTICATED
from resumeopt.jsonlimits import loads_limited
from resumeopt.models import Resume

FEEDBACK = "optimizer/feedback.html"
logger = logging.getLogger(__name__)


class FeedbackConsumer(AsyncWebsocketConsumer):
    # It answers its own socket only and joins no group, so it takes no channel
    # layer (an alias that is not configured gives none): live feedback then keeps
    # working while Redis is away, instead of the socket dying with the layer.
    channel_layer_alias = "feedback-uses-no-channel-layer"

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        self.resume_id = self.scope["url_route"]["kwargs"]["pk"]
        if not await database_sync_to_async(
            Resume.objects.filter(pk=self.resume_id, owner=user).exists
        )():
            await self.close(code=CLOSE_NOT_FOUND)
            return
        await self.accept()

    async def receive(self, text_data=None, bytes_data=None):
        try:
            message = loads_limited(text_data or "")
            path = message["live_path"]
            if not isinstance(message, dict) or not isinstance(path, str):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            await self.send(
                text_data=_error("That message could not be read, so no feedback was computed.")
            )
            return
        await self.send(text_data=await self._feedback(path, message))

    @database_sync_to_async
    def _feedback(self, path: str, message: dict) -> str:
        resume = (
            Resume.objects.filter(pk=self.resume_id, owner=self.scope["user"])
            .only("content")
            .first()
        )
        if resume is None:
            return _error("This resume no longer exists.")
        data = {
            key: value[-1] if isinstance(value, list) else value for key, value in message.items()
        }
        try:
            feedback = draft_feedback(resume.content, path, data)
        except ValueError:
            return _error("That section cannot be checked.")
        except Exception:
            # One bad draft must not close the socket the editor relies on.
            logger.exception("Live feedback failed for resume %s at %s", self.resume_id, path)
            return _error(
                "Feedback could not be computed for this draft; keep editing and it will try again."
            )
        return render_to_string(f"{FEEDBACK}#feedback", {"feedback": feedback})


def _error(message: str) -> str:
    return render_to_string("components/toast_oob.html", {"level": "error", "message": message})
