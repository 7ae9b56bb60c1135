"""Every main page, on a phone (390 × 844) and on a desktop (1280 × 900).

Each page must load without a console error, a failed request or an HTTP
error, and fit the screen: nothing may widen the page past the viewport
(tables scroll inside their card). The account menu must be reachable at
every width. Screenshots of each page go to test-artifacts/every-page/ to
look at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.urls import reverse
from playwright.sync_api import expect

from applications.tracking import track_job
from exports import exporting, sharing
from jobs.extraction import extract_requirements
from jobs.models import JobDescription, RankingBatch
from jobs.ranking import run_batch
from letters.models import Letter
from resumeopt.resumes import ChangeReason, create_resume, save_at
from tests.e2e.pages import ARTIFACTS, settled
from versions import history

SAMPLE = Path(__file__).resolve().parents[2] / "resumeopt" / "sample" / "sample.resume.json"
PASSWORD = "a-long-password-21"
POSTING = """Senior Backend Engineer
Globex Corporation

Requirements
- 5+ years of Python and PostgreSQL.
- Experience with Kubernetes and AWS.
Nice to have
- Go, Kafka.
"""
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}


@dataclass
class World:
    username: str
    pages: dict[str, str]


@pytest.fixture
def world(django_user_model) -> World:
    user = django_user_model.objects.create_user("morgan", "morgan@example.com")
    hasher = PBKDF2PasswordHasher()  # the live server checks with the production hashers
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])

    resume = create_resume(user, "Morgan's resume", json.loads(SAMPLE.read_text()))
    history.name_version(resume, history.records(resume).first(), owner=user, name="Sent to Acme")
    save_at(resume, "basics/label", "Staff Software Engineer", user=user, reason=ChangeReason.EDIT)
    resume.refresh_from_db()

    export = exporting.export_file(
        resume, exporting.source_for(resume, "current"), "pdf", exporting.default_options(user)
    )
    exporting.export_file(
        resume, exporting.source_for(resume, "current"), "md", exporting.default_options(user)
    )
    share = sharing.create_link(resume, exporting.Source("current", "Current state"))

    job = JobDescription.objects.create(
        owner=user,
        title="Senior Backend Engineer",
        company="Globex Corporation",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )
    batch = RankingBatch.objects.create(
        owner=user,
        resume=resume,
        name="Two postings",
        source_text=POSTING + "\n---\n" + POSTING.replace("Globex", "Initech"),
    )
    run_batch(batch)
    application, _ = track_job(user, job, resume=resume)
    letter = Letter.objects.create(
        owner=user,
        title="Letter to Globex",
        resume=resume,
        job=job,
        body="Dear hiring team,\n\nI build backend services in Python.\n\nBest regards,\nAlex",
    )

    pages = {
        "dashboard": reverse("dashboard"),
        "resume": resume.get_absolute_url(),
        "section-edit": reverse("unit_edit", args=[resume.pk, "work/0"]),
        "report": reverse("optimizer:report", args=[resume.pk]),
        "scoring": reverse("optimizer:scoring"),
        "learned": reverse("optimizer:learned"),
        "history": reverse("versions:history", args=[resume.pk]),
        "diff": reverse("versions:compare", args=[resume.pk]),
        "export": reverse("exports:resume", args=[resume.pk]),
        "exports": reverse("exports:list"),
        "export-detail": export.get_absolute_url(),
        "shares": reverse("exports:shares", args=[resume.pk]),
        "jobs": reverse("jobs:list"),
        "job": job.get_absolute_url(),
        "match": reverse("jobs:match", args=[job.pk]),
        "batch": batch.get_absolute_url(),
        "applications-board": reverse("applications:board"),
        "applications-list": reverse("applications:list"),
        "application": reverse("applications:detail", args=[application.pk]),
        "insights": reverse("applications:insights"),
        "letters": reverse("letters:list"),
        "letter": letter.get_absolute_url(),
        "chat": reverse("conversations:chat", args=[resume.pk, "work/0"]),
        "optimize": reverse("conversations:optimize", args=[resume.pk]),
        "account": reverse("account"),
        "share-link": share.get_absolute_url(),
        "api-docs": "/api/docs",
    }
    return World(user.username, pages)


class Problems:
    """Console errors, uncaught exceptions, failed requests and HTTP errors of a page."""

    def __init__(self, page) -> None:
        self.found: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.found.append(f"uncaught: {error}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, message) -> None:
        if message.type == "error":
            self.found.append(f"console: {message.text}")

    def _failed(self, request) -> None:
        if not request.url.startswith("http"):
            return  # the browser's own PDF viewer in the export preview
        self.found.append(f"failed: {request.method} {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.found.append(f"HTTP {response.status}: {response.url}")

    def take(self) -> list[str]:
        found, self.found = self.found, []
        return found


def _log_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()


def _overflow(page) -> int:
    """How many pixels the page is wider than the screen (0 when it fits)."""
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


def _wide_elements(page) -> list[str]:
    """The outermost elements that reach past the right edge, to say what overflows."""
    return page.evaluate(
        """() => {
            const wide = new Set([...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1));
            return [...wide].filter(el => !wide.has(el.parentElement))
              .slice(0, 5).map(el => el.outerHTML.slice(0, 160));
        }"""
    )


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_page_loads_cleanly_and_fits_the_screen(page, world, viewport):
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})
    problems = Problems(page)
    _log_in(page, world.username)
    page.wait_for_load_state("networkidle")
    problems.take()  # what the log-in page left unfinished when the dashboard came
    shots = ARTIFACTS / "every-page"
    shots.mkdir(parents=True, exist_ok=True)
    report: dict[str, list[str]] = {}
    for name, url in world.pages.items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        found = problems.take()
        overflow = _overflow(page)
        if overflow > 0:
            found.append(f"{overflow} px wider than the screen: {_wide_elements(page)}")
        # The share link and the API docs are pages of their own, without the header.
        has_header = name not in ("share-link", "api-docs")
        if has_header and not page.get_by_label(f"Account menu: {world.username}").is_visible():
            found.append("the account menu is not visible")
        page.screenshot(path=str(shots / f"{viewport}-{name}.png"), full_page=True)
        if found:
            report[name] = found
    assert not report, json.dumps(report, indent=1)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_account_menu_opens_closes_and_leads_to_the_account(page, world, viewport):
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})
    _log_in(page, world.username)
    settled(page)
    menu = page.get_by_label(f"Account menu: {world.username}")
    settings = page.get_by_role("link", name="Account settings")
    expect(settings).to_be_hidden()

    menu.click()
    expect(settings).to_be_visible()
    expect(page.get_by_role("link", name="What ResumeOpt has learned")).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    assert _overflow(page) <= 0  # the open panel stays on the screen
    page.keyboard.press("Escape")
    expect(settings).to_be_hidden()
    expect(menu).to_be_focused()

    menu.click()
    expect(settings).to_be_visible()
    page.mouse.click(5, height - 5)  # a click elsewhere closes it
    expect(settings).to_be_hidden()

    menu.click()
    settings.click()
    expect(page.get_by_role("heading", name="Your account", exact=True)).to_be_visible()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_a_link_from_the_match_page_shows_the_entry_below_the_sticky_header(page, world, viewport):
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})
    _log_in(page, world.username)
    page.goto(world.pages["match"])
    link = page.locator("a[href*='#unit-']").last
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    entry = page.locator(f"#{target}")
    expect(entry).to_be_visible()
    settled(page)
    header_bottom = page.evaluate(
        "document.querySelector('.site-header').getBoundingClientRect().bottom"
    )
    entry_top = page.evaluate(f"document.getElementById('{target}').getBoundingClientRect().top")
    assert entry_top >= header_bottom


def test_cards_side_by_side_line_up_at_the_top(page):
    page.goto("/")
    tops = page.evaluate(
        "[...document.querySelectorAll('.grid > .card')].map(c => c.getBoundingClientRect().top)"
    )
    assert len(tops) == 3 and len(set(tops)) == 1, tops
