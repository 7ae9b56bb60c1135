"""Django messages as toasts for htmx requests."""

import json

from django.contrib import messages


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
        trigger = _parse_trigger(response.headers.get("HX-Trigger", ""))
        trigger["toast"] = {"messages": toasts}
        response.headers["HX-Trigger"] = json.dumps(trigger)
        return response


def _parse_trigger(value: str) -> dict:
    if not value:
        return {}
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return {name.strip(): None for name in value.split(",") if name.strip()}
    return parsed if isinstance(parsed, dict) else {}
