"""The model provider slow, failing or answering garbage, seen through a live chat socket.

A real daphne process talks to the fake OpenAI-compatible server over HTTP;
the test talks to daphne over a real WebSocket, as the chat page does. Each
time the user's message is kept, the reply fails with a message that says
what happened and offers "Try again", and trying again gets the answer.
(The same faults at the consumer level are in conversations/tests/test_chat_socket.py.)
"""

from __future__ import annotations

import json
import re

import pytest
from channels.db import database_sync_to_async

from conversations.models import Conversation, Message
from tests.reliability.stack import Visitor, receive_text

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

RETRIES = 1
FAULTS = {
    # A provider that does not answer within LLM_TIMEOUT (not retried: the user decides).
    "slow": ([{"sleep": 3}], "The model took too long to answer. Try again."),
    # Server errors on every attempt.
    "failing": ([{"status": 500}] * (RETRIES + 1), "The model provider had an error."),
    # A 200 whose body is not the API's at all (a proxy's error page, say), on every attempt.
    "garbage": ([{"garbage": True}] * (RETRIES + 1), "The model&#x27;s answer could not be read."),
}


async def ask(ws, payload: dict) -> int:
    """Send a chat action; the id of the assistant message it started."""
    await ws.send_str(json.dumps(payload))
    turn = await receive_text(ws)
    return int(re.findall(r'id="message-(\d+)"', turn)[-1])


async def final_frame(ws, message_id: int) -> str:
    """Frames until the one that replaces the finished (or failed) reply."""
    while True:
        frame = await receive_text(ws, timeout=20)
        if f'id="message-{message_id}"' in frame and 'hx-swap-oob="outerHTML"' in frame:
            return frame


@pytest.mark.parametrize("fault", FAULTS)
async def test_a_model_fault_keeps_the_message_shows_the_error_and_retry_works(
    fault, fake_llm, live_site, session_key, resume, user
):
    live_site.env.update(
        LLM_MODEL="openai/fake-model",
        LLM_API_BASE=fake_llm.url,
        LLM_TIMEOUT="1",
        LLM_MAX_RETRIES=str(RETRIES),
        LLM_RETRY_DELAY="0.01",
    )
    web = live_site.start_web()
    conversation = await database_sync_to_async(Conversation.objects.create)(
        owner=user, resume=resume, section_path="work/0"
    )
    behaviours, error = FAULTS[fault]
    for behaviour in behaviours:
        fake_llm.then(**behaviour)
    fake_llm.then(reply="Lead with the result.")

    async with (
        Visitor(web, session_key) as visitor,
        visitor.socket(f"/ws/chat/{conversation.pk}/") as ws,
    ):
        await receive_text(ws)  # the history snapshot every connect begins with
        failed_id = await ask(ws, {"message": "Make my first bullet stronger"})
        failed = await final_frame(ws, failed_id)
        assert error in failed and "Try again" in failed

        asked = await database_sync_to_async(Message.objects.get)(role="user")
        assert asked.content == "Make my first bullet stronger"
        reply = await database_sync_to_async(Message.objects.get)(pk=failed_id)
        assert reply.status == "failed"

        retried_id = await ask(ws, {"action": "retry", "message_id": failed_id})
        answered = await final_frame(ws, retried_id)
        assert "Lead with the result." in answered

    answer = await database_sync_to_async(Message.objects.get)(pk=retried_id)
    assert (answer.status, answer.content) == ("complete", "Lead with the result.")
    # The retry asked the model the same question again.
    assert "Make my first bullet stronger" in fake_llm.requests[-1]["messages"][-1]["content"]
