"""`next` after a POST: followed only while it stays on this site, as Django's log-in does."""

import pytest
from django.test import RequestFactory

from resumeopt.forms import NextForm


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/resumes/3/", "/resumes/3/"),
        ("/versions/resumes/3/?page=2", "/versions/resumes/3/?page=2"),
        ("http://testserver/exports/", "http://testserver/exports/"),
        ("https://evil.example/phish", None),
        ("//evil.example/phish", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_only_a_page_of_this_site_is_followed(next_url, expected):
    request = RequestFactory().post("/", {"next": next_url})
    assert NextForm(request.POST).safe_url(request) == expected


def test_a_missing_next_is_none():
    request = RequestFactory().post("/", {})
    assert NextForm(request.POST).safe_url(request) is None


def test_a_secure_request_does_not_go_back_over_plain_http():
    request = RequestFactory().post("/", {"next": "http://testserver/exports/"}, secure=True)
    assert NextForm(request.POST).safe_url(request) is None
    request = RequestFactory().post("/", {"next": "https://testserver/exports/"}, secure=True)
    assert NextForm(request.POST).safe_url(request) == "https://testserver/exports/"
