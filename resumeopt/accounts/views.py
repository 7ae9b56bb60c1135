"""Sign-up, log-in, the account page, access tokens, the data download and account deletion.

Log-out and passwords use Django's auth views. Log-in and sign-up are rate limited
(resumeopt.platform.ratelimits): failed log-ins per username and address and per address,
sign-up attempts per address.
"""

from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.mail import send_mail
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from resumeopt.accounts import data as accountdata
from resumeopt.accounts import tokens
from resumeopt.accounts.forms import (
    AccessTokenForm,
    DeleteAccountForm,
    LoginAttemptForm,
    SignUpForm,
)
from resumeopt.accounts.models import PersonalAccessToken
from resumeopt.models import AuditEntry
from resumeopt.platform import audit, ratelimits


@login_not_required
@require_http_methods(["GET", "POST"])
@ratelimits.rate_limit("signup", key=ratelimits.client_ip)
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        audit.record(AuditEntry.Action.SIGNUP, user=user, request=request, obj=user)
        _tell_the_address_of_other_accounts(user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to ResumeOpt. Start by importing your resume.")
        return redirect("dashboard")
    return render(request, "registration/signup.html", {"form": form})


def _tell_the_address_of_other_accounts(user) -> None:
    """A new account uses an address other accounts have: tell the address, not the sign-up page."""
    others = get_user_model()._default_manager.filter(email__iexact=user.email).exclude(pk=user.pk)
    if not user.email or not others.exists():
        return
    send_mail(
        "A new ResumeOpt account uses your email address",
        render_to_string(
            "registration/address_reused_email.txt",
            {"user": user, "others": [other.get_username() for other in others]},
        ),
        None,
        [user.email],
        fail_silently=True,
    )


def limit_login_attempts(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Count a log-in attempt per username and address,
    and per address, before the password is checked.

    Counting first (atomically, in the cache or the database) is what holds under
    parallel guesses: checked first and counted after the slow password hash, 40
    parallel wrong passwords all got through. A successful log-in takes its
    attempts back.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "POST":
            return view(request, *args, **kwargs)
        username = LoginAttemptForm(request.POST).counted_username()
        address = ratelimits.client_ip(request)
        limits = (
            ("login", f"{username}|{address}"),
            ("login_ip", address),
            ("login_account", username),
        )
        for scope, identity in limits:
            verdict = ratelimits.hit(scope, identity)
            if not verdict.allowed:
                if scope == "login_account" and verdict.count == verdict.limit + 1:
                    _tell_owner_of_failed_log_ins(username, verdict.limit)
                return ratelimits.too_many_requests(request, scope, verdict)
        response = view(request, *args, **kwargs)
        if request.user.is_authenticated:
            ratelimits.reset("login", limits[0][1])
            ratelimits.refund("login_ip", address)
            ratelimits.refund("login_account", username)
        return response

    return wrapped


def _tell_owner_of_failed_log_ins(username: str, limit: int) -> None:
    """Email the account's owner, once per window, that its log-in is paused.

    The pause itself applies to any name typed, existing or not, so it tells a
    guesser nothing; only a real account gets the email.
    """
    user = (
        get_user_model()
        ._default_manager.filter(**{f"{get_user_model().USERNAME_FIELD}__iexact": username})
        .first()
    )
    if user is None or not user.email:
        return
    send_mail(
        "Log-ins to your ResumeOpt account are paused",
        render_to_string("registration/login_paused_email.txt", {"user": user, "limit": limit}),
        None,
        [user.email],
        fail_silently=True,
    )


@method_decorator(limit_login_attempts, name="post")
class LoginView(auth_views.LoginView):
    """Django's log-in, refusing a username and address (or an address) after too many attempts."""

    redirect_authenticated_user = True


@method_decorator(
    ratelimits.rate_limit("password_reset", key=ratelimits.client_ip), name="dispatch"
)
class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, limited per address: each request sends an email."""


def _account_page(request: HttpRequest, status: int = 200, **context) -> HttpResponse:
    context.setdefault("delete_form", DeleteAccountForm(request.user))
    context.setdefault("token_form", AccessTokenForm())
    context["access_tokens"] = PersonalAccessToken.objects.filter(owner=request.user)
    return render(request, "registration/account.html", context, status=status)


@require_GET
def account(request: HttpRequest) -> HttpResponse:
    return _account_page(request)


@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    """Make a token and show its secret on this one response, never again."""
    form = AccessTokenForm(request.POST)
    if not form.is_valid():
        return _account_page(request, status=400, token_form=form)
    days = form.cleaned_data["expires_in"]
    expires_at = timezone.now() + timedelta(days=int(days)) if days else None
    token, secret = tokens.create_token(
        request.user, form.cleaned_data["name"], form.cleaned_data["scope"], expires_at
    )
    response = _account_page(request, new_token=token, new_secret=secret)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(PersonalAccessToken, pk=pk, owner=request.user)
    tokens.revoke_token(token)
    messages.success(request, f"Revoked “{token.name}”. It no longer works.")
    return redirect("account")


@require_POST
def data_export(request: HttpRequest) -> FileResponse:
    """Everything the user owns, as a ZIP download (see resumeopt.accounts.data)."""
    audit.record(AuditEntry.Action.DATA_EXPORT, request=request, obj=request.user)
    archive = accountdata.build_export(request.user)
    name = f"resumeopt-{request.user.get_username()}-{timezone.localdate():%Y-%m-%d}.zip"
    return FileResponse(archive, as_attachment=True, filename=name, content_type="application/zip")


@require_POST
def account_delete(request: HttpRequest) -> HttpResponse:
    """Delete the account and all it owns, once the password is confirmed."""
    # A wrong password here counts as a failed log-in: a borrowed session must not guess it.
    identity = f"{request.user.get_username().lower()}|{ratelimits.client_ip(request)}"
    verdict = ratelimits.exceeded("login", identity)
    if verdict is not None:
        return ratelimits.too_many_requests(request, "login", verdict)
    form = DeleteAccountForm(request.user, request.POST)
    if not form.is_valid():
        ratelimits.hit("login", identity)
        return _account_page(request, status=400, delete_form=form)
    user, user_pk = request.user, request.user.pk
    logout(request)
    accountdata.delete_account(user)
    audit.record(
        AuditEntry.Action.ACCOUNT_DELETE, request=request, object_type="user", object_id=user_pk
    )
    messages.success(request, "Your account and everything in it were deleted. Goodbye.")
    return redirect("landing")
