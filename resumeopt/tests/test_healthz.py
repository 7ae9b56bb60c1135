"""/healthz says the process is alive; /readyz says whether the services it needs answer."""

import pytest

from resumeopt.platform import health

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_any_service(client, monkeypatch):
    def broken():
        raise AssertionError("liveness must not run the readiness checks")

    for name in health.CHECKS:
        monkeypatch.setitem(health.CHECKS, name, broken)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_reports_every_service_up(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "channel_layer", "broker"}
    assert all(check["ok"] for check in body["checks"].values())


def test_readyz_is_503_when_a_service_is_down_and_hides_the_message(client, monkeypatch, caplog):
    def broken():
        raise ConnectionRefusedError("Error 111 connecting to redis.internal:6379")

    monkeypatch.setitem(health.CHECKS, "broker", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["broker"] == {
        "ok": False,
        "backend": "",
        "ms": body["checks"]["broker"]["ms"],
        "error": "ConnectionRefusedError",
    }
    assert "redis.internal" not in response.content.decode()
    assert "redis.internal" in caplog.text  # the operator still finds it in the log


def test_probes_answer_any_host_over_plain_http(client, settings):
    """Load balancers and container checks use the internal address, without TLS."""
    settings.ALLOWED_HOSTS = ["resumes.example.com"]
    settings.SECURE_SSL_REDIRECT = True
    for path in ("/healthz", "/readyz"):
        assert client.get(path, HTTP_HOST="10.0.0.7:8000").status_code == 200
    # The rest of the site still refuses an unknown host.
    assert client.get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400


def test_probes_need_no_login(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_broker_check_fails_against_a_closed_port():
    from resumeopt.celery import app

    conf = app.conf
    original = conf.broker_url, conf.broker_transport, conf.broker_transport_options
    # The embedded default names its transport class, which outranks the URL's scheme.
    conf.broker_url, conf.broker_transport, conf.broker_transport_options = (
        "redis://127.0.0.1:1/0",
        None,
        {},
    )
    try:
        with pytest.raises(Exception):  # noqa: B017 - any connection error will do
            health.check_broker()
    finally:
        conf.broker_url, conf.broker_transport, conf.broker_transport_options = original
