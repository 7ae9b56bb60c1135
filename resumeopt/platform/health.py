"""Health checks of the services ResumeOpt needs: database, cache, channel layer, broker.

Each check is small, bounded in time and returns a plain result, so /readyz,
a management command or a test can run them.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache
from django.db import connection

TIMEOUT_SECONDS = 3


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    backend: str
    milliseconds: float
    error: str = ""

    def as_dict(self) -> dict:
        """For a public response: the kind of error only, never its message."""
        data = {"ok": self.ok, "backend": self.backend, "ms": round(self.milliseconds, 1)}
        if self.error:
            data["error"] = self.error.split(":", 1)[0]
        return data


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def check_cache() -> str:
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("a value written to the cache could not be read back")
    cache.delete(key)
    return type(cache).__name__


def check_channel_layer() -> str:
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer is configured")

    async def round_trip():
        channel = await layer.new_channel()
        await layer.send(channel, {"type": "healthz.ping"})
        message = await asyncio.wait_for(layer.receive(channel), TIMEOUT_SECONDS)
        if message.get("type") != "healthz.ping":
            raise RuntimeError("the channel layer returned the wrong message")

    async_to_sync(round_trip)()
    return type(layer).__name__


def check_broker() -> str:
    # Loaded when the broker is checked, so management commands start without Celery.
    from resumeopt.celery import app as celery_app

    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=TIMEOUT_SECONDS)
        return (
            conn.transport_cls
            if isinstance(conn.transport_cls, str)
            else conn.transport.driver_type
        )


CHECKS: dict[str, Callable[[], str]] = {
    "database": check_database,
    "cache": check_cache,
    "channel_layer": check_channel_layer,
    "broker": check_broker,
}


def run_checks() -> list[CheckResult]:
    results = []
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            backend = check()
        except Exception as error:  # any failure is a finding, not a crash
            elapsed = (time.perf_counter() - started) * 1000
            results.append(
                CheckResult(name, False, "", elapsed, f"{type(error).__name__}: {error}")
            )
        else:
            elapsed = (time.perf_counter() - started) * 1000
            results.append(CheckResult(name, True, str(backend), elapsed))
    return results
