"""Journey: the pages run under the Content Security Policy; the user downloads their data, then
deletes their account."""

import json
import zipfile

from playwright.sync_api import expect

from tests.e2e.accounts import PASSWORD, log_in, make_user

# Records every policy violation the page reports, whatever the console says.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def test_pages_run_under_the_policy_then_data_download_and_account_deletion(
    page, django_user_model, sample_document
):
    from resumeopt.resumes import create_resume

    user = make_user(django_user_model, "riley")
    resume = create_resume(user, "Riley's resume", sample_document)
    console_errors, sockets = [], []
    page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )
    page.on("websocket", lambda socket: sockets.append(socket.url))
    page.add_init_script(RECORD_VIOLATIONS)
    log_in(page, "riley")

    for path in (
        "/resumes/",
        f"/resumes/{resume.pk}/",
        f"/versions/resumes/{resume.pk}/",
        "/jobs/",
        f"/chat/resumes/{resume.pk}/basics/",
        f"/exports/resumes/{resume.pk}/",
        "/accounts/",
    ):
        page.goto(path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__violations") == [], path
    policy_errors = [text for text in console_errors if "Content Security Policy" in text]
    assert policy_errors == []
    # Sockets to this origin are allowed ('self' covers ws://) and stay connected.
    assert any(url.endswith("/ws/notifications/") for url in sockets)
    expect(page.locator("body")).not_to_have_class("socket-reconnecting")

    # Download everything.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download all my data").click()
    archive = zipfile.ZipFile(download.value.path())
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["user"] == "riley"
    assert manifest["models"]["resumeopt.resume"]["rows"] == 1
    assert json.loads(archive.read(f"resumes/{resume.pk}-rileys-resume/resume.json")) == (
        sample_document
    )

    # A wrong password deletes nothing; the right one deletes everything.
    page.get_by_label("Your password").fill("not my password")
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("That is not your password. Nothing was deleted.")).to_be_visible()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(
        page.get_by_role("status").filter(has_text="Your account and everything")
    ).to_be_visible()
    assert not django_user_model.objects.filter(username="riley").exists()
    page.goto("/resumes/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
