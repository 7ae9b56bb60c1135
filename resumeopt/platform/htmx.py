"""The request a view gets when it reads htmx's headers, typed as django-htmx documents it.

django-htmx's middleware sets `request.htmx` on every request; a view that branches
on it (a fragment for htmx, the whole page otherwise) takes an `HtmxHttpRequest`.
"""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails
