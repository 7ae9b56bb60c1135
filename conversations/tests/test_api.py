"""The JSON endpoints: same operations as the pages, session auth with CSRF."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from conversations.models import Conversation, Proposal

pytestmark = pytest.mark.django_db


def _post(client, name, args=(), data=None):
    return client.post(
        reverse(name, args=args), json.dumps(data or {}), content_type="application/json"
    )


def test_start_converse_and_apply_through_the_api(user_client, user, resume, fake_llm):
    created = _post(
        user_client, "conversations:api_conversations", data={"resume": resume.pk, "path": "work/0"}
    )
    assert created.status_code == 201
    conversation_id = created.json()["id"]
    original = resume.content["work"][0]["highlights"][1]
    fake_llm.then(
        reply=(
            f'Try this. <proposals>[{{"path": "work/0/highlights/1", "original": "{original}", '
            '"replacement": "Owned the public REST API."}]</proposals>'
        )
    )
    answer = _post(
        user_client, "conversations:api_messages", [conversation_id], {"content": "Stronger please"}
    )
    assert answer.status_code == 201
    body = answer.json()
    assert body["content"] == "Try this." and body["proposals"][0]["status"] == "pending"
    assert body["completion_tokens"] > 0 and body["prompt_tokens"] > 0
    history = user_client.get(reverse("conversations:api_messages", args=[conversation_id])).json()[
        "messages"
    ]
    assert [m["role"] for m in history] == ["user", "assistant"]
    applied = _post(user_client, "conversations:api_apply", [body["proposals"][0]["id"]])
    assert applied.json()["status"] == "applied"
    again = _post(user_client, "conversations:api_apply", [body["proposals"][0]["id"]])
    assert again.status_code == 409


def test_bad_requests_get_a_json_error(user_client, resume):
    assert (
        _post(
            user_client,
            "conversations:api_conversations",
            data={"resume": resume.pk, "path": "nowhere"},
        ).status_code
        == 400
    )
    conversation = Conversation.objects.create(
        owner=resume.owner, resume=resume, section_path="basics"
    )
    response = _post(user_client, "conversations:api_messages", [conversation.pk], {"content": ""})
    assert response.status_code == 400 and "error" in response.json()
    deep = user_client.post(
        reverse("conversations:api_messages", args=[conversation.pk]),
        '{"content": ' + "[" * 10_000 + "]" * 10_000 + "}",
        content_type="application/json",
    )
    assert deep.status_code == 400 and "error" in deep.json()


def test_csrf_is_enforced(user, resume):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = _post(
        client, "conversations:api_conversations", data={"resume": resume.pk, "path": "work/0"}
    )
    assert response.status_code == 403


def test_reject_through_the_api(user_client, user, resume):
    proposal = Proposal.objects.create(
        owner=user, resume=resume, path="basics/summary", original="x", replacement="y"
    )
    assert (
        _post(user_client, "conversations:api_reject", [proposal.pk]).json()["status"] == "rejected"
    )


def test_values_of_the_wrong_type_get_a_json_error_not_a_crash(user_client, user, resume):
    bad_job = _post(
        user_client,
        "conversations:api_conversations",
        data={"resume": resume.pk, "path": "work/0", "target_job": "latest"},
    )
    assert bad_job.status_code == 400 and "target_job" in bad_job.json()["error"]
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        path="work/0/highlights/1",
        original=resume.content["work"][0]["highlights"][1],
        replacement="Owned the public REST API.",
    )
    bad_text = _post(user_client, "conversations:api_apply", [proposal.pk], {"replacement": 42})
    assert bad_text.status_code == 400 and "must be text" in bad_text.json()["error"]
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_an_edited_version_is_applied_through_the_api(user_client, user, resume):
    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        path="work/0/highlights/1",
        original=resume.content["work"][0]["highlights"][1],
        replacement="Owned the public REST API.",
    )
    applied = _post(
        user_client,
        "conversations:api_apply",
        [proposal.pk],
        {"replacement": "Ran the public REST API for 300 customers."},
    )
    assert applied.status_code == 200
    resume.refresh_from_db()
    assert (
        resume.content["work"][0]["highlights"][1] == "Ran the public REST API for 300 customers."
    )
    assert resume.history.first().history_change_reason == "AI suggestion"


def test_a_stale_proposal_is_refused_through_the_api_with_409(user_client, user, resume):
    from resumeopt.resumes import ChangeReason, save_at

    proposal = Proposal.objects.create(
        owner=user,
        resume=resume,
        path="work/0/highlights/1",
        original=resume.content["work"][0]["highlights"][1],
        replacement="Owned the public REST API.",
    )
    save_at(resume, "work/0/highlights/1", "My own words.", user=user, reason=ChangeReason.EDIT)
    refused = _post(user_client, "conversations:api_apply", [proposal.pk])
    assert refused.status_code == 409 and "changed since the suggestion" in refused.json()["error"]
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][1] == "My own words."
