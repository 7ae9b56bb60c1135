"""Rewrite api/routes.json from the API's routes, after adding, renaming or removing one.

    manage.py api_routes

api/urls.py reads the routes from that file, so that URL checks and reversing need
not build the API (see there).
"""

from django.core.management.base import BaseCommand

from api.urls import ROUTES_FILE, api_patterns, route_table, routes_json


class Command(BaseCommand):
    help = "Rewrite api/routes.json from the routes django-ninja makes for the API."

    def handle(self, *args, **options):
        table = route_table(api_patterns())
        ROUTES_FILE.write_text(routes_json(table), "utf-8")
        self.stdout.write(f"Wrote {len(table)} routes to {ROUTES_FILE}.")
