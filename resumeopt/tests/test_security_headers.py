"""Security headers on every page, and templates that need nothing the policy forbids."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("name", ["landing", "login", "signup"])
def test_public_pages_send_the_content_security_policy(client, name):
    response = client.get(reverse(name))
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval'
    assert csp["style-src"] == ["'self'"]
    assert csp["connect-src"][0] == "'self'"  # the sockets: ws/wss of this origin
    assert csp["frame-src"] == ["'self'"]
    assert csp["object-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]


def test_pages_refuse_to_be_framed(user_client, resume):
    response = user_client.get(reverse("resume_detail", args=[resume.pk]))
    assert response["X-Frame-Options"] == "DENY"
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_pdf_preview_may_be_framed_by_this_site_only(user_client, resume):
    response = user_client.get(reverse("exports:preview", args=[resume.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_the_export_page_may_frame_its_preview(user_client, resume):
    response = user_client.get(reverse("exports:resume", args=[resume.pk]))
    assert response.status_code == 200
    assert "<iframe" in response.content.decode()
    assert policy(response)["frame-src"] == ["'self'"]


def test_extra_connect_origins_come_from_the_environment(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; import django; django.setup();"
            " print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['connect-src'])",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "resumeopt.settings",
            "RESUMEOPT_VAR_DIR": str(tmp_path),
            "CSP_CONNECT_SRC": "wss://live.example.com",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[\"'self'\", 'wss://live.example.com']"


# Templates ------------------------------------------------------------------------------------

# The HTML export is a standalone document the user downloads, not a page of this site.
STANDALONE_DOCUMENTS = {"exports/templates/exports/resume_export.html"}

FORBIDDEN = {
    "an inline <script>": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),
    "an inline <style>": re.compile(r"<style\b", re.I),
    "a style= attribute": re.compile(r"\sstyle\s*=", re.I),
    "an on...= event handler": re.compile(r"\son[a-z]+\s*=", re.I),
    "an hx-on attribute (evaluated as script)": re.compile(r"\shx-on", re.I),
    "a javascript: URL": re.compile(r"javascript:", re.I),
    "js: in hx-vals (evaluated as script)": re.compile(r"hx-vals\s*=\s*['\"]\s*js:", re.I),
    "an hx-trigger filter (evaluated as script)": re.compile(r"hx-trigger\s*=\s*\"[^\"]*\[", re.I),
}


def template_files() -> list[Path]:
    found = []
    for directory in [ROOT / "templates", *ROOT.glob("*/templates")]:
        if ".venv" in directory.parts:
            continue
        found += sorted(directory.rglob("*.html"))
    return [path for path in found if str(path.relative_to(ROOT)) not in STANDALONE_DOCUMENTS]


def test_there_are_templates_to_check():
    assert len(template_files()) > 20


def test_templates_need_no_inline_script_or_style():
    """Our policy allows neither; htmx runs with allowEval off, so nothing may need eval either."""
    offenders = []
    for path in template_files():
        text = path.read_text(encoding="utf-8")
        problems = [what for what, pattern in FORBIDDEN.items() if pattern.search(text)]
        if problems:
            offenders.append(f"{path.relative_to(ROOT)}: {', '.join(problems)}")
    assert not offenders, "templates the CSP would break:\n" + "\n".join(offenders)


def test_htmx_is_configured_never_to_evaluate_script(client):
    page = client.get(reverse("landing")).content.decode()
    assert '"allowEval": false' in page
    assert '"includeIndicatorStyles": false' in page  # it would inject an inline <style>
