import pytest
from django.urls import reverse

from resumeopt import health

pytestmark = pytest.mark.django_db


def test_healthz_reports_every_service_up(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "channel_layer", "broker"}
    assert all(check["ok"] for check in body["checks"].values())


def test_healthz_is_503_when_a_service_is_down(client, monkeypatch):
    def broken():
        raise ConnectionRefusedError("broker unreachable")

    monkeypatch.setitem(health.CHECKS, "broker", broken)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["broker"]["error"].endswith("broker unreachable")


def test_broker_check_fails_against_a_closed_port():
    from resumeopt.celery import app

    original = app.conf.broker_url, app.conf.broker_transport_options
    app.conf.broker_url, app.conf.broker_transport_options = "redis://127.0.0.1:1/0", {}
    try:
        with pytest.raises(Exception):  # noqa: B017 - any connection error will do
            health.check_broker()
    finally:
        app.conf.broker_url, app.conf.broker_transport_options = original
