"""Token authentication and rate limiting for every API route.

A request carries `Authorization: Bearer <personal access token>`. Reads need
any active token; anything else (POST, PUT, PATCH, DELETE) a read-write one.
The token's owner becomes request.user, so every route scopes its queries to
that user exactly as the pages do. Requests are counted per user in the
"api" rate limit scope.
"""

from __future__ import annotations

from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer

from resumeopt.accounts import tokens
from resumeopt.platform import ratelimits

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class RateLimited(Exception):
    """Past the API's rate limit; carries the verdict for the 429's message and Retry-After."""

    def __init__(self, verdict: ratelimits.Verdict):
        self.verdict = verdict
        super().__init__(ratelimits.message("api", verdict))


class TokenAuth(HttpBearer):
    openapi_description = "A personal access token from your account page."

    def authenticate(self, request: HttpRequest, token: str):
        write = request.method not in SAFE_METHODS
        found = tokens.find_token(token)
        if found is None:
            return None
        if write and not found.can_write:
            raise HttpError(403, "This token is read-only; create a read and write token.")
        tokens.record_use(found, request=request, write=write)
        verdict = ratelimits.hit("api", f"user:{found.owner_id}")
        if not verdict.allowed:
            raise RateLimited(verdict)
        request.user = found.owner
        return found
