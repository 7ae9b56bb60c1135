"""The letter assistant: streamed model drafts and
part edits under the fact guard, on a real socket."""

import asyncio
import json
import re

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser

from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from letters import assistant
from letters.documents import create_letter
from letters.models import AssistantRun, Letter, LetterProposal
from letters.parts import part_named
from letters.routing import websocket_urlpatterns

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]

POSTING = (
    "Backend Engineer at Quillfeather\nRequirements\n- Python, Django and PostgreSQL.\n- Rust."
)


@pytest.fixture
def letter(user, resume):
    job = JobDescription.objects.create(
        owner=user,
        title="Backend Engineer",
        company="Quillfeather",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )
    return create_letter(user, resume=resume, job=job)


def _socket(user, letter_id):
    socket = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/letters/{letter_id}/")
    socket.scope["user"] = user
    return socket


async def _connected(socket) -> str:
    connected, _ = await socket.connect()
    assert connected
    snapshot = await socket.receive_from(timeout=5)
    assert snapshot.startswith('<div id="letter-runs" hx-swap-oob="innerHTML">')
    return snapshot


def _tokens(frames) -> str:
    return "".join(
        re.search(r'beforeend">(.*)</span>', f, re.S).group(1)
        for f in frames
        if "run-" in f and "beforeend" in f and "<span" in f
    )


async def _frames_until_done(socket, run_id, timeout=10):
    frames = []
    while True:
        frame = await socket.receive_from(timeout=timeout)
        frames.append(frame)
        if f'id="run-{run_id}"' in frame and 'hx-swap-oob="outerHTML"' in frame:
            return frames


async def _run_started(socket, payload) -> int:
    await socket.send_to(text_data=json.dumps(payload))
    frame = await socket.receive_from(timeout=5)
    return int(re.findall(r'id="run-(\d+)"', frame)[-1])


async def _wait_for_runs(timeout: float = 10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while assistant.writing():
        assert asyncio.get_running_loop().time() < deadline, "runs still going"
        await asyncio.sleep(0.05)


async def test_anonymous_and_other_users_are_refused(letter, other_user):
    assert (await _socket(AnonymousUser(), letter.pk).connect()) == (False, 4401)
    assert (await _socket(other_user, letter.pk).connect()) == (False, 4404)


async def test_a_model_draft_streams_and_the_guard_keeps_out_what_the_resume_lacks(
    fake_llm, user, letter
):
    fake_llm.then(
        reply=(
            "Dear Quillfeather hiring team,\n\nI build backend services with Python and Django. "
            "I also ship Rust services at Vexmoor Labs.\n\nKind regards,\nAlex Morgan"
        ),
        chunk_delay=0.01,
    )
    socket = _socket(user, letter.pk)
    await _connected(socket)
    run_id = await _run_started(socket, {"action": "draft"})
    frames = await _frames_until_done(socket, run_id)
    assert len([f for f in frames if "beforeend" in f]) >= 2  # streamed, not sent at the end
    assert "Vexmoor" in _tokens(frames)  # shown as it was written ...
    assert 'id="id_body"' in frames[-1] and "left out" in frames[-1]
    assert 'value="opening"' in frames[-1]  # the parts one can ask about follow the new text
    saved = await database_sync_to_async(Letter.objects.get)(pk=letter.pk)
    assert "Python and Django" in saved.body
    assert "Vexmoor" not in saved.body and "Rust" not in saved.body  # ... but never saved
    run = await database_sync_to_async(AssistantRun.objects.get)(pk=run_id)
    assert run.status == "complete" and any("Vexmoor" in s for s in run.dropped)
    await socket.disconnect()


async def test_a_draft_cut_mid_stream_leaves_the_letter_unchanged(fake_llm, user, letter):
    before = letter.body
    fake_llm.then(reply=" ".join(f"word{i}" for i in range(40)), cut_after=5)
    socket = _socket(user, letter.pk)
    await _connected(socket)
    run_id = await _run_started(socket, {"action": "draft"})
    frames = await _frames_until_done(socket, run_id)
    assert "notice bad" in frames[-1]
    run = await database_sync_to_async(AssistantRun.objects.get)(pk=run_id)
    assert run.status == "failed" and run.content.startswith("word0")
    assert (await database_sync_to_async(Letter.objects.get)(pk=letter.pk)).body == before
    await socket.disconnect()


async def test_stop_keeps_the_letter_as_it_was(fake_llm, user, letter):
    before = letter.body
    fake_llm.then(reply=" ".join(f"word{i}" for i in range(300)), chunk_delay=0.02)
    socket = _socket(user, letter.pk)
    await _connected(socket)
    run_id = await _run_started(socket, {"action": "draft"})
    await socket.receive_from(timeout=5)
    await socket.send_to(text_data=json.dumps({"action": "stop", "run_id": run_id}))
    frames = await _frames_until_done(socket, run_id)
    assert "Stopped before the end; the letter is unchanged" in frames[-1]
    run = await database_sync_to_async(AssistantRun.objects.get)(pk=run_id)
    assert run.status == "stopped" and "word299" not in run.content
    assert (await database_sync_to_async(Letter.objects.get)(pk=letter.pk)).body == before
    await socket.disconnect()


async def test_a_reconnect_mid_draft_gets_the_text_so_far_then_only_new_tokens(
    fake_llm, user, letter
):
    words = [f"w{i}" for i in range(60)]
    fake_llm.then(reply=" ".join(words), chunk_delay=0.02)
    first = _socket(user, letter.pk)
    await _connected(first)
    run_id = await _run_started(first, {"action": "draft"})
    await first.receive_from(timeout=5)
    await first.disconnect()
    second = _socket(user, letter.pk)
    snapshot = await _connected(second)
    so_far = re.search(rf'id="run-{run_id}-text"[^>]*>(.*?)</div>', snapshot, re.S)
    frames = await _frames_until_done(second, run_id)
    assert (so_far.group(1) if so_far else "") + _tokens(frames) == " ".join(words)
    await second.disconnect()
    await _wait_for_runs()


async def test_a_model_edit_of_the_opening_becomes_a_guarded_proposal(fake_llm, user, letter):
    opening = part_named(letter.body, "opening")
    fake_llm.then(
        reply=(
            "I am applying for the Backend Engineer role at Quillfeather, where I build "
            "services in Python and Django. I hold a PhD in distributed systems."
        )
    )
    socket = _socket(user, letter.pk)
    await _connected(socket)
    run_id = await _run_started(socket, {"action": "edit", "part": "opening", "request": "Shorter"})
    frames = await _frames_until_done(socket, run_id)
    assert "Apply" in frames[-1] and "Edit, then apply" in frames[-1]
    proposal = await database_sync_to_async(LetterProposal.objects.get)(run_id=run_id)
    assert proposal.part == "opening" and proposal.original == opening.text
    assert "PhD" not in proposal.replacement and "Python and Django" in proposal.replacement
    assert any("PhD" in warning for warning in proposal.warnings)
    asked = fake_llm.requests[-1]["messages"][-1]["content"]
    assert opening.text in asked and "Shorter" in asked
    await socket.disconnect()


async def test_an_edit_of_a_part_that_is_not_there_is_refused(user, letter):
    socket = _socket(user, letter.pk)
    await _connected(socket)
    await socket.send_to(text_data=json.dumps({"action": "edit", "part": "evidence-9"}))
    assert "Choose the opening" in await socket.receive_from(timeout=5)
    await socket.send_to(text_data=json.dumps({"action": "draft"}))
    assert "No language model is configured" in await socket.receive_from(timeout=5)
    await socket.disconnect()
