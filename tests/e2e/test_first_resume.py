"""Journey: a new user signs up, imports a DOCX resume and edits a section."""

from playwright.sync_api import expect

from resumeopt.tests.resume_files import make_docx
from tests.e2e.pages import settled, unlabelled_controls


def test_sign_up_import_docx_and_edit_a_section(page, tmp_path):
    page.goto("/")
    page.get_by_role("link", name="Create a free account").click()
    assert unlabelled_controls(page) == []
    page.get_by_label("Username").fill("casey")
    page.get_by_label("Email").fill("casey@example.com")
    page.get_by_label("Password", exact=True).fill("a-long-password-42")
    page.get_by_label("Password confirmation").fill("a-long-password-42")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", name="Your resumes")).to_be_visible()

    page.get_by_role("link", name="Import a resume").first.click()
    assert unlabelled_controls(page) == []
    resume_file = tmp_path / "jordan.docx"
    resume_file.write_bytes(make_docx("table"))
    page.get_by_label("Or upload a file").set_input_files(str(resume_file))
    page.get_by_role("button", name="Read my resume").click()
    expect(page.get_by_role("heading", name="Check what we read")).to_be_visible()
    expect(page.get_by_text("Northwind Traders").first).to_be_visible()
    page.get_by_role("button", name="Save as").click()
    expect(page.get_by_role("heading", name="Jordan Lee – resume")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Imported")).to_be_visible()
    settled(page)

    # Edit the first job in place with htmx: the form replaces the entry, save swaps it back.
    page.get_by_role("link", name="Edit Senior Data Engineer at Northwind Traders").click()
    form = page.locator("form.unit-form")
    expect(form).to_be_visible()
    assert unlabelled_controls(page) == []
    form.get_by_label("Job title").fill("Lead Data Engineer")
    form.get_by_role("button", name="Save").click()
    expect(page.locator("form.unit-form")).to_have_count(0)
    expect(page.get_by_text("Lead Data Engineer · Northwind Traders")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Saved Work experience")).to_be_visible()

    # A bad date is refused in place and the typed text stays.
    page.get_by_role("link", name="Edit Lead Data Engineer at Northwind Traders").click()
    form = page.locator("form.unit-form")
    form.get_by_label("Start").fill("sometime")
    form.get_by_role("button", name="Save").click()
    expect(form.get_by_text("Write the date as")).to_be_visible()
    expect(form.get_by_label("Start")).to_have_value("sometime")
