"""/api/: the NinjaAPI's routes, which authenticate by token rather than by log-in session.

The routes are read from routes.json rather than from the API itself: resolving and
reversing them, and the URL checks every management command runs, then need neither
django-ninja and pydantic nor the API's schemas, which were a quarter of a command's
start. The API is built when one of its routes is first called (web processes and
workers build it as they start: ApiConfig.warm_up), and each route calls the view
django-ninja made for it. `manage.py api_routes` rewrites routes.json from the API;
a test checks that the two agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, path

ROUTES_FILE = Path(__file__).with_name("routes.json")


def api_patterns() -> list[URLPattern]:
    """The URL patterns django-ninja makes for the API (which imports and builds it)."""
    from api.main import api

    patterns, _, _ = api.urls
    return patterns


def route_table(patterns: list[URLPattern]) -> list[dict]:
    """What routes.json keeps of each pattern: its route, its name and whether the view
    is exempt from the CSRF check."""
    return [
        {
            "route": str(pattern.pattern),
            "name": pattern.name,
            "csrf_exempt": bool(getattr(pattern.callback, "csrf_exempt", False)),
        }
        for pattern in patterns
    ]


@cache
def api_views() -> dict[str, Callable]:
    """Each route's view as django-ninja made it, by the route's name."""
    return {pattern.name: pattern.callback for pattern in api_patterns()}


def _route(entry: dict) -> URLPattern:
    name = entry["name"]

    def view(request, *args, **kwargs):
        return api_views()[name](request, *args, **kwargs)

    view.__name__ = view.__qualname__ = name
    view.csrf_exempt = entry["csrf_exempt"]
    # Token auth replaces the session: LoginRequiredMiddleware must let these through.
    return path(entry["route"], login_not_required(view), name=name)


app_name = "api"
urlpatterns = [_route(entry) for entry in json.loads(ROUTES_FILE.read_text("utf-8"))]


def routes_json(table: list[dict]) -> str:
    """routes.json's text: a route a line."""
    return "[\n" + ",\n".join(f"  {json.dumps(entry)}" for entry in table) + "\n]\n"
