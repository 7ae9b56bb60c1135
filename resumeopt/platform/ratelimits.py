"""Rate limits counted in the cache: a fixed-window counter per scope and identity.

Each scope's limit is (count, seconds) in settings.RATE_LIMITS. A window is
the current multiple of `seconds`; its counter is created with cache.add and
bumped with cache.incr, both atomic on Redis (INCR) and on the local-memory
cache, so several web processes share one count. Our own rather than
django-ratelimit: it is this one function plus a decorator, and it answers the
way this site does (a 429 page, a toast for htmx, JSON for the API) and lets
a request through when the cache is down instead of failing it.

Use in a view:

    @require_POST
    @rate_limit("uploads")                     # per user; or key=client_ip
    def upload(request): ...

or, where only some outcomes count (failed log-ins), `exceeded` / `hit` / `reset`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

logger = logging.getLogger(__name__)

MESSAGES = {
    "login": "Too many failed log-in attempts. Try again {wait}.",
    "login_ip": "Too many failed log-in attempts from your network. Try again {wait}.",
    "signup": "Too many sign-up attempts from your network. Try again {wait}.",
    "uploads": "You have reached the limit on uploads and imports for now. Try again {wait}.",
    "llm": "You have used this hour's {limit} requests to the model. Try again {wait}.",
}
DEFAULT_MESSAGE = "Too many requests. Try again {wait}."


@dataclass(frozen=True)
class Verdict:
    """The outcome of counting one request: allowed or not, and when the window ends."""

    allowed: bool
    count: int
    limit: int
    retry_after: int


def limit_for(scope: str) -> tuple[int, int]:
    """(count, seconds) of a scope, from settings.RATE_LIMITS."""
    return settings.RATE_LIMITS[scope]


def _key(scope: str, identity: str, seconds: int, now: float) -> tuple[str, int]:
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    window = int(now // seconds)
    retry_after = max(1, int(seconds - now % seconds))
    return f"ratelimit:{settings.RATE_LIMIT_NAMESPACE}:{scope}:{digest}:{window}", retry_after


def hit(scope: str, identity: str) -> Verdict:
    """Count one request of `identity` in `scope`; not allowed once the count passes the limit."""
    limit, seconds = limit_for(scope)
    key, retry_after = _key(scope, identity, seconds, time.time())
    try:
        cache.add(key, 0, timeout=seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=seconds + 1)
            count = 1
    except Exception:  # a cache outage must not lock everyone out
        logger.warning("Rate limit %s not counted: the cache is unavailable", scope, exc_info=True)
        return Verdict(True, 0, limit, 0)
    return Verdict(count <= limit, count, limit, retry_after)


def exceeded(scope: str, identity: str) -> Verdict | None:
    """The verdict if `identity` has used up `scope` in this window, without counting; else None."""
    limit, seconds = limit_for(scope)
    key, retry_after = _key(scope, identity, seconds, time.time())
    try:
        count = cache.get(key) or 0
    except Exception:
        logger.warning("Rate limit %s not checked: the cache is unavailable", scope, exc_info=True)
        return None
    return Verdict(False, count, limit, retry_after) if count >= limit else None


def reset(scope: str, identity: str) -> None:
    """Forget this window's count (a successful log-in clears the failed ones)."""
    _, seconds = limit_for(scope)
    key, _ = _key(scope, identity, seconds, time.time())
    try:
        cache.delete(key)
    except Exception:
        logger.warning("Rate limit %s not reset: the cache is unavailable", scope, exc_info=True)


def client_ip(request: HttpRequest) -> str:
    """The client's address. Behind a proxy, daphne's --proxy-headers puts the real one here."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def user_key(request: HttpRequest) -> str:
    """Per signed-in user; per address for anyone else."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_ip(request)}"


def rate_limit(scope: str, *, key: Callable[[HttpRequest], str] = user_key,
               methods: tuple[str, ...] = ("POST",)) -> Callable:  # fmt: skip
    """Decorate a view: count its `methods` requests per `key` in `scope`; answer 429 past the limit."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method in methods:
                verdict = hit(scope, key(request))
                if not verdict.allowed:
                    return too_many_requests(request, scope, verdict)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def message(scope: str, verdict: Verdict) -> str:
    """What to tell the user who went past `scope`'s limit, with when to try again."""
    return MESSAGES.get(scope, DEFAULT_MESSAGE).format(
        wait=_wait(verdict.retry_after), limit=verdict.limit
    )


def too_many_requests(request: HttpRequest, scope: str, verdict: Verdict) -> HttpResponse:
    """A 429 that says what happened and when to try again: a toast for htmx, JSON for the API."""
    message_text = message(scope, verdict)
    if getattr(request, "htmx", False):
        response = HttpResponse(message_text, status=429, content_type="text/plain; charset=utf-8")
        response["HX-Trigger"] = json.dumps(
            {"toast": {"messages": [{"level": "error", "message": message_text}]}}
        )
    elif "application/json" in request.headers.get("Accept", "") or (
        request.content_type == "application/json"
    ):
        response = JsonResponse({"error": message_text}, status=429)
    else:
        response = render(request, "429.html", {"message": message_text}, status=429)
    response["Retry-After"] = str(verdict.retry_after)
    return response


def _wait(seconds: int) -> str:
    if seconds < 60:
        return "in a minute"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"in {minutes} minute{'s' if minutes != 1 else ''}"
    hours = round(minutes / 60)
    return f"in about {hours} hour{'s' if hours != 1 else ''}"
