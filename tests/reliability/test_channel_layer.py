"""A Redis outage in the middle of a socket's wait does not end the socket's consumer."""

from __future__ import annotations

import asyncio

import pytest

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
