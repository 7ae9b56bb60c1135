"""/metrics for Prometheus: open to the bearer of
METRICS_TOKEN or an allowed address, closed to others."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_metrics_are_closed_by_default(client, settings):
    settings.METRICS_TOKEN = ""
    settings.METRICS_ALLOWED_IPS = []
    response = client.get("/metrics")
    assert response.status_code == 403
    assert "METRICS_TOKEN" in response.content.decode()


def test_staff_sessions_do_not_open_metrics(client, django_user_model, settings):
    """Only the scraper's credentials count; the endpoint sits before sessions and logins."""
    settings.METRICS_TOKEN = "s3cret-token"
    staff = django_user_model.objects.create_superuser("admin", "a@example.com", "pw-admin-123")
    client.force_login(staff)
    assert client.get("/metrics").status_code == 403


def test_the_token_opens_metrics_with_request_and_database_figures(user_client, settings):
    settings.METRICS_TOKEN = "s3cret-token"
    user_client.get("/resumes/")  # a page view, with its queries
    response = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "django_http_requests_total_by_view_transport_method_total" in body
    assert 'view="dashboard"' in body
    assert "django_db_execute_total" in body  # the database backend is metered


def test_a_wrong_token_is_refused(client, settings):
    settings.METRICS_TOKEN = "s3cret-token"
    for header in ("Bearer wrong", "Bearer ", "Basic s3cret-token", "s3cret-token"):
        assert client.get("/metrics", HTTP_AUTHORIZATION=header).status_code == 403


def test_allowed_networks_open_metrics_without_a_token(client, settings):
    settings.METRICS_TOKEN = ""
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8", "2001:db8::1"]
    assert client.get("/metrics", REMOTE_ADDR="10.20.30.40").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="2001:db8::1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.1").status_code == 403


def test_scrapers_reach_metrics_by_internal_address_over_plain_http(client, settings):
    settings.METRICS_TOKEN = "s3cret-token"
    settings.ALLOWED_HOSTS = ["resumes.example.com"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(
        "/metrics", HTTP_HOST="web:8000", HTTP_AUTHORIZATION="Bearer s3cret-token"
    )
    assert response.status_code == 200
