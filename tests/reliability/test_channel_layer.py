"""A Redis outage in the middle of a socket's wait, or of its own send, does not end the socket."""

from __future__ import annotations

import asyncio
import json

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from conversations.models import Conversation, Message
from conversations.routing import websocket_urlpatterns
from resumeopt.platform.channel_layer import ResilientRedisChannelLayer

pytestmark = [pytest.mark.services]


async def test_a_receive_waiting_through_a_redis_restart_gets_the_next_message(redis_server):
    layer = ResilientRedisChannelLayer(hosts=[redis_server.url], prefix="drill")
    channel = await layer.new_channel()
    waiting = asyncio.ensure_future(layer.receive(channel))
    await asyncio.sleep(0.5)  # the receive is blocked in BZPOPMIN on Redis

    await asyncio.to_thread(redis_server.stop)
    await asyncio.sleep(1.0)
    assert not waiting.done(), "the receive gave up while Redis was down"
    await asyncio.to_thread(redis_server.start)

    for _ in range(50):  # the sender retries too, as a consumer's next send would
        try:
            await layer.send(channel, {"type": "chat.token", "text": "still here"})
            break
        except Exception:
            await asyncio.sleep(0.2)
    message = await asyncio.wait_for(waiting, 20)
    assert message == {"type": "chat.token", "text": "still here"}
    await layer.flush()


@pytest.mark.django_db(transaction=True)
async def test_a_chat_socket_stays_open_when_the_channel_layer_fails_mid_conversation(
    redis_server, settings, user, resume
):
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "resumeopt.platform.channel_layer.ResilientRedisChannelLayer",
            "CONFIG": {"hosts": [redis_server.url], "prefix": "drill"},
        }
    }
    conversation = await database_sync_to_async(Conversation.objects.create)(
        owner=user, resume=resume, section_path="work/0"
    )
    socket = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/chat/{conversation.pk}/")
    socket.scope["user"] = user
    connected, _ = await socket.connect()
    assert connected
    await socket.receive_from(timeout=5)  # the history snapshot

    await asyncio.to_thread(redis_server.stop)
    await socket.send_to(text_data=json.dumps({"message": "Make my first bullet stronger"}))
    turn = await socket.receive_from(timeout=10)  # shown in this tab, not closed with 1011
    assert "Make my first bullet stronger" in turn

    await socket.send_to(text_data="not json")
    assert "could not be read" in await socket.receive_from(timeout=10)
    await asyncio.to_thread(redis_server.start)
    reply = await database_sync_to_async(Message.objects.get)(
        conversation=conversation, role=Message.Role.ASSISTANT
    )
    for _ in range(100):  # the reply is written and saved whatever became of its pushes
        await database_sync_to_async(reply.refresh_from_db)()
        if reply.status != Message.Status.STREAMING:
            break
        await asyncio.sleep(0.1)
    assert reply.status == Message.Status.COMPLETE and reply.content
    await socket.disconnect()


def test_a_job_pushes_through_one_connection_and_goes_on_after_a_redis_restart(
    redis_server, settings
):
    """A worker's progress pushes share one connection to Redis (each opened its own, 26 ms
    a push on a loaded machine), and the pushes after a restart of Redis arrive again."""
    import redis
    from asgiref.sync import async_to_sync
    from channels.layers import get_channel_layer

    from resumeopt.platform.background import notify_user, user_group

    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "resumeopt.platform.channel_layer.ResilientRedisChannelLayer",
            "CONFIG": {"hosts": [redis_server.url], "prefix": "drill"},
        }
    }
    page = "drill-page.one"  # a channel of its own, as an open page's socket has
    async_to_sync(get_channel_layer().group_add)(user_group(7), page)
    server = redis.Redis.from_url(redis_server.url)

    def connections() -> int:
        return server.info("stats")["total_connections_received"]

    def received(count: int) -> list[str]:
        async def receive():
            layer = ResilientRedisChannelLayer(hosts=[redis_server.url], prefix="drill")
            return [(await layer.receive(page))["job_id"] for _ in range(count)]

        return asyncio.run(asyncio.wait_for(receive(), 20))

    notify_user(7, {"type": "job.update", "job_id": "0"})
    before = connections()
    for n in range(1, 6):
        notify_user(7, {"type": "job.update", "job_id": str(n)})
    assert connections() == before
    assert received(6) == ["0", "1", "2", "3", "4", "5"]

    redis_server.stop()
    notify_user(7, {"type": "job.update", "job_id": "lost"})  # logged, not raised
    redis_server.start()
    server = redis.Redis.from_url(redis_server.url)
    notify_user(7, {"type": "job.update", "job_id": "after"})
    assert received(1) == ["after"]
