"""The LLM layer over litellm, against a real local OpenAI-compatible server."""

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resumeopt import llm
from resumeopt.models import LLMCall

pytestmark = pytest.mark.django_db(transaction=True)
ASK = [{"role": "user", "content": "Make my summary stronger."}]
ROOT = Path(__file__).resolve().parents[2]


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


def test_each_user_has_an_hourly_allowance_of_model_calls(fake_llm, settings, user, other_user):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "llm": (2, 3600)}
    llm.complete(ASK, user=user, purpose="optimize")
    llm.complete(ASK, user=user, purpose="optimize")  # the same question: cached, not counted
    llm.complete(ASK + ASK, user=user, purpose="optimize")
    with pytest.raises(llm.LLMError, match="used this hour's 2 requests to the model") as error:
        llm.complete(ASK + ASK + ASK, user=user, purpose="optimize")
    assert error.value.kind == "user_limit"
    assert len(fake_llm.requests) == 2  # the provider was not asked a third time

    async def stream_as(someone):
        return "".join([t async for t in llm.astream(ASK, user=someone, purpose="chat")])

    with pytest.raises(llm.LLMError, match="Try again"):
        asyncio.run(stream_as(user))
    assert asyncio.run(stream_as(other_user))  # another user's allowance is their own
    assert len(fake_llm.requests) == 3


def test_rate_limit_is_retried_with_backoff_then_succeeds(fake_llm, settings):
    settings.LLM_RETRY_DELAY = 0.2
    fake_llm.then(status=429).then(status=429).then(reply="Worked the third time.")
    assert llm.complete(ASK, purpose="t", use_cache=False).text == "Worked the third time."
    first, second, third = fake_llm.arrivals
    # The wait doubles: at least the delay, then at least twice it (only lower bounds, so a
    # loaded machine cannot fail this).
    assert second - first >= 0.2
    assert third - second >= 0.4


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


def test_a_stream_that_brings_no_text_is_an_error_after_retries(fake_llm, settings):
    for _ in range(settings.LLM_MAX_RETRIES + 1):
        fake_llm.then(garbage=True)  # a 200 that is not an event stream: no token at all
    with pytest.raises(llm.LLMError, match="answer could not be read") as error:
        _stream()
    assert error.value.kind == "bad_response"
    assert len(fake_llm.requests) == settings.LLM_MAX_RETRIES + 1
    fake_llm.then(garbage=True).then(reply="Fine now.")
    assert "".join(_stream()) == "Fine now."


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
    assert len(fake_llm.requests) == 2


def test_a_stream_that_breaks_after_its_first_tokens_is_not_retried(fake_llm):
    # A retry would send the reply again from the start after the user saw its beginning.
    fake_llm.then(reply="Lead with the result you achieved.", cut_after=2)
    fake_llm.then(reply="A second answer nobody asked for.")
    received = []

    async def collect():
        async for token in llm.astream(ASK, purpose="chat"):
            received.append(token)

    with pytest.raises(llm.LLMError):
        asyncio.run(collect())
    assert received == ["Lead", " with"]
    assert len(fake_llm.requests) == 1


def test_offline_text_streams_the_same_way(settings):
    settings.LLM_MODEL = ""

    async def collect():
        return [t async for t in llm.astream_text("Three little words", purpose="chat")]

    assert asyncio.run(collect()) == ["Three", " little", " words"]
    assert LLMCall.objects.get().model == "offline"


def test_litellm_is_not_imported_when_django_starts():
    code = (
        "import django, os, sys; os.environ['DJANGO_SETTINGS_MODULE']='resumeopt.settings'; "
        "django.setup(); import resumeopt.urls, resumeopt.asgi; print('litellm' in "
        "sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_context_overflow_is_named_and_not_retried(fake_llm):
    fake_llm.then(
        status=400,
        code="context_length_exceeded",
        message=(
            "This model's maximum context length is 8192 tokens. However, your messages resulted "
            "in 9100 tokens."
        ),
    )
    with pytest.raises(llm.LLMError, match="too long for the model") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "context" and len(fake_llm.requests) == 1


def test_a_model_the_server_does_not_have_is_named(fake_llm):
    fake_llm.then(status=404, message="The model `fake-model` does not exist")
    with pytest.raises(llm.LLMError, match="“openai/fake-model” is not available") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "model"


def test_a_model_name_litellm_does_not_know_is_named(settings):
    settings.LLM_MODEL, settings.LLM_API_BASE = "no-such-provider-model", ""
    with pytest.raises(llm.LLMError, match="not a model name litellm knows") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "model"
    assert LLMCall.objects.get().error == "model"


def test_a_missing_key_names_the_variable_to_set(settings, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    settings.LLM_MODEL, settings.LLM_API_BASE, settings.LLM_API_KEY = (
        "anthropic/claude-3-5-haiku-latest",
        "",
        "",
    )
    with pytest.raises(llm.LLMError, match="ANTHROPIC_API_KEY") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "auth"


def test_a_forbidden_key_is_an_auth_error_not_retried(fake_llm):
    fake_llm.then(status=403, message="Project does not have access")
    with pytest.raises(llm.LLMError, match="refused the API key"):
        llm.complete(ASK, purpose="t", use_cache=False)
    assert len(fake_llm.requests) == 1


def test_the_key_is_sent_to_the_server_but_never_stored_or_logged(fake_llm, settings, caplog):
    secret = "sk-test-DO-NOT-LEAK-4242"
    settings.LLM_API_KEY = secret
    caplog.set_level("DEBUG")
    llm.complete(ASK, purpose="t", use_cache=False)
    fake_llm.then(status=401, message=f"Incorrect API key provided: {secret}")
    with pytest.raises(llm.LLMError) as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert fake_llm.headers[0]["Authorization"] == f"Bearer {secret}"
    assert secret not in str(error.value) and secret not in caplog.text
    stored = list(LLMCall.objects.values())
    assert len(stored) == 2 and secret not in str(stored)


def test_a_stream_that_does_not_start_in_time_fails_with_a_timeout(fake_llm, settings):
    settings.LLM_TIMEOUT = 1
    fake_llm.then(sleep=2.5)
    with pytest.raises(llm.LLMError, match="took too long") as error:
        _stream()
    assert error.value.kind == "timeout" and LLMCall.objects.get().error == "timeout"


def test_a_stream_reports_its_usage_to_the_caller(fake_llm):
    fake_llm.then(reply="Four words come back.")
    usage = llm.StreamUsage()

    async def collect():
        return [t async for t in llm.astream(ASK, purpose="chat", usage=usage)]

    asyncio.run(collect())
    call = LLMCall.objects.get()
    assert (usage.prompt_tokens, usage.completion_tokens) == (42, 4)
    assert (call.prompt_tokens, call.completion_tokens, call.streamed) == (42, 4, True)


def test_a_stream_stopped_half_way_is_still_recorded(fake_llm):
    fake_llm.then(reply=" ".join(f"w{i}" for i in range(100)), chunk_delay=0.01)

    async def stop_after_three():
        received = []

        async def read():
            async for token in llm.astream(ASK, purpose="chat"):
                received.append(token)

        task = asyncio.create_task(read())
        while len(received) < 3:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return received

    received = asyncio.run(stop_after_three())
    call = LLMCall.objects.get()
    assert call.error == "stopped" and len(received) <= call.completion_tokens < 100


def test_litellm_connects_to_nothing_but_the_configured_server():
    """No cost-map download, no telemetry: the only connection is the model call itself.

    (litellm is called directly, without recording the call, so the subprocess needs no database.)
    """
    code = """
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "resumeopt.settings"
import django
django.setup()
from django.conf import settings
from tests.fake_llm import FakeLLM
fake = FakeLLM().start()
settings.LLM_MODEL, settings.LLM_API_BASE = "openai/fake-model", fake.url
contacted = set()
def audit(event, args):
    if event == "socket.connect":
        contacted.add(str(args[1][0]))
    elif event == "socket.getaddrinfo":
        contacted.add(str(args[0]))
sys.addaudithook(audit)
from resumeopt.llm import provider
litellm = provider.litellm()
litellm.completion(messages=[{"role": "user", "content": "hi"}], **provider.call_options(False))
provider.cost(1000, 1000)
print(sorted(contacted))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LITELLM")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "['127.0.0.1']"


def test_a_reply_of_only_whitespace_is_an_error_not_an_empty_message(fake_llm, settings):
    for _ in range(settings.LLM_MAX_RETRIES + 1):
        fake_llm.then(reply="   \n  ")
    with pytest.raises(llm.LLMError, match="empty reply") as error:
        llm.complete(ASK, purpose="t", use_cache=False)
    assert error.value.kind == "bad_response"
    fake_llm.then(reply=" \n \n ")
    with pytest.raises(llm.LLMError, match="empty reply"):
        _stream()
    assert LLMCall.objects.filter(error="bad_response").count() == 2
