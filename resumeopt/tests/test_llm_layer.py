"""The LLM layer over litellm, against a real local OpenAI-compatible server."""

import asyncio
import subprocess
import sys

import pytest

from resumeopt import llm
from resumeopt.models import LLMCall

pytestmark = pytest.mark.django_db(transaction=True)
ASK = [{"role": "user", "content": "Make my summary stronger."}]


def _stream(messages=ASK):
    async def collect():
        return [token async for token in llm.astream(messages, purpose="chat")]

    return asyncio.run(collect())


def test_streamed_reply_arrives_token_by_token_in_order(fake_llm):
    fake_llm.then(reply="Lead with the result you achieved.")
    assert _stream() == ["Lead", " with", " the", " result", " you", " achieved."]
    assert fake_llm.requests[-1]["stream"] is True


def test_usage_and_cost_are_recorded_per_call_without_text(fake_llm, user):
    from tests.fake_llm import DEFAULT_REPLY

    llm.complete(ASK, user=user, purpose="optimize")
    call = LLMCall.objects.get()
    assert (call.user, call.model, call.purpose) == (user, "openai/fake-model", "optimize")
    assert (call.prompt_tokens, call.completion_tokens) == (
        len(ASK[0]["content"]) // 4,
        len(DEFAULT_REPLY.split()),
    )
    assert "summary" not in str(vars(call))


def test_rate_limit_is_retried_with_backoff_then_succeeds(fake_llm):
    fake_llm.then(status=429).then(reply="Worked the second time.")
    assert llm.complete(ASK, purpose="t", use_cache=False).text == "Worked the second time."
    assert len(fake_llm.requests) == 2


def test_server_errors_exhaust_the_retries_with_a_clear_error(fake_llm, settings):
    for _ in range(settings.LLM_MAX_RETRIES + 1):
        fake_llm.then(status=500)
    with pytest.raises(llm.LLMError, match="Try again in a moment") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "unavailable"
    assert LLMCall.objects.get().error == "unavailable"


def test_a_slow_model_times_out(fake_llm, settings):
    settings.LLM_TIMEOUT = 1
    fake_llm.then(sleep=2.5)
    with pytest.raises(llm.LLMError, match="took too long") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "timeout"


def test_a_bad_key_is_named_as_such(fake_llm):
    fake_llm.then(status=401)
    with pytest.raises(llm.LLMError, match="refused the API key"):
        llm.complete(ASK, purpose="t", use_cache=False)


def test_garbage_from_the_provider_is_an_error_after_retries(fake_llm, settings):
    for _ in range(settings.LLM_MAX_RETRIES + 1):
        fake_llm.then(garbage=True)
    with pytest.raises(llm.LLMError):
        llm.complete(ASK, purpose="t", use_cache=False)


def test_deterministic_calls_are_cached_by_model_and_messages(fake_llm):
    first = llm.complete(ASK, purpose="t")
    second = llm.complete(ASK, purpose="t")
    assert (first.cached, second.cached, second.text) == (False, True, first.text)
    assert len(fake_llm.requests) == 1
    llm.complete([{"role": "user", "content": "Something else."}], purpose="t")
    assert len(fake_llm.requests) == 2


def test_stream_is_retried_only_before_the_first_token(fake_llm):
    fake_llm.then(status=429).then(reply="Fine now.")
    assert "".join(_stream()) == "Fine now."


def test_offline_text_streams_the_same_way(settings):
    settings.LLM_MODEL = ""

    async def collect():
        return [t async for t in llm.astream_text("Three little words", purpose="chat")]

    assert asyncio.run(collect()) == ["Three", " little", " words"]
    assert LLMCall.objects.get().model == "offline"


def test_litellm_is_not_imported_when_django_starts():
    code = "import django, os, sys; os.environ['DJANGO_SETTINGS_MODULE']='resumeopt.settings'; django.setup(); " \
           "import resumeopt.urls, resumeopt.asgi; print('litellm' in sys.modules)"  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
