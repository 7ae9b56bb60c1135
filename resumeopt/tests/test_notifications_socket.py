"""The notifications socket: login required, and job progress arrives as a partial."""

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser

from resumeopt.consumers import NotificationConsumer
from resumeopt.models import BackgroundJob
from resumeopt.platform import background

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


def _communicator(user):
    communicator = WebsocketCommunicator(NotificationConsumer.as_asgi(), "/ws/notifications/")
    communicator.scope["user"] = user
    return communicator


async def test_anonymous_socket_is_refused():
    connected, code = await _communicator(AnonymousUser()).connect()
    assert not connected
    assert code == 4401


async def test_job_progress_is_pushed_as_an_out_of_band_partial(user, other_user):
    job = await database_sync_to_async(BackgroundJob.objects.create)(
        owner=user, kind="t", label="Ranking", total=4
    )
    mine, theirs = _communicator(user), _communicator(other_user)
    assert (await mine.connect())[0] and (await theirs.connect())[0]

    def report():
        with background.run_job(str(job.pk)) as run:
            run.progress(2)

    await database_sync_to_async(report)()
    frames = [await mine.receive_from(timeout=2) for _ in range(3)]
    assert all(
        f'id="job-{job.pk}"' in frame and 'hx-swap-oob="outerHTML"' in frame for frame in frames
    )
    # Each frame shows the job as it is when sent, so the last one is the outcome.
    assert 'class="job succeeded"' in frames[-1] and "4 of 4" in frames[-1]
    assert await theirs.receive_nothing(timeout=0.2)
    await mine.disconnect()
    await theirs.disconnect()


async def test_toast_event_becomes_a_toast(user):
    communicator = _communicator(user)
    await communicator.connect()
    await database_sync_to_async(background.toast)(user.pk, "Export ready <b>now</b>", "success")
    frame = await communicator.receive_from(timeout=2)
    assert 'id="toasts" hx-swap-oob="beforeend"' in frame
    assert "Export ready &lt;b&gt;now&lt;/b&gt;" in frame
    await communicator.disconnect()
