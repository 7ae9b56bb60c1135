"""A request body over the limit is refused while it arrives, before Django stores it."""

from __future__ import annotations

import json

from channels.testing import HttpCommunicator
from django.core.asgi import get_asgi_application

from resumeopt.asgi import application
from resumeopt.platform.request_limits import RequestSizeLimit

LIMIT = 1024


class Recording:
    """An inner app that records whether it was called and reads the whole body, as Django does."""

    def __init__(self):
        self.called = False
        self.app = get_asgi_application()

    async def __call__(self, scope, receive, send):
        self.called = True
        await self.app(scope, receive, send)


async def _post(app, body: bytes, headers: list[tuple[bytes, bytes]]):
    communicator = HttpCommunicator(app, "POST", "/healthz", body=body, headers=headers)
    return await communicator.get_response(timeout=5)


async def test_a_declared_length_over_the_limit_is_refused_without_reading_the_body():
    inner = Recording()
    response = await _post(
        RequestSizeLimit(inner, LIMIT), b"", [(b"content-length", str(LIMIT + 1).encode())]
    )
    assert response["status"] == 413
    assert b"larger than" in response["body"]
    assert not inner.called


async def test_a_body_longer_than_it_said_is_cut_off_when_it_passes_the_limit():
    inner = Recording()
    response = await _post(
        RequestSizeLimit(inner, LIMIT), b"x" * (LIMIT + 1), [(b"content-length", b"10")]
    )
    assert response["status"] == 413 and inner.called


async def test_htmx_gets_the_refusal_as_a_toast():
    response = await _post(
        RequestSizeLimit(Recording(), LIMIT),
        b"",
        [(b"content-length", b"999999"), (b"hx-request", b"true")],
    )
    trigger = json.loads(dict(response["headers"])[b"hx-trigger"])
    assert "larger than" in trigger["toast"]["messages"][0]["message"]


async def test_a_body_within_the_limit_reaches_the_site():
    inner = Recording()
    communicator = HttpCommunicator(RequestSizeLimit(inner, LIMIT), "GET", "/healthz")
    response = await communicator.get_response(timeout=5)
    assert response["status"] == 200 and inner.called


async def test_the_site_refuses_an_upload_over_max_request_bytes(settings):
    too_big = settings.MAX_REQUEST_BYTES + 1
    response = await _post(
        application, b"", [(b"content-length", str(too_big).encode()), (b"host", b"testserver")]
    )
    assert response["status"] == 413
