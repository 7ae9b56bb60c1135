"""The NinjaAPI instance: routers, token auth on every route, and JSON errors.

Every error is {"error": "..."} (validation errors add "detail"), the shape the
chat JSON endpoints have always used, so a client handles one kind of error.
"""

from __future__ import annotations

import json

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser

from api import applications, conversations, jobs, resumes
from api.auth import RateLimited, TokenAuth
from resumeopt.jsonlimits import loads_limited


class BundledSwagger(Swagger):
    """The Swagger UI from the files django-ninja ships (settings.NINJA_FILES).

    ninja uses them only when it is an installed app, which it is not, and otherwise loads
    the UI from a CDN, which the site's Content-Security-Policy refuses.
    """

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs) -> HttpResponse:
        self.settings["url"] = self.get_openapi_url(api, kwargs)
        context = {
            "swagger_settings": json.dumps(self.settings, indent=1),
            "api": api,
            "add_csrf": False,  # bearer tokens, not the session cookie: no CSRF token to send
        }
        return render(request, self.template, context)


class LimitedParser(Parser):
    """Request bodies read as every JSON from outside is (`loads_limited`): a NUL or half a
    surrogate pair never reaches the database, which cannot store them. ninja answers any
    body it cannot parse (too deep, a number too long) with 400."""

    def parse_body(self, request: HttpRequest):
        return loads_limited(request.body)


api = NinjaAPI(
    parser=LimitedParser(),
    title="ResumeOpt API",
    version="1",
    description=(
        "Your resumes, analyses, job postings, matches, versions, exports and assistant "
        "conversations. Authenticate with a personal access token from your account page: "
        "`Authorization: Bearer <token>`. Read tokens may only use GET."
    ),
    auth=TokenAuth(),
    urls_namespace="api",
    openapi_url="/schema",
    docs_url="/docs",
    docs=BundledSwagger(),
)
api.add_router("/resumes", resumes.router)
api.add_router("/jobs", jobs.router)
api.add_router("/applications", applications.router)
api.add_router("", conversations.router)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError):
    return api.create_response(
        request,
        {"error": "Send a valid personal access token: Authorization: Bearer <token>."},
        status=401,
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError):
    return api.create_response(request, {"error": str(exc)}, status=exc.status_code)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404):
    return api.create_response(request, {"error": "Not found."}, status=404)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError):
    return api.create_response(
        request, {"error": "The request is not valid.", "detail": exc.errors}, status=422
    )


@api.exception_handler(RateLimited)
def _rate_limited(request: HttpRequest, exc: RateLimited):
    response = api.create_response(request, {"error": str(exc)}, status=429)
    response["Retry-After"] = str(exc.verdict.retry_after)
    return response
