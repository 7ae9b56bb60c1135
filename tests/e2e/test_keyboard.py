"""Journey by keyboard alone: sign in, open a section's editor, save, fix an error.

Focus must land where the change happened after each htmx swap: the first
field of a form that opens, the first field in error, and the section once
it is saved, never back at the top of the page.
"""

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import expect

from resumeopt.resumes import create_resume
from tests.e2e.pages import settled

PASSWORD = "a-long-password-8"


@pytest.fixture
def resume(django_user_model, sample_document):
    user = django_user_model.objects.create_user("kim", "kim@example.com")
    # The live server checks passwords with the production hashers.
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    return create_resume(user, "Kim's resume", sample_document)


def test_edit_a_section_by_keyboard_with_focus_following_each_swap(page, resume):
    page.goto("/accounts/login/")
    expect(page.get_by_label("Username")).to_be_focused()  # the login form starts where you type
    page.keyboard.type(resume.owner.username)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password")).to_be_focused()
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()
    page.goto(resume.get_absolute_url())

    # Enter on "Edit" opens the form with the first field focused.
    page.get_by_role("link", name="Edit Senior Software Engineer at Brightwave Analytics").focus()
    page.keyboard.press("Enter")
    form = page.locator("form.unit-form")
    expect(form).to_be_visible()
    title = form.get_by_label("Job title")
    expect(title).to_be_focused()

    # Enter in a field saves; focus goes to the saved section, not the top of the page.
    page.keyboard.press("Control+a")
    page.keyboard.type("Principal Engineer")
    page.keyboard.press("Enter")
    expect(page.locator("form.unit-form")).to_have_count(0)
    section = page.locator("article.unit", has_text="Principal Engineer · Brightwave Analytics")
    expect(section).to_be_focused()

    # A refused save puts focus on the field in error, with the typed text kept.
    page.get_by_role("link", name="Edit Principal Engineer at Brightwave Analytics").focus()
    page.keyboard.press("Enter")
    start = page.locator("form.unit-form").get_by_label("Start")
    start.focus()
    page.keyboard.press("Control+a")
    page.keyboard.type("sometime")
    page.get_by_label("Job title").focus()
    page.keyboard.press("Enter")
    expect(page.locator("form.unit-form").get_by_text("Write the date as")).to_be_visible()
    expect(page.locator("form.unit-form").get_by_label("Start")).to_be_focused()
    expect(page.locator("form.unit-form").get_by_label("Start")).to_have_value("sometime")


def test_escape_closes_a_section_form_and_undo_leaves_focus_on_its_button(page, resume):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(resume.owner.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()
    page.goto(resume.get_absolute_url())
    expect(page.locator("#undo-button")).to_be_attached()  # the versions panel has loaded
    settled(page)

    # Escape in an open form closes it, unsaved, and the entry takes the focus.
    page.get_by_role("link", name="Edit Senior Software Engineer at Brightwave Analytics").click()
    title = page.locator("form.unit-form").get_by_label("Job title")
    expect(title).to_be_focused()
    page.keyboard.type(" (draft)")
    page.keyboard.press("Escape")
    expect(page.locator("form.unit-form")).to_have_count(0)
    entry = page.locator("article.unit", has_text="Senior Software Engineer · Brightwave Analytics")
    expect(entry).to_be_focused()
    expect(page.get_by_text("(draft)")).to_have_count(0)

    # Save a change, then Ctrl+Z: the page comes back undone with focus on the versions
    # panel's buttons, not on the page body.
    page.get_by_role("link", name="Edit Senior Software Engineer at Brightwave Analytics").click()
    title = page.locator("form.unit-form").get_by_label("Job title")
    title.fill("Principal Engineer")
    title.press("Enter")
    saved = page.locator("article.unit", has_text="Principal Engineer · Brightwave Analytics")
    expect(saved).to_be_focused()
    expect(page.locator("#undo-button")).to_be_enabled()
    page.keyboard.press("Control+z")
    expect(
        page.locator("article.unit", has_text="Senior Software Engineer · Brightwave")
    ).to_be_visible()
    expect(page.locator("#undo-button, #redo-button").and_(page.locator(":focus"))).to_have_count(1)
