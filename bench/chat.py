"""Per-token overhead of our chat path, measured against a real (fake) model server.

    .venv/bin/python bench/chat.py [--tokens 400]

The fake OpenAI-compatible server (tests/fake_llm.py) stamps every streamed
token with the time it was sent. We measure when each token reaches a
WebSocket client of the chat consumer (through litellm, our LLM layer, the
reply task, the channel layer and the consumer), and, as the baseline, when
it reaches a plain litellm streaming loop in the same process. The
difference is the overhead our layer adds. Target (issue #5): under 5 ms median.
"""

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from bench.timing import percentile  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402

CHUNK_DELAY = 0.004  # a fast model: 250 tokens a second


def _latencies(stamps: list[int], arrivals: list[int]) -> list[float]:
    return [(arrived - sent) / 1e6 for sent, arrived in zip(stamps, arrivals, strict=True)]


async def baseline(fake: FakeLLM, tokens: int) -> list[float]:
    """Sent-to-received for litellm's own streaming loop, nothing of ours in between."""
    from resumeopt import llm

    litellm = llm._litellm()
    fake.then(timestamps=tokens, chunk_delay=CHUNK_DELAY)
    response = await litellm.acompletion(
        messages=[{"role": "user", "content": "go"}], **llm._call_options(True)
    )
    stamps, arrivals = [], []
    async for chunk in response:
        text = chunk.choices[0].delta.content if chunk.choices and chunk.choices[0].delta else None
        if text:
            arrivals.append(time.perf_counter_ns())
            stamps.append(int(text))
    return _latencies(stamps, arrivals)


async def through_the_socket(fake: FakeLLM, tokens: int) -> list[float]:
    from channels.db import database_sync_to_async
    from channels.routing import URLRouter
    from channels.testing import WebsocketCommunicator
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import setup_test_environment

    from conversations.models import Conversation
    from conversations.routing import websocket_urlpatterns
    from resumeopt.resumes import create_resume

    def prepare():
        setup_test_environment()
        connection.creation.create_test_db(verbosity=0, keepdb=False)
        user = get_user_model().objects.create_user("bench")
        resume = create_resume(
            user, "Bench", json.loads((ROOT / "resumeopt/sample/sample.resume.json").read_text())
        )
        return user, Conversation.objects.create(owner=user, resume=resume, section_path="work/0")

    user, conversation = await database_sync_to_async(prepare)()
    socket = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/chat/{conversation.pk}/")
    socket.scope["user"] = user
    await socket.connect()
    fake.then(timestamps=tokens, chunk_delay=CHUNK_DELAY)
    await socket.send_to(text_data=json.dumps({"message": "go"}))
    await socket.receive_from(timeout=10)
    stamps, arrivals = [], []
    while len(stamps) < tokens:
        frame = await socket.receive_from(timeout=10)
        now = time.perf_counter_ns()
        for value in re.findall(r"beforeend\">\s*([\d ]+)</span>", frame):
            for stamp in value.split():
                stamps.append(int(stamp))
                arrivals.append(now)
    await socket.disconnect()
    return _latencies(stamps, arrivals)


def report(label: str, values: list[float]) -> None:
    print(
        f"{label:<44} median {statistics.median(values):6.2f} ms   p99 {percentile(values, 0.99):6.2f} ms   ({len(values)} tokens)"
    )


async def main(tokens: int) -> None:
    fake = FakeLLM().start()
    settings.LLM_MODEL, settings.LLM_API_BASE = "openai/fake-model", fake.url
    layer = "Redis" if settings.REDIS_URL else "in-memory"
    await baseline(fake, 20)  # warm up litellm and the HTTP client
    base = await baseline(fake, tokens)
    ours = await through_the_socket(fake, tokens)
    report("baseline: litellm stream, no app", base)
    report(f"through our layer to the socket ({layer} layer)", ours)
    print(f"overhead we add per token: {statistics.median(ours) - statistics.median(base):.2f} ms at the median "
          f"(target < 5 ms); ratio to baseline {statistics.median(ours) / statistics.median(base):.1f}x")  # fmt: skip
    fake.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=400)
    asyncio.run(main(parser.parse_args().tokens))
