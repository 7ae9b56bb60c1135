"""Sign-up and the account page; log in, log out and passwords use Django's auth views."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from resumeopt.forms import SignUpForm


@login_not_required
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to ResumeOpt. Start by importing your resume.")
        return redirect("dashboard")
    return render(request, "registration/signup.html", {"form": form})


@require_GET
def account(request: HttpRequest) -> HttpResponse:
    return render(request, "registration/account.html")
