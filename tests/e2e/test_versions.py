"""Journey: name a version, tailor a section, compare
with now, restore, and undo from the keyboard."""

import re

from playwright.sync_api import expect

from tests.e2e.accounts import log_in, make_user
from tests.e2e.pages import ARTIFACTS, settled, unlabelled_controls

OLD_BULLET = "Responsible for the public REST API used by 300 customers."
NEW_BULLET = "Owned the public REST API used by 450 customers, adding OAuth and rate limiting."


def _controls_at(page, revision: int):
    """The versions panel once it has reloaded for this revision (after an htmx edit)."""
    panel = page.locator(f'#version-controls[data-revision="{revision}"]')
    expect(panel.get_by_role("button", name="Undo")).to_be_visible()
    return panel


def test_name_edit_compare_restore_and_undo_with_the_keyboard(
    page, django_user_model, sample_document
):
    from resumeopt.resumes import create_resume

    user = make_user(django_user_model, "robin")
    resume = create_resume(user, "Robin's resume", sample_document)
    log_in(page, "robin")
    page.goto(f"/resumes/{resume.pk}/")
    role = "Senior Software Engineer at Brightwave Analytics"
    sections = page.locator("#resume-sections")  # the findings panel may quote the same text
    expect(page.get_by_role("heading", name="Robin's resume")).to_be_visible()

    # Name the current state in one step from the resume page.
    panel = _controls_at(page, 1)
    assert unlabelled_controls(page) == []
    expect(panel.get_by_role("button", name="Undo")).to_be_disabled()
    panel.get_by_label("Name").fill("Sent to Acme")
    panel.get_by_label("Note (optional)").fill("Before tailoring")
    panel.get_by_role("button", name="Save version").click()
    expect(
        page.get_by_role("status").filter(has_text="Saved version “Sent to Acme”")
    ).to_be_visible()
    settled(page)  # saving a version reloads the page

    # Tailor one role: a new title and a reworded bullet.
    page.get_by_role("link", name=f"Edit {role}").click()
    form = page.locator("form.unit-form")
    form.get_by_label("Job title").fill("Principal Engineer")
    bullets = form.get_by_label("Achievements")
    bullets.fill(bullets.input_value().replace(OLD_BULLET, NEW_BULLET))
    form.get_by_role("button", name="Save").click()
    expect(sections.get_by_text("Principal Engineer · Brightwave Analytics")).to_be_visible()

    # Undo and redo that edit from the keyboard (the panel follows the edit over htmx).
    _controls_at(page, 2)
    page.locator("body").press("Control+z")
    expect(page.get_by_role("status").filter(has_text="Undone")).to_be_visible()
    expect(sections.get_by_text("Senior Software Engineer · Brightwave Analytics")).to_be_visible()
    _controls_at(page, 3)
    page.locator("body").press("Control+Shift+z")
    expect(page.get_by_role("status").filter(has_text="Redone")).to_be_visible()
    expect(sections.get_by_text("Principal Engineer · Brightwave Analytics")).to_be_visible()

    # Compare the named version with now, side by side.
    page.get_by_role("link", name="History").first.click()
    expect(page.get_by_role("heading", name="History and versions")).to_be_visible()
    versions = page.locator("table.versions-table")
    expect(versions.get_by_text("Before tailoring")).to_be_visible()
    versions.get_by_role("link", name="Compare with now").click()
    expect(page.get_by_role("heading", name="Compare versions")).to_be_visible()
    expect(page.get_by_role("heading", name="What the change did")).to_be_visible()
    work = page.locator(
        "section.diff-section", has=page.get_by_role("heading", name="Work experience")
    )
    expect(work.locator(".diff-old del", has_text="Senior Software")).to_be_visible()
    expect(work.locator(".diff-new ins", has_text="Principal")).to_be_visible()
    expect(work.locator(".diff-old del", has_text="Responsible for")).to_be_visible()
    expect(work.locator(".diff-new ins", has_text="adding OAuth and rate limiting")).to_be_visible()
    # Side by side: the old text sits left of the new one, on the same line.
    old_box = work.locator(".diff-old", has_text="Responsible for").bounding_box()
    new_box = work.locator(".diff-new", has_text="Owned the public").bounding_box()
    assert old_box["x"] + old_box["width"] <= new_box["x"] and abs(old_box["y"] - new_box["y"]) < 2
    # Unchanged sections are folded away.
    expect(page.locator("details.diff-unchanged")).to_contain_text("Education")
    expect(page.locator("details.diff-unchanged")).not_to_have_attribute("open", "")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "compare.png"), full_page=True)

    # Restore the named version: a new state, with the old wording back.
    page.get_by_role("link", name=re.compile("Restore “Sent to Acme”")).click()
    expect(page.get_by_role("heading", name="Restore “Sent to Acme”")).to_be_visible()
    settled(page)
    page.get_by_role("button", name="Restore this version").click()
    expect(page.get_by_role("status").filter(has_text="is restored")).to_be_visible()
    expect(sections.get_by_text("Senior Software Engineer · Brightwave Analytics")).to_be_visible()
    expect(sections.get_by_text(OLD_BULLET)).to_be_visible()

    # Restoring can itself be undone from the keyboard.
    _controls_at(page, 5)
    page.locator("body").press("Control+z")
    expect(page.get_by_role("status").filter(has_text="Undone")).to_be_visible()
    expect(sections.get_by_text("Principal Engineer · Brightwave Analytics")).to_be_visible()
    expect(sections.get_by_text(NEW_BULLET)).to_be_visible()
