"""Calls to the configured model: one reply (`complete`, cached when deterministic), a streamed
reply (`astream`), and the offline assistant's text streamed the same way (`astream_text`).

Retries are ours, with exponential backoff, and a streamed reply is never retried once its
first token has arrived."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import cache as django_cache

from resumeopt.llm import errors, ledger, provider
from resumeopt.llm.errors import EMPTY_REPLY, UNREADABLE, LLMError

logger = logging.getLogger(__name__)

OFFLINE_MODEL = "offline"
OFFLINE_CHUNK_DELAY = 0.012  # seconds between words, so the offline reply reads as it arrives


@dataclass
class Completion:
    text: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    cached: bool = False


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


def complete(
    messages: list[dict],
    *,
    user=None,
    purpose: str,
    temperature: float = 0.0,
    max_tokens: int = 1200,
    response_format: dict | None = None,
    use_cache: bool = True,
) -> Completion:
    """One non-streamed reply. Deterministic calls (temperature 0) are cached by model and messages.

    Retries with exponential backoff on rate limits and server errors; raises LLMError.
    """
    if provider.is_offline():
        raise LLMError("offline", "No model is configured; the offline assistant answers instead.")
    extra = {"temperature": temperature, "max_tokens": max_tokens}
    if response_format:
        extra["response_format"] = response_format
    key = _cache_key(messages, extra) if use_cache and temperature == 0 else None
    started = time.monotonic()
    if key and (hit := _cached_reply(key)) is not None:
        ledger.record_call(
            user,
            model=settings.LLM_MODEL,
            purpose=purpose,
            streamed=False,
            started=started,
            cached=True,
        )
        return Completion(hit, settings.LLM_MODEL, cached=True)
    ledger.spend_allowance(user)
    litellm = provider.litellm()
    delay = settings.LLM_RETRY_DELAY
    for attempt in range(settings.LLM_MAX_RETRIES + 1):
        try:
            response = litellm.completion(
                messages=messages, **provider.call_options(False), **extra
            )
            text = response.choices[0].message.content or ""
            if not text.strip():
                # Only whitespace is no answer: an error to show, not an empty message.
                raise LLMError("bad_response", EMPTY_REPLY, retryable=True)
        except Exception as error:  # litellm raises many types; _translate names them
            failure = error if isinstance(error, LLMError) else errors.translate(error)
            if failure.retryable and attempt < settings.LLM_MAX_RETRIES:
                time.sleep(delay)
                delay *= 2
                continue
            ledger.record_call(
                user,
                model=settings.LLM_MODEL,
                purpose=purpose,
                streamed=False,
                started=started,
                error=failure.kind,
            )
            raise failure from None
        prompt_tokens, completion_tokens = provider.usage(response)
        cost = provider.cost(prompt_tokens, completion_tokens)
        ledger.record_call(
            user,
            model=settings.LLM_MODEL,
            purpose=purpose,
            streamed=False,
            started=started,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cost=cost,
        )
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


async def astream(
    messages: list[dict],
    *,
    user=None,
    purpose: str,
    temperature: float = 0.3,
    max_tokens: int = 1200,
    usage: StreamUsage | None = None,
) -> AsyncIterator[str]:
    """A reply token by token. Retries (with backoff) only until the first token arrives.

    The call is recorded however it ends, a reply stopped half-way included (its
    tokens were paid for); `usage`, if given, holds the counts afterwards.
    """
    if provider.is_offline():
        raise LLMError("offline", "No model is configured; the offline assistant answers instead.")
    await sync_to_async(ledger.spend_allowance)(user)
    litellm = await asyncio.to_thread(provider.litellm)
    started = time.monotonic()
    usage = usage if usage is not None else StreamUsage()
    delay = settings.LLM_RETRY_DELAY
    chunks = 0
    said = False  # any text that is not whitespace
    for attempt in range(settings.LLM_MAX_RETRIES + 1):
        try:
            response = await litellm.acompletion(
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
                **provider.call_options(True),
            )
            async for chunk in response:
                if getattr(chunk, "usage", None):
                    usage.prompt_tokens, usage.completion_tokens = provider.usage(chunk)
                choices = getattr(chunk, "choices", None) or []
                text = choices[0].delta.content if choices and choices[0].delta else None
                if text:
                    chunks += 1
                    said = said or bool(text.strip())
                    yield text
            if chunks and not said:
                logger.warning("Model call to %s sent only whitespace", settings.LLM_MODEL)
                raise LLMError("bad_response", EMPTY_REPLY)
            if not chunks:
                # A 200 that carried no text at all (a proxy's error page read as an empty
                # stream, say) is a failed answer, not an empty reply.
                logger.warning("Model call to %s sent no text", settings.LLM_MODEL)
                raise LLMError("bad_response", UNREADABLE, retryable=True)
            break
        except asyncio.CancelledError:
            # Stopped by the user: the provider sends no usage, so count what arrived.
            usage.completion_tokens = usage.completion_tokens or chunks
            await sync_to_async(ledger.record_call)(
                user,
                model=settings.LLM_MODEL,
                purpose=purpose,
                streamed=True,
                started=started,
                prompt_tokens=usage.prompt_tokens,
                completion_tokens=usage.completion_tokens,
                error="stopped",
            )
            raise
        except Exception as error:  # litellm raises many types; _translate names them
            failure = error if isinstance(error, LLMError) else errors.translate(error)
            if failure.retryable and not chunks and attempt < settings.LLM_MAX_RETRIES:
                await asyncio.sleep(delay)
                delay *= 2
                continue
            await sync_to_async(ledger.record_call)(
                user,
                model=settings.LLM_MODEL,
                purpose=purpose,
                streamed=True,
                started=started,
                completion_tokens=chunks,
                error=failure.kind,
            )
            raise failure from None
    usage.cost = provider.cost(usage.prompt_tokens, usage.completion_tokens)
    await sync_to_async(ledger.record_call)(
        user,
        model=settings.LLM_MODEL,
        purpose=purpose,
        streamed=True,
        started=started,
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        cost=usage.cost,
    )


async def astream_text(
    text: str, *, user=None, purpose: str, usage: StreamUsage | None = None
) -> AsyncIterator[str]:
    """Stream text the offline assistant wrote, word by word, as a model reply would arrive."""
    started = time.monotonic()
    words = text.split(" ")
    for index, word in enumerate(words):
        yield word if index == 0 else " " + word
        await asyncio.sleep(OFFLINE_CHUNK_DELAY)
    if usage is not None:
        usage.completion_tokens = len(words)
    await sync_to_async(ledger.record_call)(
        user,
        model=OFFLINE_MODEL,
        purpose=purpose,
        streamed=True,
        started=started,
        completion_tokens=len(words),
    )
