"""Production settings, as the Docker image runs them: each test starts a fresh process."""

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def run_django(tmp_path: Path, args: list[str], **env: str) -> subprocess.CompletedProcess:
    """manage.py with only the given environment (no DATABASE_URL, no developer's settings)."""
    base = {
        "PATH": "/usr/bin:/bin",
        "RESUMEOPT_VAR_DIR": str(tmp_path),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "resumes.example.com",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    result = run_django(tmp_path, ["check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    # Only HSTS preloading is silenced: an opt-in (SECURE_HSTS_PRELOAD=1), see settings.
    assert "System check identified no issues (1 silenced)." in result.stdout
    assert "WARNING" not in result.stderr


def test_deploy_check_is_clean_with_hsts_preload_too(tmp_path):
    result = run_django(
        tmp_path, ["check", "--deploy", "--fail-level", "WARNING"], SECURE_HSTS_PRELOAD="1"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_settings_secure_cookies_and_transport(tmp_path):
    code = (
        "from django.conf import settings as s; import json; print(json.dumps({"
        "'session': s.SESSION_COOKIE_SECURE, 'csrf': s.CSRF_COOKIE_SECURE,"
        "'httponly': s.SESSION_COOKIE_HTTPONLY, 'hsts': s.SECURE_HSTS_SECONDS,"
        "'subdomains': s.SECURE_HSTS_INCLUDE_SUBDOMAINS, 'redirect': s.SECURE_SSL_REDIRECT,"
        "'proxy': s.SECURE_PROXY_SSL_HEADER, 'frame': s.X_FRAME_OPTIONS}))"
    )
    result = run_django(tmp_path, ["shell", "--no-imports", "-c", code])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "session": True,
        "csrf": True,
        "httponly": True,
        "hsts": 31536000,
        "subdomains": True,
        "redirect": True,
        "proxy": ["HTTP_X_FORWARDED_PROTO", "https"],
        "frame": "DENY",
    }


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_django(tmp_path, ["check"], SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_json_logs_are_one_object_per_line(tmp_path):
    code = (
        "import logging; log = logging.getLogger('resumeopt.demo');"
        "log.warning('export %s failed', 7, extra={'export_id': 7})\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    log.exception('boom')"
    )
    result = run_django(tmp_path, ["shell", "--no-imports", "-c", code], LOG_FORMAT="json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    warning, error = lines[-2], lines[-1]
    assert warning["level"] == "WARNING"
    assert warning["logger"] == "resumeopt.demo"
    assert warning["message"] == "export 7 failed"
    assert warning["export_id"] == 7
    assert warning["time"].endswith("+00:00")
    assert error["level"] == "ERROR" and "ZeroDivisionError" in error["exception"]


def test_plain_logs_are_the_default(tmp_path):
    code = "import logging; logging.getLogger('resumeopt.demo').warning('hello')"
    result = run_django(tmp_path, ["shell", "--no-imports", "-c", code])
    assert result.returncode == 0, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line.endswith("WARNING resumeopt.demo hello") and not line.startswith("{")


def test_an_unknown_log_format_is_refused(tmp_path):
    result = run_django(tmp_path, ["check"], LOG_FORMAT="xml")
    assert result.returncode != 0
    assert "LOG_FORMAT must be plain or json" in result.stderr


def test_media_storage_is_configured_from_the_environment(tmp_path):
    code = (
        "from django.core.files.storage import storages; d = storages['default'];"
        "print(type(d).__name__, d.bucket_name, d.endpoint_url)"
    )
    result = run_django(
        tmp_path,
        ["shell", "--no-imports", "-c", code],
        MEDIA_STORAGE_BACKEND="storages.backends.s3.S3Storage",
        MEDIA_STORAGE_OPTIONS='{"bucket_name": "resumeopt-media", "endpoint_url": "http://127.0.0.1:9000"}',
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["S3Storage", "resumeopt-media", "http://127.0.0.1:9000"]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("MEDIA_STORAGE_OPTIONS", "[1, 2]", "MEDIA_STORAGE_OPTIONS must be a JSON object"),
        ("RATE_LIMIT_LOGIN", "ten per minute", "RATE_LIMIT_LOGIN must look like 10/15m"),
        ("METRICS_ALLOWED_IPS", "10.0.0.0/8,not-an-ip", "'not-an-ip' is not an address"),
    ],
)
def test_malformed_settings_stop_the_start_with_a_clear_message(tmp_path, name, value, message):
    result = run_django(tmp_path, ["check"], **{name: value})
    assert result.returncode != 0
    assert message in result.stderr
