"""The Dockerfile and docker-compose.yml, read as data (no Docker daemon is needed or used)."""

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APP_SERVICES = {"migrate", "web", "worker", "beat"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def test_compose_runs_web_worker_beat_postgres_and_redis(compose):
    services = compose["services"]
    assert set(services) == APP_SERVICES | {"db", "redis"}
    assert services["web"]["command"][0] == "daphne"
    assert services["worker"]["command"][:4] == ["celery", "-A", "resumeopt", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "resumeopt", "beat"]
    assert services["db"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert "--appendonly" in services["redis"]["command"]  # queued tasks survive a restart


def test_the_app_services_share_one_image_and_wait_for_their_services(compose):
    services = compose["services"]
    for name in APP_SERVICES:
        assert services[name]["image"] == "resumeopt:latest"
        assert services[name]["build"] == "."
        depends = services[name]["depends_on"]
        assert depends["db"]["condition"] == depends["redis"]["condition"] == "service_healthy"
    for name in APP_SERVICES - {"migrate"}:
        assert services[name]["depends_on"]["migrate"]["condition"] == (
            "service_completed_successfully"
        )


def test_every_long_running_service_has_a_healthcheck(compose):
    for name in ("web", "worker", "beat", "db", "redis"):
        assert compose["services"][name]["healthcheck"]["test"], name
    assert "/healthz" in " ".join(compose["services"]["web"]["healthcheck"]["test"])


def test_beat_runs_once_and_keeps_its_schedule(compose):
    beat = compose["services"]["beat"]
    assert beat.get("deploy", {}).get("replicas", 1) == 1
    schedule = beat["command"][beat["command"].index("--schedule") + 1]
    assert any(schedule.startswith(volume.split(":")[1]) for volume in beat["volumes"])


def test_web_and_worker_share_the_media_volume(compose):
    for name in ("web", "worker"):
        assert "media:/app/var/media" in compose["services"][name]["volumes"]
    assert "media" in compose["volumes"]


def test_production_settings_and_secrets_are_required(compose):
    environment = compose["services"]["web"]["environment"]
    assert environment["DEBUG"] == "0"
    assert environment["LOG_FORMAT"] == "json"
    for name in ("SECRET_KEY", "ALLOWED_HOSTS"):
        assert environment[name].startswith(f"${{{name}:?")
    assert "${POSTGRES_PASSWORD:?" in environment["DATABASE_URL"]
    assert compose["services"]["web"]["ports"] == ["127.0.0.1:${WEB_PORT:-8000}:8000"]


def test_every_variable_compose_sets_is_one_the_app_reads(compose):
    source = (ROOT / "resumeopt" / "settings.py").read_text()
    provider_keys = {"OPENAI_API_KEY", "ANTHROPIC_API_KEY"}  # read by litellm itself
    for name in compose["services"]["web"]["environment"]:
        assert name in provider_keys or f'"{name}"' in source, f"{name} is not a setting"


def test_the_image_is_multi_stage_non_root_and_serves_with_daphne(dockerfile):
    assert len(re.findall(r"^FROM ", dockerfile, re.M)) == 2
    assert re.search(r"^USER resumeopt$", dockerfile, re.M)
    assert "collectstatic --noinput" in dockerfile
    assert re.search(r'^CMD \["daphne"', dockerfile, re.M)
    assert re.search(r"LOG_FORMAT=json", dockerfile)
    assert "/healthz" in dockerfile


def test_the_image_ships_the_projects_bytecode_compiled(dockerfile):
    # Its processes may not write it (PYTHONDONTWRITEBYTECODE, a read-only /app): compiled
    # after the code is copied in, or each start compiles every module.
    assert "PYTHONDONTWRITEBYTECODE=1" in dockerfile
    assert dockerfile.index("python -m compileall -q /app") > dockerfile.index("COPY . /app")
    assert dockerfile.index("python -m compileall -q /app") < dockerfile.index("USER resumeopt")


def test_the_build_context_leaves_local_state_out():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for path in (".venv", "var", ".git", ".env", "**/*.sqlite3"):
        assert path in ignored
