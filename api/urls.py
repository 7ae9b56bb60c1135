"""/api/: the NinjaAPI's routes, which authenticate by token rather than by log-in session."""

from django.contrib.auth.decorators import login_not_required

from api.main import api

patterns, _, _ = api.urls
for pattern in patterns:
    # Token auth replaces the session: LoginRequiredMiddleware must let these through.
    login_not_required(pattern.callback)

app_name = "api"
urlpatterns = patterns
