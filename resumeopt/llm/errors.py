"""Model call failures as messages a user can act on: LLMError, litellm's exceptions translated."""

from __future__ import annotations

import logging
import re

from django.conf import settings

from resumeopt.llm import provider

logger = logging.getLogger(__name__)

UNREADABLE = "The model's answer could not be read. Try again."
EMPTY_REPLY = "The model sent an empty reply. Try again."


# Shown on the failed reply; the chat offers to start the conversation afresh beside it.
CONTEXT_TOO_LONG = (
    "This request is too long for the model: the section, the job and the recent messages "
    "do not fit in its context window. Start this conversation afresh, shorten the section, "
    "or use a model with a larger one."
)


class LLMError(Exception):
    """A model call failed; str() is a message for the user, `kind` says why."""

    def __init__(self, kind: str, message: str, *, retryable: bool = False):
        self.kind = kind
        self.retryable = retryable
        super().__init__(message)


UNKNOWN_PROVIDER_RE = re.compile(r"LLM Provider NOT provided|Unmapped LLM provider", re.IGNORECASE)
MISSING_KEY_RE = re.compile(
    r"missing (?:\w+ )?(?:credentials|api[ _-]?key)|api_key client option must be set",
    re.IGNORECASE,
)
QUOTA_RE = re.compile(r"insufficient_quota|exceeded your current quota|billing", re.IGNORECASE)


def missing_key_message() -> str:
    try:
        missing = (
            provider.litellm().validate_environment(model=settings.LLM_MODEL).get("missing_keys")
            or []
        )
    except Exception:  # validate_environment does not know every provider
        missing = []
    variable = " or ".join(missing) if missing else "the provider's API key variable"
    return (
        f"No API key is set for “{settings.LLM_MODEL}”. Set {variable} (or LLM_API_KEY) "
        "in the server's environment and restart."
    )


def translate(error: Exception) -> LLMError:
    """litellm's exceptions as messages a user can act on; only rate limits and outages are retried.

    The log names the failure but never repeats the provider's text, which can quote part of a key.
    """
    failure = classify(error)
    logger.warning(
        "Model call to %s failed: %s (%s, status %s)",
        settings.LLM_MODEL,
        failure.kind,
        type(error).__name__,
        getattr(error, "status_code", None),
    )
    return failure


def classify(error: Exception) -> LLMError:
    exceptions = provider.litellm().exceptions
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
        return LLMError("auth", missing_key_message())
    if isinstance(
        error, (exceptions.AuthenticationError, exceptions.PermissionDeniedError)
    ) or status in (401, 403):
        return LLMError(
            "auth",
            "The model provider refused the API key. Check the key in the server's environment.",
        )
    if isinstance(error, exceptions.ContextWindowExceededError):
        return LLMError("context", CONTEXT_TOO_LONG)
    if isinstance(error, exceptions.NotFoundError) or status == 404:
        return LLMError(
            "model", f"The model “{settings.LLM_MODEL}” is not available. Check LLM_MODEL."
        )
    if QUOTA_RE.search(text) or status == 402:
        return LLMError(
            "quota",
            "The model provider says this account is out of credit or quota. "
            "Check the account's billing.",
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
