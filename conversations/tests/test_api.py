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
        reply=f'Try this. <proposals>[{{"path": "work/0/highlights/1", "original": "{original}", "replacement": "Owned the public REST API."}}]</proposals>'
    )
    answer = _post(
        user_client, "conversations:api_messages", [conversation_id], {"content": "Stronger please"}
    )
    assert answer.status_code == 201
    body = answer.json()
    assert body["content"] == "Try this." and body["proposals"][0]["status"] == "pending"
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
