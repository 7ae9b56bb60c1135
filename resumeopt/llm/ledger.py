"""What each model call costs the user and the site: the LLMCall row recorded for every call,
and the per-user hourly allowance spent before one."""

from __future__ import annotations

import time

from resumeopt.llm.errors import LLMError
from resumeopt.models import LLMCall
from resumeopt.platform import ratelimits


def record_call(
    user,
    *,
    model: str,
    purpose: str,
    streamed: bool,
    started: float,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
    cost: float = 0.0,
    cached: bool = False,
    error: str = "",
) -> None:
    LLMCall.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None,
        model=model[:200],
        purpose=purpose[:50],
        streamed=streamed,
        cached=cached,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cost=cost,
        duration_ms=int((time.monotonic() - started) * 1000),
        error=error[:300],
    )


def spend_allowance(user) -> None:
    """Count one model call against the user's hourly allowance; LLMError once it is used up.

    Counted per call, not per retry, before the provider is asked: a user who has
    used their allowance costs nothing more. Calls without a user (scripts) are free.
    """
    if user is None or getattr(user, "pk", None) is None:
        return
    verdict = ratelimits.hit("llm", f"user:{user.pk}")
    if not verdict.allowed:
        raise LLMError("user_limit", ratelimits.message("llm", verdict))
