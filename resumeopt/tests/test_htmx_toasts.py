"""Django messages reach htmx requests as one `toast` event, next to the events a view set."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import RequestFactory
from django_htmx.http import trigger_client_event
from django_htmx.middleware import HtmxMiddleware

from resumeopt.platform.middleware import HtmxMessagesMiddleware


def _run(view, **headers):
    request = RequestFactory().post("/", **headers)
    stack = HtmxMiddleware(HtmxMessagesMiddleware(view))
    return SessionMiddleware(MessageMiddleware(stack))(request)


def test_messages_become_a_toast_event_for_htmx_requests():
    def view(request):
        messages.success(request, "Saved.")
        return HttpResponse("ok")

    response = _run(view, HTTP_HX_REQUEST="true")
    assert json.loads(response["HX-Trigger"]) == {
        "toast": {"messages": [{"level": "success", "message": "Saved."}]}
    }


def test_a_views_own_toast_and_other_events_are_kept_beside_the_messages():
    def view(request):
        messages.info(request, "Moved to Interview.")
        response = HttpResponse("ok")
        trigger_client_event(response, "resume-changed")
        trigger_client_event(
            response, "toast", {"messages": [{"level": "error", "message": "Slow"}]}
        )
        return response

    trigger = json.loads(_run(view, HTTP_HX_REQUEST="true")["HX-Trigger"])
    assert trigger["resume-changed"] == {}
    assert trigger["toast"]["messages"] == [
        {"level": "error", "message": "Slow"},
        {"level": "info", "message": "Moved to Interview."},
    ]


def test_redirects_and_full_pages_leave_their_messages_to_the_page():
    def redirect(request):
        messages.success(request, "Saved.")
        return HttpResponse(status=302, headers={"Location": "/"})

    def page(request):
        messages.success(request, "Saved.")
        return HttpResponse("ok")

    assert "HX-Trigger" not in _run(redirect, HTTP_HX_REQUEST="true")
    assert "HX-Trigger" not in _run(page)
