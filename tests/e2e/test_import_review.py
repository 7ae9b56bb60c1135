"""Journey: import pasted text, fix the one field the parser was unsure of on the review, save.

At desktop width and on a 390 px phone: the doubtful field is marked and described,
the entry's own lines are shown with it, the fix is checked in place (htmx) by
keyboard, and the saved resume has the fix and everything else as read.
"""

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import expect

from tests.e2e.pages import settled, unlabelled_controls

PASSWORD = "a-long-password-8"
UNSURE = (
    "Jane Roe\njane@example.com\n\nEXPERIENCE\nSenior Python Developer\n2019 - 2022\n"
    "• Built the billing service\n• Cut invoice errors by 40%\n\n"
    "Backend Developer, Wix (Tel Aviv, Israel)\n2016 - 2019\n• Wrote the payments API\n"
)


@pytest.fixture
def user(django_user_model):
    user = django_user_model.objects.create_user("robin", "robin@example.com")
    hasher = PBKDF2PasswordHasher()  # the live server checks passwords with the production hashers
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save(update_fields=["password"])
    return user


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_fix_a_doubtful_field_beside_its_lines_before_saving(page, user, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()

    page.goto("/resumes/import/")
    page.get_by_label("Paste your resume").fill(UNSURE)
    page.get_by_role("button", name="Read my resume").click()
    expect(page.get_by_role("heading", name="Check what we read")).to_be_visible()
    settled(page)
    assert unlabelled_controls(page) == []
    expect(page.get_by_role("heading", name="Please check 1 field")).to_be_visible()
    expect(page.get_by_text("nothing was sent anywhere")).to_be_visible()  # offline, and says so

    entry = page.get_by_role("group", name="Experience 1: Senior Python Developer")
    employer = entry.get_by_label("Employer")
    expect(employer).to_have_value("")
    expect(employer).to_have_accessible_description("No employer was found.")
    expect(entry.get_by_role("list", name="Read from")).to_contain_text(
        "• Built the billing service"
    )
    expect(page.get_by_role("group", name="Experience 2: Backend Developer at Wix")).to_have_count(
        0
    )
    # Nothing spills sideways on a phone: the lines wrap under the fields.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # Type the fix, then check it by keyboard: htmx swaps the entry and focus stays in it.
    employer.fill("Acme Payments")
    entry.get_by_role("button", name="Check my fixes").focus()
    page.keyboard.press("Enter")
    expect(entry.get_by_text("This entry looks right now.")).to_be_visible()
    expect(entry).to_be_focused()
    expect(entry.get_by_label("Employer")).to_have_value("Acme Payments")
    expect(page).to_have_url("/resumes/import/")  # the page was not replaced

    page.get_by_role("button", name="Save as").click()
    expect(page.get_by_role("heading", name="Jane Roe – resume")).to_be_visible()
    expect(page.get_by_text("Senior Python Developer · Acme Payments")).to_be_visible()
    expect(page.get_by_text("Backend Developer · Wix")).to_be_visible()
