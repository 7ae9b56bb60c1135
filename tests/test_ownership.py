"""Every URL and every WebSocket route, walked by a second user: nothing of the first user's leaks.

The walk reads the URL resolver, so a new URL that takes an object id fails
here until it is listed in OBJECT_URLS with the object it is about: nobody can
add a page without saying whose object it shows and checking it is a 404 for
anyone else.
"""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from applications import tracking
from applications.models import Contact
from conversations.models import Conversation, OptimizationRun, Proposal
from exports import exporting, sharing
from exports.exporting import CURRENT, Source, export_file
from exports.renderers import ExportOptions
from jobs.extraction import extract_requirements
from jobs.models import JobDescription, RankingBatch
from letters.documents import create_letter
from letters.models import LetterProposal
from resumeopt.accounts.tokens import create_token
from resumeopt.asgi import application
from resumeopt.models import BackgroundJob
from versions import history

pytestmark = pytest.mark.django_db(transaction=True)

POSTING = "Senior Rust Engineer at Zyxwv Corp\nRequirements\n- Rust and Kubernetes, 5+ years."


@pytest.fixture
def victim(user, resume, settings, tmp_path):
    """One of each object the first user can own, and the kwargs that name them in URLs."""
    settings.MEDIA_ROOT = tmp_path
    conversation = Conversation.objects.create(owner=user, resume=resume, section_path="work/0")
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        conversation=conversation,
        path="work/0/highlights/1",
        original=resume.content["work"][0]["highlights"][1],
        replacement="Owned the API.",
    )
    run = OptimizationRun.objects.create(owner=user, resume=resume)
    job = JobDescription.objects.create(
        owner=user,
        title="Senior Rust Engineer",
        company="Zyxwv Corp",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Zyxwv batch")
    record = history.records(resume).first()
    version = history.name_version(resume, record, owner=user, name="Sent to Zyxwv")
    export = export_file(resume, Source(CURRENT, "Current state"), "txt", ExportOptions())
    task = BackgroundJob.objects.create(owner=user, kind="export", label="Zyxwv export")
    answer = BackgroundJob.objects.create(
        owner=user,
        kind="import.improve",
        label="Zyxwv import",
        status=BackgroundJob.Status.SUCCEEDED,
        result={"review": {"document": resume.content, "title": "Zyxwv", "format": "text"}},
    )
    application, _ = tracking.track_job(user, job, resume=resume)
    contact = Contact.objects.create(application=application, name="Zyxwv recruiter")
    letter = create_letter(user, resume=resume, job=job)
    letter_proposal = LetterProposal.objects.create(
        owner=user,
        letter=letter,
        part="opening",
        original=letter.body.split("\n\n")[1],
        replacement="Zyxwv opening.",
    )
    token, _ = create_token(user, "Zyxwv script", "read_write")
    share = sharing.create_link(resume, exporting.source_for(resume, str(version.pk)))
    return {
        "resume": resume.pk,
        "conversation": conversation.pk,
        "proposal": proposal.pk,
        "run": run.pk,
        "job": job.pk,
        "batch": batch.pk,
        "record": record.history_id,
        "version": version.pk,
        "export": export.pk,
        "task": str(task.pk),
        "answer": str(answer.pk),
        "application": application.pk,
        "contact": contact.pk,
        "stage": application.stage_id,
        "letter": letter.pk,
        "letter_record": letter.history.first().history_id,
        "letter_proposal": letter_proposal.pk,
        "token": token.pk,
        "share": share.pk,
        "share_token": share.token,
    }


# URL name -> how to fill its arguments from the victim's objects.
OBJECT_URLS = {
    "resume_detail": {"pk": "resume"},
    "resume_rename": {"pk": "resume"},
    "resume_duplicate": {"pk": "resume"},
    "resume_delete": {"pk": "resume"},
    "unsorted_dismiss": {"pk": "resume"},
    "unit_new": {"pk": "resume", "section": "work"},
    "unit_display": {"pk": "resume", "path": "work/0"},
    "unit_edit": {"pk": "resume", "path": "work/0"},
    "unit_delete": {"pk": "resume", "path": "work/0"},
    "unit_move": {"pk": "resume", "path": "work/0", "direction": "down"},
    "job_progress": {"job_id": "task"},
    "job_cancel": {"job_id": "task"},
    "resume_import_improved": {"job_id": "answer"},
    "optimizer:report": {"pk": "resume"},
    "optimizer:panel": {"pk": "resume"},
    "optimizer:apply": {"pk": "resume"},
    "optimizer:dismiss": {"pk": "resume"},
    "optimizer:check_draft": {"pk": "resume", "path": "work/0"},
    "conversations:optimize": {"resume_pk": "resume"},
    "conversations:chat": {"resume_pk": "resume", "path": "work/0"},
    "conversations:send": {"pk": "conversation"},
    "conversations:target": {"pk": "conversation"},
    "conversations:afresh": {"pk": "conversation"},
    "conversations:archived": {"pk": "conversation"},
    "conversations:apply": {"pk": "proposal"},
    "conversations:reject": {"pk": "proposal"},
    "conversations:undo": {"pk": "proposal"},
    "conversations:run": {"pk": "run"},
    "conversations:api_messages": {"pk": "conversation"},
    "conversations:api_proposals": {"pk": "conversation"},
    "conversations:api_apply": {"pk": "proposal"},
    "conversations:api_reject": {"pk": "proposal"},
    "conversations:api_undo": {"pk": "proposal"},
    "jobs:detail": {"pk": "job"},
    "jobs:match": {"pk": "job"},
    "jobs:rank_resumes": {"pk": "job"},
    "jobs:enrich": {"pk": "job"},
    "jobs:delete": {"pk": "job"},
    "jobs:batch": {"pk": "batch"},
    "jobs:batch_csv": {"pk": "batch"},
    "jobs:batch_delete": {"pk": "batch"},
    "versions:history": {"pk": "resume"},
    "versions:save": {"pk": "resume"},
    "versions:compare": {"pk": "resume"},
    "versions:rank": {"pk": "resume"},
    "versions:undo": {"pk": "resume"},
    "versions:redo": {"pk": "resume"},
    "versions:controls": {"pk": "resume"},
    "versions:cleanup": {"pk": "resume"},
    "versions:bulk_delete": {"pk": "resume"},
    "versions:name_record": {"pk": "resume", "history_id": "record"},
    "versions:restore": {"pk": "resume", "history_id": "record"},
    "versions:merge": {"pk": "resume", "history_id": "record"},
    "versions:version": {"pk": "version"},
    "exports:resume": {"pk": "resume"},
    "exports:preview": {"pk": "resume"},
    "exports:create": {"pk": "resume"},
    "exports:batch": {"pk": "resume"},
    "exports:detail": {"pk": "export"},
    "exports:file": {"pk": "export"},
    "exports:delete": {"pk": "export"},
    "applications:detail": {"pk": "application"},
    "applications:move": {"pk": "application"},
    "applications:edit": {"pk": "application"},
    "applications:letter": {"pk": "application"},
    "applications:note": {"pk": "application"},
    "applications:contact_add": {"pk": "application"},
    "applications:delete": {"pk": "application"},
    "applications:contact_delete": {"pk": "contact"},
    "applications:track_job": {"job_pk": "job"},
    "applications:track_top": {"batch_pk": "batch"},
    "applications:stage_rename": {"pk": "stage"},
    "applications:stage_shift": {"pk": "stage", "direction": "left"},
    "letters:detail": {"pk": "letter"},
    "letters:feedback": {"pk": "letter"},
    "letters:redraft": {"pk": "letter"},
    "letters:delete": {"pk": "letter"},
    "letters:export": {"pk": "letter", "fmt": "pdf"},
    "letters:ask": {"pk": "letter"},
    "letters:apply": {"pk": "letter_proposal"},
    "letters:reject": {"pk": "letter_proposal"},
    "letters:undo": {"pk": "letter_proposal"},
    "letters:restore": {"pk": "letter", "history_id": "letter_record"},
    "letters:name_version": {"pk": "letter", "history_id": "letter_record"},
    "token_revoke": {"pk": "token"},
    "exports:shares": {"pk": "resume"},
    "exports:share_revoke": {"pk": "share"},
}
# URLs that take arguments but name no user's object.
# Share links are public by design: test_a_share_link_shows_only_what_it_shares walks them.
NOT_OWNED = {"password_reset_confirm", "share_page", "share_pdf"}
# Pages without an id that list or gather the user's own things: the victim's must not appear.
LIST_PAGES = [
    ("dashboard", {}),
    ("jobs:list", {}),
    ("exports:list", {}),
    ("optimizer:learned", {}),
    ("account", {}),
    ("applications:board", {}),
    ("applications:list", {}),
    ("applications:stages", {}),
    ("applications:insights", {}),
    ("applications:csv_export", {}),
    ("applications:csv_import", {}),
    ("letters:list", {}),
    ("letters:create", {"job": "job"}),
    ("jobs:compare", {"ids": "job"}),
    ("resume_import", {"into": "resume"}),
]
MARKERS = ["Jane's resume", "Zyxwv", "jane@example.com"]


def _named_patterns(patterns=None, namespace=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            if namespace == "" and pattern.namespace == "admin":
                continue  # staff only, and Django's own
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern


def test_every_url_with_an_id_is_listed_here():
    with_ids = {name for name, p in _named_patterns() if p.pattern.converters}
    # The REST API authenticates by token, not session: api/tests/test_api_ownership.py walks it.
    with_ids = {name for name in with_ids if not name.startswith("api:")}
    assert with_ids - NOT_OWNED == set(OBJECT_URLS)


def test_another_users_objects_are_404_on_every_url(client, other_user, victim):
    client.force_login(other_user)
    leaks = []
    for name, arguments in OBJECT_URLS.items():
        kwargs = {key: victim.get(value, value) for key, value in arguments.items()}
        url = reverse(name, kwargs=kwargs)
        statuses = {method: getattr(client, method)(url).status_code for method in ("get", "post")}
        # 405 is a refusal too (the view takes the other method); 404 must come from one of them.
        if not set(statuses.values()) <= {404, 405} or 404 not in statuses.values():
            leaks.append(f"{name} {url}: {statuses}")
    assert leaks == []


def test_nothing_of_another_user_shows_on_pages_without_an_id(client, other_user, victim):
    client.force_login(other_user)
    for name, params in LIST_PAGES:
        query = {key: victim[value] for key, value in params.items()}
        response = client.get(reverse(name), query)
        page = response.content.decode()
        assert response.status_code in (200, 302, 404), (name, response.status_code)
        assert not [marker for marker in MARKERS if marker in page], name


def test_a_share_link_shows_only_what_it_shares(client, other_user, victim):
    """Another user and an anonymous visitor see the shared resume and nothing else."""
    page = reverse("share_page", args=[victim["share_token"]])
    for visitor in (other_user, None):
        client.logout()
        if visitor is not None:
            client.force_login(visitor)
        response = client.get(page)
        body = response.content.decode()
        assert response.status_code == 200 and "Alex Morgan" in body
        assert not [marker for marker in MARKERS if marker in body]
        assert reverse("dashboard") not in body and reverse("account") not in body
        pdf = client.get(reverse("share_pdf", args=[victim["share_token"]]))
        assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_starting_a_conversation_on_another_users_resume_is_404(client, other_user, victim):
    client.force_login(other_user)
    response = client.post(
        reverse("conversations:api_conversations"),
        {"resume": victim["resume"], "path": "work/0"},
        content_type="application/json",
    )
    assert response.status_code == 404


async def _refused(path: str, user) -> bool:
    communicator = WebsocketCommunicator(
        application, path, headers=[(b"origin", b"http://localhost")]
    )
    communicator.scope["user"] = user
    connected, _ = await communicator.connect()
    await communicator.disconnect()
    return not connected


def test_another_users_sockets_are_refused(other_user, victim):
    from asgiref.sync import async_to_sync

    for path in (
        f"/ws/resumes/{victim['resume']}/feedback/",
        f"/ws/chat/{victim['conversation']}/",
        f"/ws/letters/{victim['letter']}/",
    ):
        assert async_to_sync(_refused)(path, other_user), path


def test_every_socket_route_is_walked_here():
    from resumeopt.routing import websocket_urlpatterns

    routes = {str(route.pattern) for route in websocket_urlpatterns}
    assert routes == {
        "ws/notifications/",
        "ws/resumes/<int:pk>/feedback/",
        "ws/chat/<int:conversation_id>/",
        "ws/letters/<int:letter_id>/",
    }


def test_another_users_notifications_never_arrive(user, other_user):
    from asgiref.sync import async_to_sync

    from resumeopt.platform.background import toast

    async def listen() -> bool:
        communicator = WebsocketCommunicator(
            application, "/ws/notifications/", headers=[(b"origin", b"http://localhost")]
        )
        communicator.scope["user"] = other_user
        connected, _ = await communicator.connect()
        assert connected
        from asgiref.sync import sync_to_async

        await sync_to_async(toast)(user.pk, "Your export of Zyxwv is ready")
        nothing = await communicator.receive_nothing(timeout=0.3)
        await communicator.disconnect()
        return nothing

    assert async_to_sync(listen)()
