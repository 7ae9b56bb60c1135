"""litellm itself: imported once on first use, offline and quiet; call options from settings;
token usage and cost read from its responses."""

from __future__ import annotations

import os
import threading
from functools import cache

from django.conf import settings


def configured_model() -> str:
    return settings.LLM_MODEL


def is_offline() -> bool:
    return not settings.LLM_MODEL


@cache
def litellm():
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


def import_in_background() -> threading.Thread | None:
    """With a model configured, import litellm (3-4 s) in a thread of its own at start-up.

    Otherwise the first model call of each process imports it, and a daphne would
    stall every other request meanwhile. A call that comes before the import ends
    waits for it on Python's import lock, and no longer than it would have anyway.
    """
    if is_offline():
        return None
    thread = threading.Thread(target=litellm, name="litellm-import", daemon=True)
    thread.start()
    return thread


def call_options(stream: bool) -> dict:
    # Retries are ours (with backoff, never after the first streamed token), not the SDK's.
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


def usage(response) -> tuple[int, int]:
    usage = getattr(response, "usage", None) or {}
    get = (
        usage.get
        if isinstance(usage, dict)
        else (lambda key, default=0: getattr(usage, key, default))
    )
    return int(get("prompt_tokens", 0) or 0), int(get("completion_tokens", 0) or 0)


def cost(prompt_tokens: int, completion_tokens: int) -> float:
    try:
        prompt_cost, completion_cost = litellm().cost_per_token(
            model=settings.LLM_MODEL,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
        return float(prompt_cost + completion_cost)
    except Exception:  # models missing from the local cost map cost what we cannot know
        return 0.0
