"""The findings panel, report, apply, check and scoring pages."""

import json
import re

import pytest
from django.urls import reverse

from optimizer import display
from optimizer.models import SuggestionEvent
from optimizer.suggestions import suggest
from resumeopt.models import Resume

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}

RESUME_URLS = [
    ("optimizer:report", "get", {}),
    ("optimizer:panel", "get", {}),
    ("optimizer:apply", "post", {}),
    ("optimizer:dismiss", "post", {}),
    ("optimizer:check_draft", "post", {"path": "work/0"}),
]


@pytest.mark.parametrize(("name", "method", "extra"), RESUME_URLS)
def test_anonymous_is_sent_to_login(client, resume, name, method, extra):
    response = getattr(client, method)(reverse(name, kwargs={"pk": resume.pk, **extra}))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "method", "extra"), RESUME_URLS)
def test_another_users_resume_is_404(user_client, other_resume, name, method, extra):
    response = getattr(user_client, method)(reverse(name, kwargs={"pk": other_resume.pk, **extra}))
    assert response.status_code == 404


def test_scoring_page_explains_weights_and_lists_every_check(user_client):
    page = user_client.get(reverse("optimizer:scoring")).content.decode()
    assert "30%" in page and "impact.duty_phrasing" in page and "ats.missing_email" in page


def test_panel_shows_score_categories_and_findings_grouped_by_severity(user_client, resume):
    page = user_client.get(reverse("optimizer:panel", args=[resume.pk]), **HTMX).content.decode()
    assert 'id="findings-panel"' in page
    assert "Improve" in page and "Polish" in page
    assert "“Responsible for” describes a duty" in page
    assert 'href="#unit-work-0"' in page
    assert page.count('name="suggestion"') == len(suggest(resume.content))


def test_resume_page_loads_the_panel_and_the_full_report_works_without_javascript(
    user_client, resume
):
    page = user_client.get(resume.get_absolute_url()).content.decode()
    assert reverse("optimizer:panel", args=[resume.pk]) in page
    report = user_client.get(reverse("optimizer:report", args=[resume.pk])).content.decode()
    assert "Resume score" in report and "<html" in report


def _signed(resume, kind, path):
    suggestion = next(s for s in suggest(resume.content, path) if s.kind == kind)
    return suggestion, display.sign(suggestion, resume.pk)


def test_apply_saves_updates_the_unit_and_reports_the_score_change(user_client, resume):
    suggestion, signed = _signed(resume, "normalise_term", "work/1/highlights/3")
    response = user_client.post(
        reverse("optimizer:apply", args=[resume.pk]), {"suggestion": signed}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert (
        'id="unit-work-1"' in page
        and 'hx-swap-oob="true"' in page
        and "JavaScript checkout" in page
    )
    assert re.search(r"Score \d+ → \d+", response["HX-Trigger"].encode().decode("unicode_escape"))
    resume.refresh_from_db()
    assert resume.content["work"][1]["highlights"][3] == suggestion.replacement
    assert resume.history.first().history_change_reason == "suggestion"


def test_apply_of_a_stale_suggestion_is_refused_with_a_clear_message(user_client, user, resume):
    _, signed = _signed(resume, "normalise_term", "work/1/highlights/3")
    from resumeopt.resumes import ChangeReason, save_at

    save_at(
        resume,
        "work/1/highlights/3",
        "Rewrote the checkout widget.",
        user=user,
        reason=ChangeReason.EDIT,
    )
    response = user_client.post(
        reverse("optimizer:apply", args=[resume.pk]), {"suggestion": signed}, **HTMX
    )
    assert "changed since the suggestion" in response["HX-Trigger"]
    assert (
        Resume.objects.get(pk=resume.pk).content["work"][1]["highlights"][3]
        == "Rewrote the checkout widget."
    )


def test_tampered_suggestion_is_refused(user_client, resume):
    before = resume.content
    response = user_client.post(
        reverse("optimizer:apply", args=[resume.pk]), {"suggestion": "x:y"}, follow=True
    )
    assert "expired" in response.content.decode()
    assert Resume.objects.get(pk=resume.pk).content == before


def test_a_post_without_a_suggestion_is_told_it_expired(user_client, resume):
    response = user_client.post(reverse("optimizer:dismiss", args=[resume.pk]), {}, follow=True)
    assert "This suggestion has expired. Reload the page to get fresh ones." in (
        response.content.decode()
    )
    assert not SuggestionEvent.objects.filter(kind=SuggestionEvent.Kind.REJECTED).exists()


def test_a_signed_suggestion_cannot_be_replayed_on_another_users_resume(
    user_client, resume, other_resume
):
    _, signed = _signed(resume, "normalise_term", "work/1/highlights/3")
    response = user_client.post(
        reverse("optimizer:apply", args=[other_resume.pk]), {"suggestion": signed}
    )
    assert response.status_code == 404


def test_check_button_renders_feedback_on_the_draft_without_saving(user_client, resume):
    from resumeopt.sections import unit_form

    form = unit_form("basics", resume.content["basics"])
    data = {f"unit-basics-{k}": v for k, v in form.initial.items() if v is not None}
    data["unit-basics-summary"] = (
        "Backend engineer with 8 years of experience building reliable web services."
    )
    page = user_client.post(
        reverse("optimizer:check_draft", args=[resume.pk, "basics"]), data
    ).content.decode()
    assert 'id="feedback-unit-basics"' in page and "with this change" in page
    assert "Backend engineer with 8 years of experience building reliable web services." in page
    assert Resume.objects.get(pk=resume.pk).content["basics"]["summary"].startswith("I am")


def test_check_over_htmx_answers_with_the_form_alone(user_client, resume):
    from resumeopt.sections import unit_form

    form = unit_form("basics", resume.content["basics"])
    data = {f"unit-basics-{k}": v for k, v in form.initial.items() if v is not None}
    page = user_client.post(
        reverse("optimizer:check_draft", args=[resume.pk, "basics"]), data, **HTMX
    ).content.decode()
    assert page.lstrip().startswith('<form id="unit-basics"')
    assert "<html" not in page


def test_save_comes_before_check_so_enter_in_a_field_saves(user_client, resume):
    page = user_client.get(
        reverse("unit_edit", args=[resume.pk, "work/0"]), **HTMX
    ).content.decode()
    assert page.index(">Save</button>") < page.index(">Check</button>")


def test_a_suggestion_made_for_one_resume_is_refused_on_another_of_the_same_user(
    user_client, user, resume
):
    from resumeopt.resumes import create_resume

    twin = create_resume(user, "Twin", resume.content)
    _, signed = _signed(resume, "normalise_term", "work/1/highlights/3")
    response = user_client.post(
        reverse("optimizer:apply", args=[twin.pk]), {"suggestion": signed}, follow=True
    )
    assert "expired" in response.content.decode()
    assert Resume.objects.get(pk=twin.pk).content == resume.content


def test_applying_tells_the_rest_of_the_page_that_the_resume_changed(user_client, resume):
    """Undo, redo and the versions card reload after a one-click fix, as after any save."""
    _, signed = _signed(resume, "normalise_term", "work/1/highlights/3")
    response = user_client.post(
        reverse("optimizer:apply", args=[resume.pk]), {"suggestion": signed}, **HTMX
    )
    assert "resume-changed" in json.loads(response["HX-Trigger-After-Settle"])


def test_panel_groups_by_severity_then_section_and_shows_the_line(user_client, resume):
    page = user_client.get(reverse("optimizer:panel", args=[resume.pk]), **HTMX).content.decode()
    improve = page[page.index("Improve") : page.index("Polish")]
    assert improve.index("Contact and summary") < improve.index("Work experience")
    assert "Responsible for the public REST API used by 300 customers." in improve
    assert 'data-finding-unit="unit-work-0" data-finding-line="highlights/1"' in improve


def test_report_page_without_javascript_applies_a_suggestion_and_returns(user_client, resume):
    _, signed = _signed(resume, "normalise_term", "work/1/highlights/3")
    response = user_client.post(
        reverse("optimizer:apply", args=[resume.pk]), {"suggestion": signed}
    )
    assert response.status_code == 302 and response["Location"].endswith("#findings-panel")
    assert (
        "JavaScript checkout"
        in Resume.objects.get(pk=resume.pk).content["work"][1]["highlights"][3]
    )


def test_check_button_works_for_a_new_entry_but_not_past_the_end(user_client, resume):
    new = user_client.post(
        reverse("optimizer:check_draft", args=[resume.pk, "work/3"]),
        {"unit-work-3-position": "Intern", "unit-work-3-highlights": "Responsible for tests."},
    )
    assert new.status_code == 200 and "describes a duty" in new.content.decode()
    past_the_end = user_client.post(reverse("optimizer:check_draft", args=[resume.pk, "work/9"]))
    assert past_the_end.status_code == 404


def test_the_full_report_links_to_itself_nowhere(user_client, resume):
    report_url = reverse("optimizer:report", args=[resume.pk])
    link = f'href="{report_url}"'
    panel = user_client.get(reverse("optimizer:panel", args=[resume.pk])).content.decode()
    assert link in panel and "Full report" in panel
    report = user_client.get(report_url).content.decode()
    assert "Full report" not in report
    refreshed = user_client.get(
        reverse("optimizer:panel", args=[resume.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{report_url}",
    ).content.decode()
    assert "Full report" not in refreshed
