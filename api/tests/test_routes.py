"""api/routes.json lists the API's routes so URLs need not build the API (api/urls.py)."""

import os
import subprocess
import sys

from django.conf import settings
from django.urls import resolve, reverse

from api.urls import ROUTES_FILE, api_patterns, route_table, routes_json, urlpatterns


def test_routes_json_is_what_the_api_makes():
    made = routes_json(route_table(api_patterns()))
    assert ROUTES_FILE.read_text("utf-8") == made, (
        "api/routes.json is out of date: run `manage.py api_routes`"
    )
    assert route_table(urlpatterns) == route_table(api_patterns())


def test_each_route_calls_the_view_django_ninja_made_for_it(api, read_token):
    match = resolve(reverse("api:list_resumes"))
    assert match.view_name == "api:list_resumes"
    assert api(read_token).get(reverse("api:list_resumes")).status_code == 200
    assert api(read_token).get(reverse("api:openapi-json")).json()["info"]["title"] == (
        "ResumeOpt API"
    )


def test_checking_and_reversing_urls_does_not_build_the_api():
    program = (
        "import sys, django; django.setup();"
        "from django.core.management import call_command; call_command('check');"
        "from django.urls import reverse; reverse('api:get_resume', args=[1]);"
        "sys.exit('ninja' in sys.modules)"
    )
    finished = subprocess.run(
        [sys.executable, "-c", program],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "resumeopt.settings"},
        capture_output=True,
        text=True,
    )
    assert finished.returncode == 0, finished.stderr
