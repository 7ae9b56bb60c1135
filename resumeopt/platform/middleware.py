"""Middleware: service endpoints ahead of everything, the security policy, and toasts for htmx.

ServiceEndpointsMiddleware answers probes and the metrics scraper first;
ContentSecurityPolicyMiddleware is django-csp's with one exception for the views
allowed in a same-origin frame; HtmxMessagesMiddleware turns Django messages
into toasts for htmx requests.
"""

import json
import time

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponseBase
from django_htmx.http import trigger_client_event

from resumeopt.views import system


class ServiceEndpointsMiddleware:
    """Answer /healthz, /readyz and /metrics before any other middleware.

    Load balancers, container health checks and Prometheus reach a process by
    its internal address over plain HTTP: host validation and the HTTPS redirect
    would turn them away, and a session or CSRF check means nothing to them.
    Each endpoint does its own access control (see resumeopt.views.system).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.endpoints = {
            "/healthz": system.healthz,
            "/readyz": system.readyz,
            "/metrics": system.metrics,
        }

    def __call__(self, request):
        endpoint = self.endpoints.get(request.path_info.rstrip("/"))
        if endpoint is None:
            return self.get_response(request)
        return endpoint(request)


def is_frameable(request: HttpRequest) -> bool:
    """Whether this request's view is one this site may show in a frame of its own pages."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in settings.FRAMEABLE_VIEWS


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy; views in FRAMEABLE_VIEWS may be framed by this site only.

    Everything else has frame-ancestors 'none' and X-Frame-Options: DENY
    (settings). Placed inside XFrameOptionsMiddleware, which keeps a header a
    response already has.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if is_frameable(request) and "X-Frame-Options" not in response:
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if is_frameable(request):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class HtmxMessagesMiddleware:
    """Send the request's Django messages in an `HX-Trigger: toast` event.

    Full pages render messages in the toast region themselves; htmx swaps
    only part of a page, so their messages travel in a response header that
    static/js/app.js turns into toasts. Redirects keep their messages for the
    page they lead to.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        htmx = getattr(request, "htmx", None)
        if not htmx or htmx.boosted or 300 <= response.status_code < 400:
            return response
        if "HX-Redirect" in response or "HX-Refresh" in response:
            return response
        toasts = [{"level": m.level_tag, "message": str(m)} for m in messages.get_messages(request)]
        if not toasts:
            return response
        # Keep toasts the view triggered itself (a rate limit's, say) alongside the messages.
        trigger_client_event(response, "toast", {"messages": [*_earlier_toasts(response), *toasts]})
        return response


def _earlier_toasts(response: HttpResponseBase) -> list[dict]:
    """The toasts a view already triggered (views set HX-Trigger as JSON)."""
    if "HX-Trigger" not in response:
        return []
    toast = json.loads(response["HX-Trigger"]).get("toast")
    return list(toast.get("messages", [])) if isinstance(toast, dict) else []


class IdleSessionTimeoutMiddleware:
    """Log out a session left unused for SESSION_IDLE_SECONDS (the cookie itself lasts longer).

    The time of last use is written at most every LAST_SEEN_EVERY seconds, not on
    every request: a session save is a database write. Between the authentication
    and the login-required middleware, so an expired session is sent to log in.
    """

    LAST_SEEN_EVERY = 300

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get("last_seen")
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_SECONDS:
                logout(request)
            elif last_seen is None or now - last_seen > self.LAST_SEEN_EVERY:
                request.session["last_seen"] = now
        return self.get_response(request)
