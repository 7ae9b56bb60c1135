"""Every API route with an id, walked with another user's read-write token: all 404."""

import pytest
from django.urls import reverse

from api.urls import urlpatterns
from applications import tracking
from conversations.models import Conversation, Proposal
from jobs.extraction import extract_requirements
from jobs.models import JobDescription

pytestmark = pytest.mark.django_db

MARKERS = ["Jane's resume", "Zyxwv", "jane@example.com"]


@pytest.fixture
def victim(user, resume):
    text = "Rust Engineer at Zyxwv Corp\nRequirements\n- Rust."
    job = JobDescription.objects.create(
        owner=user,
        title="Rust Engineer",
        company="Zyxwv Corp",
        source_text=text,
        requirements=extract_requirements(text).to_dict(),
    )
    conversation = Conversation.objects.create(owner=user, resume=resume, section_path="work/0")
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        conversation=conversation,
        path="work/0/highlights/0",
        original=resume.content["work"][0]["highlights"][0],
        replacement="Zyxwv text",
    )
    application, _ = tracking.track_job(user, job, resume=resume)
    return {
        "resume": resume.pk,
        "job": job.pk,
        "conversation": conversation.pk,
        "proposal": proposal.pk,
        "application": application.pk,
    }


# Route name -> its URL arguments, from the victim's objects.
OBJECT_ROUTES = {
    "get_resume": {"pk": "resume"},
    "get_section": {"pk": "resume", "path": "work/0"},
    "put_section": {"pk": "resume", "path": "work/0"},
    "analysis": {"pk": "resume"},
    "list_versions": {"pk": "resume"},
    "list_history": {"pk": "resume"},
    "compare": {"pk": "resume"},
    "export": {"pk": "resume"},
    "get_job": {"pk": "job"},
    "match": {"pk": "job"},
    "messages": {"pk": "conversation"},
    "proposals": {"pk": "conversation"},
    "apply_proposal": {"pk": "proposal"},
    "reject_proposal": {"pk": "proposal"},
    "undo_proposal": {"pk": "proposal"},
    "get_application": {"pk": "application"},
    "move": {"pk": "application"},
}


def test_every_api_route_with_an_id_is_listed_here():
    with_ids = {pattern.name for pattern in urlpatterns if pattern.pattern.converters}
    assert with_ids == set(OBJECT_ROUTES)


def test_another_users_objects_are_404_on_every_api_route(api, other_token, victim):
    leaks = []
    for name, arguments in OBJECT_ROUTES.items():
        kwargs = {key: victim.get(value, value) for key, value in arguments.items()}
        url = reverse(f"api:{name}", kwargs=kwargs)
        query = {"resume": victim["resume"], "a": "current"}
        statuses = {
            "get": api(other_token).get(url, query).status_code,
            "post": api(other_token).post(url, {"stage": 1}).status_code,
            "put": api(other_token).put(url, {"value": "x"}).status_code,
        }
        if not set(statuses.values()) <= {404, 405} or 404 not in statuses.values():
            leaks.append(f"{name} {url}: {statuses}")
    assert leaks == []


def test_lists_and_actions_without_an_id_show_nothing_of_another_user(api, other_token, victim):
    for url in ("/api/resumes", "/api/jobs", "/api/applications"):
        body = api(other_token).get(url).content.decode()
        assert not [marker for marker in MARKERS if marker in body], url
    ranked = api(other_token).post(
        "/api/jobs/rank", {"resume": victim["resume"], "jobs": [victim["job"]]}
    )
    assert ranked.status_code == 404
    started = api(other_token).post(
        "/api/conversations", {"resume": victim["resume"], "path": "work/0"}
    )
    assert started.status_code == 404
    tracked = api(other_token).post("/api/applications", {"job": victim["job"]})
    assert tracked.status_code == 404
