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
    """Import litellm once, offline and quiet."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("LITELLM_TELEMETRY", "False")
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


def _translate(error: Exception) -> LLMError:
    """litellm's exceptions as messages a user can act on."""
    exceptions = _litellm().exceptions
    name = type(error).__name__
    if isinstance(error, exceptions.AuthenticationError) or name == "PermissionDeniedError":
        return LLMError(
            "auth",
            "The model provider refused the API key. Check the key in the server's environment.",
        )
    if isinstance(error, exceptions.ContextWindowExceededError):
        return LLMError(
            "context",
            "This conversation is too long for the model. Start a new conversation or shorten the section.",
        )
    if isinstance(error, exceptions.NotFoundError) or name in ("ModelNotMappedError",):
        return LLMError(
            "model", f"The model “{settings.LLM_MODEL}” is not available. Check LLM_MODEL."
        )
    if isinstance(error, exceptions.RateLimitError):
        return LLMError(
            "rate_limit",
            "The model provider is rate-limiting requests. Try again in a minute.",
            retryable=True,
        )
    if isinstance(error, exceptions.Timeout):
        return LLMError("timeout", "The model took too long to answer. Try again.", retryable=False)
    if isinstance(
        error,
        (
            exceptions.InternalServerError,
            exceptions.ServiceUnavailableError,
            exceptions.BadGatewayError,
        ),
    ):
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
        status = getattr(error, "status_code", None)
        if status and int(status) >= 500:
            return LLMError(
                "unavailable",
                "The model provider had an error. Try again in a moment.",
                retryable=True,
            )
        return LLMError(
            "bad_response", "The model could not handle this request. Try rephrasing it."
        )
    return LLMError("bad_response", "The model's answer could not be read. Try again.")


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
    if key and (hit := django_cache.get(key)) is not None:
        _record(
            user,
            model=settings.LLM_MODEL,
            purpose=purpose,
            streamed=False,
            started=started,
            cached=True,
        )
        return Completion(hit, settings.LLM_MODEL, cached=True)
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
            django_cache.set(key, text, settings.LLM_CACHE_SECONDS)
        return Completion(text, settings.LLM_MODEL, prompt_tokens, completion_tokens, cost)
    raise AssertionError("unreachable")


async def astream(messages: list[dict], *, user=None, purpose: str, temperature: float = 0.3,
                  max_tokens: int = 1200) -> AsyncIterator[str]:  # fmt: skip
    """A reply token by token. Retries (with backoff) only until the first token arrives."""
    if is_offline():
        raise LLMError("offline", "No model is configured; the offline assistant answers instead.")
    litellm = await asyncio.to_thread(_litellm)
    started = time.monotonic()
    delay = settings.LLM_RETRY_DELAY
    prompt_tokens = completion_tokens = 0
    produced = False
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
                    prompt_tokens, completion_tokens = _usage(chunk)
                choices = getattr(chunk, "choices", None) or []
                text = choices[0].delta.content if choices and choices[0].delta else None
                if text:
                    produced = True
                    yield text
            break
        except Exception as error:  # litellm raises many types; _translate names them
            failure = _translate(error)
            if failure.retryable and not produced and attempt < settings.LLM_MAX_RETRIES:
                await asyncio.sleep(delay)
                delay *= 2
                continue
            await sync_to_async(_record)(user, model=settings.LLM_MODEL, purpose=purpose, streamed=True,
                                         started=started, error=failure.kind)  # fmt: skip
            raise failure from None
    await sync_to_async(_record)(user, model=settings.LLM_MODEL, purpose=purpose, streamed=True, started=started,
                                 prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                                 cost=_cost(prompt_tokens, completion_tokens))  # fmt: skip


async def astream_text(text: str, *, user=None, purpose: str) -> AsyncIterator[str]:
    """Stream text the offline assistant wrote, word by word, as a model reply would arrive."""
    started = time.monotonic()
    words = text.split(" ")
    for index, word in enumerate(words):
        yield word if index == 0 else " " + word
        await asyncio.sleep(OFFLINE_CHUNK_DELAY)
    await sync_to_async(_record)(user, model=OFFLINE_MODEL, purpose=purpose, streamed=True, started=started,
                                 completion_tokens=len(words))  # fmt: skip
