"""The one LLM layer: every call to a model goes through here. Built on litellm.

Configured by LLM_MODEL (any litellm model name: "openai/gpt-4o-mini",
"anthropic/claude-3-5-haiku-latest", "ollama/llama3.1"), LLM_API_BASE for
OpenAI-compatible or local servers, and the providers' own key variables
(or LLM_API_KEY). With no LLM_MODEL the product uses the built-in offline
assistant, which streams its advice through `astream_text` the same way.

litellm is imported on first use only: it takes seconds to import and
nothing at start-up needs it. It never fetches its cost map from the network
and sends no telemetry. Keys come from the environment and are never stored
or logged. Each call is recorded (tokens, cost, duration, error; never the
text) on an LLMCall row.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import cache

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import cache as django_cache

logger = logging.getLogger(__name__)

OFFLINE_MODEL = "offline"
OFFLINE_CHUNK_DELAY = 0.012  # seconds between words, so the offline reply reads as it arrives
UNREADABLE = "The model's answer could not be read. Try again."


class LLMError(Exception):
    """A model call failed; str() is a message for the user, `kind` says why."""

    def __init__(self, kind: str, message: str, *, retryable: bool = False):
        self.kind = kind
        self.retryable = retryable
        super().__init__(message)


@dataclass
class Completion:
    text: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    cached: bool = False


def configured_model() -> str:
    return settings.LLM_MODEL


def is_offline() -> bool:
    return not settings.LLM_MODEL


@cache
def _litellm():
    """Import litellm once, offline and quiet.

    The local cost map is forced (not defaulted): fetching it would be a network call
    on import. The pinned releases send no telemetry; the flag stays off for any that
    would, and a test checks that the model server is the only host contacted.
    """
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    import litellm

    litellm.telemetry = False
    litellm.suppress_debug_info = True
    litellm.drop_params = (
        True  # providers that lack an option (json mode, stream usage) just skip it
    )
    return litellm


def _call_options(stream: bool) -> dict:
    # Retries are ours (with backoff, and never after the first streamed token): the SDK must not add its own.
    options = {
        "model": settings.LLM_MODEL,
        "timeout": settings.LLM_TIMEOUT,
        "num_retries": 0,
        "max_retries": 0,
        "stream": stream,
    }
    if settings.LLM_API_BASE:
        options["api_base"] = settings.LLM_API_BASE
    if settings.LLM_API_KEY:
        options["api_key"] = settings.LLM_API_KEY
    elif (
        settings.LLM_API_BASE
        and settings.LLM_MODEL.startswith("openai/")
        and not os.environ.get("OPENAI_API_KEY")
    ):
        options["api_key"] = "no-key"  # local OpenAI-compatible servers (llama.cpp, vLLM) ignore it
    if stream:
        options["stream_options"] = {"include_usage": True}
    return options


UNKNOWN_PROVIDER_RE = re.compile(r"LLM Provider NOT provided|Unmapped LLM provider", re.IGNORECASE)
MISSING_KEY_RE = re.compile(
    r"missing (?:\w+ )?(?:credentials|api[ _-]?key)|api_key client option must be set",
    re.IGNORECASE,
)
QUOTA_RE = re.compile(r"insufficient_quota|exceeded your current quota|billing", re.IGNORECASE)


def _missing_key_message() -> str:
    try:
        missing = (
            _litellm().validate_environment(model=settings.LLM_MODEL).get("missing_keys") or []
        )
    except Exception:  # validate_environment does not know every provider
        missing = []
    variable = " or ".join(missing) if missing else "the provider's API key variable"
    return (
        f"No API key is set for “{settings.LLM_MODEL}”. Set {variable} (or LLM_API_KEY) "
        "in the server's environment and restart."
    )


def _translate(error: Exception) -> LLMError:
    """litellm's exceptions as messages a user can act on; only rate limits and outages are retried.

    The log names the failure but never repeats the provider's text, which can quote part of a key.
    """
    failure = _classify(error)
    logger.warning(
        "Model call to %s failed: %s (%s, status %s)",
        settings.LLM_MODEL,
        failure.kind,
        type(error).__name__,
        getattr(error, "status_code", None),
    )
    return failure


def _classify(error: Exception) -> LLMError:
    exceptions = _litellm().exceptions
    text = str(error)
    status = getattr(error, "status_code", None)
    status = int(status) if str(status or "").isdigit() else None
    if UNKNOWN_PROVIDER_RE.search(text) or isinstance(error, exceptions.ModelNotMappedError):
        return LLMError(
            "model",
            f"“{settings.LLM_MODEL}” is not a model name litellm knows. Write LLM_MODEL as "
            "provider/model, for example openai/gpt-4o-mini or ollama/llama3.1.",
        )
    if MISSING_KEY_RE.search(text):
        return LLMError("auth", _missing_key_message())
    if isinstance(
        error, (exceptions.AuthenticationError, exceptions.PermissionDeniedError)
    ) or status in (401, 403):
        return LLMError(
            "auth",
            "The model provider refused the API key. Check the key in the server's environment.",
        )
    if isinstance(error, exceptions.ContextWindowExceededError):
        return LLMError(
            "context",
            "This conversation is too long for the model. Start a new conversation or shorten the section.",
        )
    if isinstance(error, exceptions.NotFoundError) or status == 404:
        return LLMError(
            "model", f"The model “{settings.LLM_MODEL}” is not available. Check LLM_MODEL."
        )
    if QUOTA_RE.search(text) or status == 402:
        return LLMError(
            "quota",
            "The model provider says this account is out of credit or quota. Check the account's billing.",
        )
    if isinstance(error, exceptions.RateLimitError) or status == 429:
        return LLMError(
            "rate_limit",
            "The model provider is rate-limiting requests. Try again in a minute.",
            retryable=True,
        )
    if isinstance(error, exceptions.Timeout):
        return LLMError("timeout", "The model took too long to answer. Try again.")
    if isinstance(error, exceptions.ContentPolicyViolationError):
        return LLMError(
            "refused", "The model provider refused to answer this request (content policy)."
        )
    if isinstance(
        error,
        (
            exceptions.InternalServerError,
            exceptions.ServiceUnavailableError,
            exceptions.BadGatewayError,
        ),
    ) or (status is not None and status >= 500):
        return LLMError(
            "unavailable", "The model provider had an error. Try again in a moment.", retryable=True
        )
    if isinstance(error, exceptions.APIConnectionError):
        return LLMError(
            "unavailable",
            "The model could not be reached. Check LLM_API_BASE and that the server is running.",
            retryable=True,
        )
    if isinstance(error, (exceptions.BadRequestError, exceptions.APIError)):
        return LLMError(
            "bad_response", "The model could not handle this request. Try rephrasing it."
        )
    return LLMError("bad_response", UNREADABLE)


def _usage(response) -> tuple[int, int]:
    usage = getattr(response, "usage", None) or {}
    get = (
        usage.get
        if isinstance(usage, dict)
        else (lambda key, default=0: getattr(usage, key, default))
    )
    return int(get("prompt_tokens", 0) or 0), int(get("completion_tokens", 0) or 0)


def _cost(prompt_tokens: int, completion_tokens: int) -> float:
    try:
        prompt_cost, completion_cost = _litellm().cost_per_token(
            model=settings.LLM_MODEL,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
        return float(prompt_cost + completion_cost)
    except Exception:  # models missing from the local cost map cost what we cannot know
        return 0.0


def _record(user, *, model: str, purpose: str, streamed: bool, started: float, prompt_tokens: int = 0,
            completion_tokens: int = 0, cost: float = 0.0, cached: bool = False, error: str = "") -> None:  # fmt: skip
    from resumeopt.models import LLMCall

    LLMCall.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None,
        model=model[:200], purpose=purpose[:50], streamed=streamed, cached=cached,
        prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, cost=cost,
        duration_ms=int((time.monotonic() - started) * 1000), error=error[:300],
    )  # fmt: skip


def _cache_key(messages: list[dict], options: dict) -> str:
    canonical = json.dumps(
        [settings.LLM_MODEL, settings.LLM_API_BASE, messages, options],
        sort_keys=True,
        ensure_ascii=False,
    )
    return "llm:" + hashlib.sha256(canonical.encode()).hexdigest()


def _cached_reply(key: str) -> str | None:
    """The cached reply for `key`, or None; the cache being away (Redis down) is a miss."""
    try:
        return django_cache.get(key)
    except Exception:
        logger.warning("LLM cache not read: the cache is unavailable", exc_info=True)
        return None


def _cache_reply(key: str, text: str) -> None:
    try:
        django_cache.set(key, text, settings.LLM_CACHE_SECONDS)
    except Exception:  # the reply is good; only its reuse is lost
        logger.warning("LLM cache not written: the cache is unavailable", exc_info=True)


def _spend_allowance(user) -> None:
    """Count one model call against the user's hourly allowance; LLMError once it is used up.

    Counted per call, not per retry, before the provider is asked: a user who has
    used their allowance costs nothing more. Calls without a user (scripts) are free.
    """
    if user is None or getattr(user, "pk", None) is None:
        return
    from resumeopt.platform import ratelimits

    verdict = ratelimits.hit("llm", f"user:{user.pk}")
    if not verdict.allowed:
        raise LLMError("user_limit", ratelimits.message("llm", verdict))


def complete(messages: list[dict], *, user=None, purpose: str, temperature: float = 0.0,
             max_tokens: int = 1200, response_format: dict | None = None, use_cache: bool = True) -> Completion:  # fmt: skip
    """One non-streamed reply. Deterministic calls (temperature 0) are cached by model and messages.

    Retries with exponential backoff on rate limits and server errors; raises LLMError.
    """
    if is_offline():
        raise LLMError("offline", "No model is configured; the offline assistant answers instead.")
    extra = {"temperature": temperature, "max_tokens": max_tokens}
    if response_format:
        extra["response_format"] = response_format
    key = _cache_key(messages, extra) if use_cache and temperature == 0 else None
    started = time.monotonic()
    if key and (hit := _cached_reply(key)) is not None:
        _record(
            user,
            model=settings.LLM_MODEL,
            purpose=purpose,
            streamed=False,
            started=started,
            cached=True,
        )
        return Completion(hit, settings.LLM_MODEL, cached=True)
    _spend_allowance(user)
    litellm = _litellm()
    delay = settings.LLM_RETRY_DELAY
    for attempt in range(settings.LLM_MAX_RETRIES + 1):
        try:
            response = litellm.completion(messages=messages, **_call_options(False), **extra)
            text = response.choices[0].message.content or ""
        except Exception as error:  # litellm raises many types; _translate names them
            failure = _translate(error)
            if failure.retryable and attempt < settings.LLM_MAX_RETRIES:
                time.sleep(delay)
                delay *= 2
                continue
            _record(
                user,
                model=settings.LLM_MODEL,
                purpose=purpose,
                streamed=False,
                started=started,
                error=failure.kind,
            )
            raise failure from None
        prompt_tokens, completion_tokens = _usage(response)
        cost = _cost(prompt_tokens, completion_tokens)
        _record(user, model=settings.LLM_MODEL, purpose=purpose, streamed=False, started=started,
                prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, cost=cost)  # fmt: skip
        if key:
            _cache_reply(key, text)
        return Completion(text, settings.LLM_MODEL, prompt_tokens, completion_tokens, cost)
    raise AssertionError("unreachable")


@dataclass
class StreamUsage:
    """Filled in by `astream` as the reply arrives, for the caller to store with the message."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0


async def astream(messages: list[dict], *, user=None, purpose: str, temperature: float = 0.3,
                  max_tokens: int = 1200, usage: StreamUsage | None = None) -> AsyncIterator[str]:  # fmt: skip
    """A reply token by token. Retries (with backoff) only until the first token arrives.

    The call is recorded however it ends, a reply stopped half-way included (its
    tokens were paid for); `usage`, if given, holds the counts afterwards.
    """
    if is_offline():
        raise LLMError("offline", "No model is configured; the offline assistant answers instead.")
    await sync_to_async(_spend_allowance)(user)
    litellm = await asyncio.to_thread(_litellm)
    started = time.monotonic()
    usage = usage if usage is not None else StreamUsage()
    delay = settings.LLM_RETRY_DELAY
    chunks = 0
    for attempt in range(settings.LLM_MAX_RETRIES + 1):
        try:
            response = await litellm.acompletion(
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
                **_call_options(True),
            )
            async for chunk in response:
                if getattr(chunk, "usage", None):
                    usage.prompt_tokens, usage.completion_tokens = _usage(chunk)
                choices = getattr(chunk, "choices", None) or []
                text = choices[0].delta.content if choices and choices[0].delta else None
                if text:
                    chunks += 1
                    yield text
            if not chunks:
                # A 200 that carried no text at all (a proxy's error page read as an empty
                # stream, say) is a failed answer, not an empty reply.
                logger.warning("Model call to %s sent no text", settings.LLM_MODEL)
                raise LLMError("bad_response", UNREADABLE, retryable=True)
            break
        except asyncio.CancelledError:
            # Stopped by the user: the provider sends no usage, so count what arrived.
            usage.completion_tokens = usage.completion_tokens or chunks
            await sync_to_async(_record)(user, model=settings.LLM_MODEL, purpose=purpose, streamed=True,
                                         started=started, prompt_tokens=usage.prompt_tokens,
                                         completion_tokens=usage.completion_tokens, error="stopped")  # fmt: skip
            raise
        except Exception as error:  # litellm raises many types; _translate names them
            failure = error if isinstance(error, LLMError) else _translate(error)
            if failure.retryable and not chunks and attempt < settings.LLM_MAX_RETRIES:
                await asyncio.sleep(delay)
                delay *= 2
                continue
            await sync_to_async(_record)(user, model=settings.LLM_MODEL, purpose=purpose, streamed=True,
                                         started=started, completion_tokens=chunks, error=failure.kind)  # fmt: skip
            raise failure from None
    usage.cost = _cost(usage.prompt_tokens, usage.completion_tokens)
    await sync_to_async(_record)(user, model=settings.LLM_MODEL, purpose=purpose, streamed=True, started=started,
                                 prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
                                 cost=usage.cost)  # fmt: skip


async def astream_text(text: str, *, user=None, purpose: str,
                      usage: StreamUsage | None = None) -> AsyncIterator[str]:  # fmt: skip
    """Stream text the offline assistant wrote, word by word, as a model reply would arrive."""
    started = time.monotonic()
    words = text.split(" ")
    for index, word in enumerate(words):
        yield word if index == 0 else " " + word
        await asyncio.sleep(OFFLINE_CHUNK_DELAY)
    if usage is not None:
        usage.completion_tokens = len(words)
    await sync_to_async(_record)(user, model=OFFLINE_MODEL, purpose=purpose, streamed=True, started=started,
                                 completion_tokens=len(words))  # fmt: skip
