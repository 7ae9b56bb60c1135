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

from resumeopt.llm.client import (
    OFFLINE_MODEL,
    Completion,
    StreamUsage,
    astream,
    astream_text,
    complete,
)
from resumeopt.llm.errors import CONTEXT_TOO_LONG, UNREADABLE, LLMError
from resumeopt.llm.provider import configured_model, is_offline

__all__ = [
    "CONTEXT_TOO_LONG",
    "OFFLINE_MODEL",
    "UNREADABLE",
    "Completion",
    "LLMError",
    "StreamUsage",
    "astream",
    "astream_text",
    "complete",
    "configured_model",
    "is_offline",
]
