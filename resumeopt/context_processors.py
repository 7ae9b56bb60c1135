"""Values every template can use."""

from django.conf import settings


def site(request) -> dict:
    return {
        "llm_model": settings.LLM_MODEL,
        "offline_assistant": not settings.LLM_MODEL,
    }
