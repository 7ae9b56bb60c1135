"""Rate limits counted in the cache: a fixed-window counter per scope and identity.

Each scope's limit is (count, seconds) in settings.RATE_LIMITS. A window is
the current multiple of `seconds`; its counter is created with cache.add and
bumped with cache.incr, both atomic on Redis (INCR) and on the local-memory
cache, so several web processes share one count. When the cache is down the
count moves to the database (RateLimitCounter): limits keep holding during an
outage. Our own rather than django-ratelimit: it is this one function plus a
decorator, and it answers the way this site does (a 429 page, a toast for
htmx, JSON for the API).

Use in a view:

    @require_POST
    @rate_limit("uploads")                     # per user; or key=client_ip
    def upload(request): ...

or, where an attempt must be counted before it is tried (log-ins: counting
after the password check let 40 parallel guesses all through), `hit` first,
then `reset` or `refund` once it succeeded.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django_htmx.http import trigger_client_event

from resumeopt.models import RateLimitCounter

logger = logging.getLogger(__name__)

MESSAGES = {
    "login": "Too many failed log-in attempts. Try again {wait}.",
    "login_ip": "Too many failed log-in attempts from your network. Try again {wait}.",
    "login_account": "Log-ins to this account are paused after many failed attempts. "
    "Try again {wait}, or reset your password.",
    "password_reset": "Too many password reset requests. Try again {wait}.",
    "signup": "Too many sign-up attempts from your network. Try again {wait}.",
    "uploads": "You have reached the limit on uploads and imports for now. Try again {wait}.",
    "exports": "You have reached this hour's limit of {limit} exported files. Try again {wait}.",
    "edits": "You have reached this hour's limit of {limit} saved changes. Try again {wait}.",
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
    except Exception:
        logger.warning(
            "Rate limit %s counted in the database: the cache is unavailable", scope, exc_info=True
        )
        count = _database_hit(key, seconds)
    return Verdict(count <= limit, count, limit, retry_after)


def _database_hit(key: str, seconds: int) -> int:
    """The window's count after one more, kept in the database (atomic: a row lock per key)."""
    now = timezone.now()
    with transaction.atomic():
        RateLimitCounter.objects.filter(expires_at__lt=now).delete()
        RateLimitCounter.objects.get_or_create(
            key=key, defaults={"expires_at": now + timedelta(seconds=seconds + 1)}
        )
        RateLimitCounter.objects.filter(key=key).update(count=F("count") + 1)
        return RateLimitCounter.objects.values_list("count", flat=True).get(key=key)


def refund(scope: str, identity: str) -> None:
    """Take back one count of this window (an attempt counted before it turned out fine)."""
    _, seconds = limit_for(scope)
    key, _ = _key(scope, identity, seconds, time.time())
    try:
        cache.decr(key)
    except ValueError:  # the window ended meanwhile
        pass
    except Exception:
        RateLimitCounter.objects.filter(key=key, count__gt=0).update(count=F("count") - 1)


def exceeded(scope: str, identity: str) -> Verdict | None:
    """The verdict if `identity` has used up `scope` in this window, without counting; else None."""
    limit, seconds = limit_for(scope)
    key, retry_after = _key(scope, identity, seconds, time.time())
    try:
        count = cache.get(key) or 0
    except Exception:
        counter = RateLimitCounter.objects.filter(key=key, expires_at__gte=timezone.now())
        count = counter.values_list("count", flat=True).first() or 0
    return Verdict(False, count, limit, retry_after) if count >= limit else None


def reset(scope: str, identity: str) -> None:
    """Forget this window's count (a successful log-in clears the failed ones)."""
    _, seconds = limit_for(scope)
    key, _ = _key(scope, identity, seconds, time.time())
    try:
        cache.delete(key)
    except Exception:
        logger.warning("Rate limit %s not reset: the cache is unavailable", scope, exc_info=True)
    RateLimitCounter.objects.filter(key=key).delete()


def client_ip(request: HttpRequest) -> str:
    """The client's address. Behind a proxy, daphne's --proxy-headers puts the real one here."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def user_key(request: HttpRequest) -> str:
    """Per signed-in user; per address for anyone else."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_ip(request)}"


def rate_limit(
    scope: str,
    *,
    key: Callable[[HttpRequest], str] = user_key,
    methods: tuple[str, ...] = ("POST",),
) -> Callable:
    """Decorate a view: count its `methods` requests
    per `key` in `scope`; answer 429 past the limit."""

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
        trigger_client_event(
            response, "toast", {"messages": [{"level": "error", "message": message_text}]}
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
