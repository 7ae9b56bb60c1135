"""Share links: the owner's page to make and revoke them, and the public pages they open.

The public pages need no log-in and show only the shared resume: no site
navigation, no account, no other resume. They are rate limited per address,
marked noindex and never cached by shared caches.
"""

from __future__ import annotations

from datetime import timedelta

from csp.decorators import csp_update
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from exports import exporting, sharing
from exports.forms import ShareLinkForm, SharePasswordForm
from exports.models import ShareLink
from exports.renderers import (
    ExportError,
    ExportOptions,
    content_type,
    file_name,
)
from exports.renderers import (
    render as render_file,
)
from exports.views import owned_resume
from resumeopt.platform import ratelimits

NOINDEX = "noindex, nofollow, noarchive"


@require_http_methods(["GET", "POST"])
def share_links(request: HttpRequest, pk: int) -> HttpResponse:
    """The resume's share links with their daily counts, and the form to make one."""
    resume = owned_resume(request, pk)
    form = ShareLinkForm(
        request.POST or None,
        sources=exporting.sources(resume),
        initial={"source": request.GET.get("source", exporting.CURRENT)},
    )
    if request.method == "POST" and form.is_valid():
        days = form.cleaned_data["expires_in"]
        try:
            source = sharing.check_shareable(resume, form.cleaned_data["source"])
        except ExportError as error:
            form.add_error("source", str(error))
        else:
            link = sharing.create_link(
                resume,
                source,
                password=form.cleaned_data["password"],
                expires_at=timezone.now() + timedelta(days=int(days)) if days else None,
            )
            messages.success(request, f"Made a share link for “{link.label}”.")
            return redirect("exports:shares", pk=resume.pk)
    links = [
        {
            "link": link,
            "status": sharing.status(link),
            "days": sharing.daily_counts(link),
            "url": request.build_absolute_uri(link.get_absolute_url()),
        }
        for link in ShareLink.objects.filter(resume=resume, owner=request.user)
    ]
    return render(
        request,
        "exports/shares.html",
        {"resume": resume, "form": form, "links": links},
        status=400 if form.errors else 200,
    )


@require_POST
def share_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(ShareLink, pk=pk, owner=request.user)
    sharing.revoke(link)
    messages.success(request, f"Revoked the link to “{link.label}”. It no longer opens.")
    return redirect("exports:shares", pk=link.resume_id)


def _public(response: HttpResponse) -> HttpResponse:
    response["X-Robots-Tag"] = NOINDEX
    response["Cache-Control"] = "private, no-store"
    return response


def _link_or_404(token: str) -> ShareLink:
    link = sharing.open_link(token)
    if link is None:
        raise Http404("This link does not exist, was revoked or has expired.")
    return link


def _unlocked(request: HttpRequest, link: ShareLink) -> bool:
    return not link.password or request.session.get(f"share-{link.pk}") == link.password[-16:]


@login_not_required
@require_http_methods(["GET", "POST"])
@ratelimits.rate_limit("share", key=ratelimits.client_ip, methods=("GET", "POST"))
@csp_update({"style-src": ["'unsafe-inline'"]})  # the resume's own stylesheet is inline
def shared_page(request: HttpRequest, token: str) -> HttpResponse:
    link = _link_or_404(token)
    if not _unlocked(request, link):
        form = SharePasswordForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            if sharing.password_matches(link, form.cleaned_data["password"]):
                request.session[f"share-{link.pk}"] = link.password[-16:]
                return redirect(link)
            form.add_error("password", "That is not the password for this link.")
        response = render(
            request,
            "exports/share_password.html",
            {"form": form},
            status=400 if form.errors else 200,
        )
        return _public(response)
    try:
        document = sharing.shared_document(link)
        html = render_file(document, "html", ExportOptions()).decode("utf-8")
    except ExportError:
        raise Http404("What this link shared no longer exists.") from None
    sharing.count(link, "view")
    bar = f'<p><a href="{escape(link.get_absolute_url())}pdf/">Download PDF</a></p>'
    html = html.replace("<head>", f'<head>\n<meta name="robots" content="{NOINDEX}">', 1)
    html = html.replace("<body>", f"<body>\n{bar}", 1)
    return _public(HttpResponse(html))


@login_not_required
@require_GET
@ratelimits.rate_limit("share", key=ratelimits.client_ip, methods=("GET",))
def shared_pdf(request: HttpRequest, token: str) -> HttpResponse:
    link = _link_or_404(token)
    if not _unlocked(request, link):
        return redirect(link)
    try:
        document = sharing.shared_document(link)
        data = render_file(document, "pdf", ExportOptions())
    except ExportError:
        raise Http404("What this link shared no longer exists.") from None
    sharing.count(link, "download")
    response = HttpResponse(data, content_type=content_type("pdf"))
    response["Content-Disposition"] = content_disposition_header(True, file_name(document, "pdf"))
    return _public(response)
