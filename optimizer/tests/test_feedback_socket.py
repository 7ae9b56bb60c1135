"""The live feedback socket: login and ownership, drafts in, rendered partials out."""

import json

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser

from optimizer.routing import websocket_urlpatterns
from resumeopt.sections import unit_form

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


def _socket(user, resume_id):
    communicator = WebsocketCommunicator(
        URLRouter(websocket_urlpatterns), f"/ws/resumes/{resume_id}/feedback/"
    )
    communicator.scope["user"] = user
    return communicator


def _draft(resume, path="work/0", **changes):
    section = path.split("/")[0]
    form = unit_form(
        section, resume.content["work"][0] if section == "work" else resume.content["basics"]
    )
    prefix = "unit-" + path.replace("/", "-")
    data = {f"{prefix}-{name}": value for name, value in form.initial.items() if value is not None}
    data.update({f"{prefix}-{name}": value for name, value in changes.items()})
    data["live_path"] = path
    data["HEADERS"] = {"HX-Request": "true"}
    return json.dumps(data)


async def test_anonymous_is_refused(resume):
    connected, code = await _socket(AnonymousUser(), resume.pk).connect()
    assert not connected and code == 4401


async def test_another_users_resume_is_refused(user, other_resume):
    connected, code = await _socket(user, other_resume.pk).connect()
    assert not connected and code == 4404


async def test_a_draft_gets_the_feedback_partial_back(user, resume):
    socket = _socket(user, resume.pk)
    assert (await socket.connect())[0]
    highlights = "\n".join(resume.content["work"][0]["highlights"]).replace(
        "Responsible for the public", "Owned the public"
    )
    await socket.send_to(text_data=_draft(resume, highlights=highlights))
    frame = await socket.receive_from(timeout=5)
    assert 'id="feedback-unit-work-0"' in frame
    assert "with this change" in frame and "+" in frame
    assert "Responsible for" not in frame.split("fixed")[-1]
    await socket.disconnect()


async def test_malformed_messages_get_an_error_frame_and_the_socket_stays_usable(user, resume):
    socket = _socket(user, resume.pk)
    await socket.connect()
    for bad in [
        "not json",
        json.dumps([1, 2]),
        json.dumps({"no": "path"}),
        json.dumps({"live_path": "meta/0"}),
        '{"live_path": "work/0", "x": ' + "[" * 10_000 + "]" * 10_000 + "}",
    ]:
        await socket.send_to(text_data=bad)
        frame = await socket.receive_from(timeout=5)
        assert 'id="toasts"' in frame and "toast error" in frame
    await socket.send_to(text_data=_draft(resume))
    assert 'id="feedback-unit-work-0"' in await socket.receive_from(timeout=5)
    await socket.disconnect()


async def test_user_text_in_the_draft_is_escaped(user, resume):
    socket = _socket(user, resume.pk)
    await socket.connect()
    await socket.send_to(
        text_data=_draft(resume, highlights="Responsible for <script>alert(1)</script> things.")
    )
    frame = await socket.receive_from(timeout=5)
    assert "<script>" not in frame and "&lt;script&gt;" in frame
    await socket.disconnect()


async def test_feedback_follows_the_saved_version_after_a_save(user, resume):
    from resumeopt.resumes import ChangeReason, save_at

    socket = _socket(user, resume.pk)
    await socket.connect()
    edited = dict(resume.content["work"][0], position="Staff Engineer")
    await database_sync_to_async(save_at)(
        resume, "work/0", edited, user=user, reason=ChangeReason.EDIT
    )
    await database_sync_to_async(resume.refresh_from_db)()
    await socket.send_to(text_data=_draft(resume))
    assert "no change yet" in await socket.receive_from(timeout=5)
    await socket.disconnect()


async def test_each_finding_quotes_its_line_and_offers_rewrites_for_the_form(user, resume):
    socket = _socket(user, resume.pk)
    await socket.connect()
    highlights = "\n".join(resume.content["work"][0]["highlights"]).replace(
        "Led the migration", "Responsible for the migration"
    )
    await socket.send_to(text_data=_draft(resume, highlights=highlights))
    frame = await socket.receive_from(timeout=5)
    assert 'data-select-field="unit-work-0-highlights"' in frame
    assert "Responsible for the migration of the reporting pipeline" in frame
    assert 'data-fill-put="Led the migration of the reporting pipeline' in frame
    assert "New 1: Duties instead of results." in frame
    await socket.disconnect()


async def test_a_new_entry_gets_feedback_before_it_is_saved(user, resume):
    socket = _socket(user, resume.pk)
    await socket.connect()
    draft = {
        "live_path": "work/3",
        "unit-work-3-position": "Intern",
        "unit-work-3-name": "Acme",
        "unit-work-3-startDate": "2014-06",
        "unit-work-3-endDate": "2014-08",
        "unit-work-3-highlights": "Responsible for the test suite.",
    }
    await socket.send_to(text_data=json.dumps(draft))
    frame = await socket.receive_from(timeout=5)
    assert 'id="feedback-unit-work-3"' in frame and "describes a duty" in frame
    await socket.disconnect()


async def test_the_socket_stays_open_across_many_drafts(user, resume):
    socket = _socket(user, resume.pk)
    await socket.connect()
    for number in range(5):
        await socket.send_to(text_data=_draft(resume, summary=f"Team of {number} engineers."))
        assert 'id="feedback-unit-work-0"' in await socket.receive_from(timeout=5)
    await socket.send_to(text_data="{")
    assert "toast error" in await socket.receive_from(timeout=5)
    await socket.send_to(text_data=_draft(resume))
    assert 'id="feedback-unit-work-0"' in await socket.receive_from(timeout=5)
    await socket.disconnect()
