"""Refuse an HTTP request body over the size limit before Django stores and parses it.

Django's ASGI handler copies the whole body (to memory, then a temporary file)
before any view or upload handler sees it, and neither daphne nor Django caps
it. This ASGI middleware does: a Content-Length over the limit is answered 413
at once, without reading the body; a body that turns out longer than the limit
(a chunked upload, or a Content-Length that lied) is cut off the moment it
passes it. Views keep their own, smaller limits (a resume: 5 MB) and messages.

daphne (twisted) itself receives a whole request before it calls the
application, so on the network side the proxy in front must cap bodies too
(nginx `client_max_body_size 64m;`, Caddy `request_body { max_size 64MB }`);
the README says so.
"""

from __future__ import annotations

import json

TOO_LARGE = "This upload is larger than {limit} MB, the most ResumeOpt accepts in one request."


class BodyTooLarge(Exception):
    pass


class RequestSizeLimit:
    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return await self._refuse(headers, send)

        received = 0

        async def counted_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send)
        except BodyTooLarge:
            # Django reads the body before it answers, so nothing has been sent yet.
            await self._refuse(headers, send)

    async def _refuse(self, headers: dict, send) -> None:
        message = TOO_LARGE.format(limit=self.max_bytes // (1024 * 1024))
        response_headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"connection", b"close"),
        ]
        if headers.get(b"hx-request") == b"true":  # htmx shows it as a toast
            toast = {"toast": {"messages": [{"level": "error", "message": message}]}}
            response_headers.append((b"hx-trigger", json.dumps(toast).encode()))
        body = f"{message} Go back and choose a smaller file.".encode()
        await send({"type": "http.response.start", "status": 413, "headers": response_headers})
        await send({"type": "http.response.body", "body": body})
