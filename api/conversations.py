"""The chat JSON endpoints (conversations/api.py) under /api/, with token auth.

The same views answer here and at their old /chat/api/ URLs (session auth),
so the documented request and response shapes are identical in both places.
"""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from conversations import api as chat_api

router = Router(tags=["conversations"])


def _json_body(properties: dict, required: list[str] | None = None) -> dict:
    schema = {"type": "object", "properties": properties, "required": required or []}
    return {"requestBody": {"content": {"application/json": {"schema": schema}}}}


@router.post(
    "/conversations",
    openapi_extra=_json_body(
        {
            "resume": {"type": "integer"},
            "path": {"type": "string", "example": "work/0"},
            "target_job": {"type": ["integer", "null"]},
        },
        ["resume", "path"],
    ),
)
def start_conversation(request: HttpRequest):
    """Start (or reopen) the conversation about one section of a resume."""
    return chat_api.conversations(request)


@router.api_operation(
    ["GET", "POST"],
    "/conversations/{int:pk}/messages",
    openapi_extra=_json_body({"content": {"type": "string"}}, ["content"]),
)
def messages(request: HttpRequest, pk: int):
    """GET the messages; POST {"content"} to ask and receive the whole reply."""
    return chat_api.conversation_messages(request, pk)


@router.get("/conversations/{int:pk}/proposals")
def proposals(request: HttpRequest, pk: int):
    return chat_api.conversation_proposals(request, pk)


@router.post(
    "/proposals/{int:pk}/apply",
    openapi_extra=_json_body({"replacement": {"type": "string"}}),
)
def apply_proposal(request: HttpRequest, pk: int):
    """Apply a pending edit proposal (optionally an edited replacement)."""
    return chat_api.proposal_apply(request, pk)


@router.post("/proposals/{int:pk}/reject")
def reject_proposal(request: HttpRequest, pk: int):
    return chat_api.proposal_reject(request, pk)


@router.post("/proposals/{int:pk}/undo")
def undo_proposal(request: HttpRequest, pk: int):
    """Undo an applied proposal: the original text comes back if nothing has changed it since."""
    return chat_api.proposal_undo(request, pk)
