"""The Redis channel layer, made to ride out a Redis hiccup instead of closing sockets.

channels_redis lets a read timeout or a dropped connection in `receive` escape
into the consumer's dispatch loop, which ends the consumer: the user's chat or
feedback socket closes with 1011 because Redis was slow for a moment under
load (seen in CI and on a loaded server). Here `receive` retries with a short
backoff, so the socket stays open and picks up the next message once Redis
answers. Messages are not lost by the retry: channels_redis keeps each one in
a backup queue until it has been handed over.
"""

from __future__ import annotations

import asyncio
import logging

from channels_redis.core import RedisChannelLayer
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 2.0


class ResilientRedisChannelLayer(RedisChannelLayer):
    async def receive(self, channel: str) -> dict:
        delay = 0.1
        while True:
            try:
                return await super().receive(channel)
            except (RedisConnectionError, RedisTimeoutError, ConnectionError) as error:
                logger.warning(
                    "Channel layer receive on %s failed (%s); retrying in %.1f s",
                    channel,
                    error,
                    delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)
