"""Overload answers 503 with Retry-After, never 500.

Two bounds, both per web process:
- `ConcurrencyLimit` (ASGI): daphne runs every sync view in a thread of its
  own, with no cap, so 150 concurrent requests made 150 threads queueing on a
  pool of 10 connections. At most MAX_CONCURRENT_REQUESTS HTTP requests run at
  once; the next wait up to REQUEST_QUEUE_SECONDS for a place, then get a 503.
- `server_error` (handler500): a request that still times out waiting for a
  database connection (psycopg's PoolTimeout) gets the same 503, not a 500.

The 503 page is a plain file: a site out of database connections cannot render
the base layout, whose context reads the session from the database.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.views import defaults

RETRY_AFTER_SECONDS = 5
BUSY_PAGE = Path(__file__).resolve().parents[2] / "templates" / "503.html"
EXEMPT_PREFIXES = ("/healthz", "/readyz", "/metrics", "/static/")


def busy_page() -> bytes:
    return BUSY_PAGE.read_bytes()


class ConcurrencyLimit:
    """ASGI middleware: at most `limit` HTTP requests
    at once; a 503 for those that wait too long."""

    def __init__(self, app, limit: int, queue_seconds: float):
        self.app = app
        self.limit = limit
        self.queue_seconds = queue_seconds
        self._semaphore: asyncio.Semaphore | None = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PREFIXES):
            return await self.app(scope, receive, send)
        if self._semaphore is None:  # made in the server's event loop
            self._semaphore = asyncio.Semaphore(self.limit)
        try:
            await asyncio.wait_for(self._semaphore.acquire(), self.queue_seconds)
        except TimeoutError:
            return await _send_busy(send)
        try:
            return await self.app(scope, receive, send)
        finally:
            self._semaphore.release()


async def _send_busy(send) -> None:
    body = busy_page()
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"text/html; charset=utf-8"),
                (b"retry-after", str(RETRY_AFTER_SECONDS).encode()),
                (b"cache-control", b"no-store"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def is_pool_exhausted(error: BaseException | None) -> bool:
    """Whether `error` (or what caused it) is a timeout waiting for a pooled database connection."""
    while error is not None:
        if type(error).__name__ == "PoolTimeout":
            return True
        error = error.__cause__ or error.__context__
    return False


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a 503 with Retry-After when the
    database pool was exhausted, else Django's 500."""
    if is_pool_exhausted(sys.exc_info()[1]):
        response = HttpResponse(busy_page(), status=503, content_type="text/html; charset=utf-8")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return defaults.server_error(request)
