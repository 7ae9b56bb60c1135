"""Editing a resume one section at a time, as htmx and as a plain form."""

import json

import pytest
from django.urls import reverse

from resumeopt import jsonresume
from resumeopt.models import Resume
from resumeopt.tests.section_forms import section_form_data

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_resume_page_shows_every_section(user_client, resume):
    page = user_client.get(resume.get_absolute_url()).content.decode()
    for text in [
        "Alex Morgan",
        "Brightwave Analytics",
        "University of California, Davis",
        "Kubernetes",
        "pg-migrate-lite",
    ]:
        assert text in page


def test_edit_form_replaces_the_section(user_client, resume):
    response = user_client.get(reverse("unit_edit", args=[resume.pk, "work/0"]), **HTMX)
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="unit-work-0"' in page and "<form" in page and "<html" not in page


def test_save_swaps_the_rendered_section_back_and_records_history(user_client, user, resume):
    data = section_form_data(resume, "work/0", position="Staff Engineer")
    response = user_client.post(reverse("unit_edit", args=[resume.pk, "work/0"]), data, **HTMX)
    assert response.status_code == 200
    assert "Staff Engineer" in response.content.decode()
    assert "<form" not in response.content.decode().split('class="unit-tools"')[0]
    resume.refresh_from_db()
    assert resume.content["work"][0]["position"] == "Staff Engineer"
    record = resume.history.first()
    assert (record.history_change_reason, record.history_user) == ("edit", user)
    assert "toast" in response["HX-Trigger"]


def test_validation_error_appears_in_place_and_saves_nothing(user_client, resume):
    data = section_form_data(resume, "work/0", startDate="someday")
    response = user_client.post(reverse("unit_edit", args=[resume.pk, "work/0"]), data, **HTMX)
    assert response.status_code == 422
    assert "Write the date as" in response.content.decode()
    assert Resume.objects.get(pk=resume.pk).content == resume.content


def test_second_tab_saving_the_same_section_is_told_about_the_conflict(user_client, resume):
    url = reverse("unit_edit", args=[resume.pk, "work/0"])
    first_tab = section_form_data(resume, "work/0", position="Lead Engineer")
    second_tab = section_form_data(resume, "work/0", position="Principal Engineer")
    assert user_client.post(url, first_tab, **HTMX).status_code == 200
    response = user_client.post(url, second_tab, **HTMX)
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed in another tab" in page
    assert "Principal Engineer" in page  # the user's text is still in the form
    assert Resume.objects.get(pk=resume.pk).content["work"][0]["position"] == "Lead Engineer"


def test_new_entry_is_appended_and_its_section_rendered(user_client, resume):
    url = reverse("unit_new", args=[resume.pk, "volunteer"])
    form_page = user_client.get(url, **HTMX).content.decode()
    assert f'action="/resumes/{resume.pk}/sections/volunteer/0/edit/"' in form_page
    data = {
        "unit-volunteer-0-organization": "Code Club",
        "unit-volunteer-0-position": "Mentor",
        "unit-volunteer-0-base": "",
    }
    response = user_client.post(reverse("unit_edit", args=[resume.pk, "volunteer/0"]), data, **HTMX)
    assert response["HX-Retarget"] == "#section-volunteer"
    assert "Code Club" in response.content.decode()
    resume.refresh_from_db()
    assert resume.content["volunteer"] == [{"position": "Mentor", "organization": "Code Club"}]


def test_plain_form_post_without_javascript_redirects_to_the_resume(user_client, resume):
    data = section_form_data(resume, "basics", label="Platform Engineer")
    response = user_client.post(reverse("unit_edit", args=[resume.pk, "basics"]), data)
    assert response.status_code == 302
    assert response["Location"].startswith(resume.get_absolute_url())
    resume.refresh_from_db()
    assert resume.content["basics"]["label"] == "Platform Engineer"


def _seen(resume, path):
    """What the page's move and delete buttons send: the fingerprint of the entry shown there."""
    return {"base": jsonresume.fingerprint(jsonresume.get_at(resume.content, path))}


def test_delete_and_move_entries(user_client, resume):
    url = reverse("unit_move", args=[resume.pk, "work/0", "down"])
    response = user_client.post(url, _seen(resume, "work/0"), **HTMX)
    assert response.status_code == 200
    resume.refresh_from_db()
    assert resume.content["work"][1]["name"] == "Brightwave Analytics"
    url = reverse("unit_delete", args=[resume.pk, "work/1"])
    user_client.post(url, _seen(resume, "work/1"), **HTMX)
    resume.refresh_from_db()
    assert [entry["name"] for entry in resume.content["work"]] == ["Parcelly", "Cobalt Labs"]


def test_the_page_sends_the_entry_it_shows_with_move_and_delete(user_client, resume):
    page = user_client.get(resume.get_absolute_url()).content.decode()
    assert page.count(f'name="base" value="{_seen(resume, "work/1")["base"]}"') == 3


def test_a_delete_from_a_stale_tab_deletes_nothing(user_client, resume):
    """Tab B shows work as it was; tab A moves an entry; B's delete by position is refused."""
    names = [entry["name"] for entry in resume.content["work"]]
    stale = _seen(resume, "work/0")  # B's delete button for names[0]
    user_client.post(
        reverse("unit_move", args=[resume.pk, "work/0", "down"]), _seen(resume, "work/0"), **HTMX
    )
    response = user_client.post(reverse("unit_delete", args=[resume.pk, "work/0"]), stale, **HTMX)
    assert response.status_code == 409
    toast = json.loads(response["HX-Trigger"])["toast"]["messages"][0]
    assert toast["level"] == "error" and "changed in another tab" in toast["message"]
    resume.refresh_from_db()
    assert sorted(entry["name"] for entry in resume.content["work"]) == sorted(names)


def test_a_move_or_delete_without_the_entry_it_saw_is_refused(user_client, resume):
    before = Resume.objects.get(pk=resume.pk).content
    for url in (
        reverse("unit_delete", args=[resume.pk, "work/0"]),
        reverse("unit_move", args=[resume.pk, "work/0", "down"]),
    ):
        assert user_client.post(url, **HTMX).status_code == 409
    assert Resume.objects.get(pk=resume.pk).content == before


def test_two_tabs_adding_an_entry_each_keep_both(user_client, resume):
    count = len(resume.content["work"])
    url = reverse("unit_new", args=[resume.pk, "work"])
    user_client.get(url, **HTMX)
    forms = [
        section_form_data(resume, f"work/{count}", name=name, position="Engineer")
        for name in ("Northwind", "Contoso")
    ]
    assert forms[0][f"unit-work-{count}-base"] == "new"
    for data in forms:  # both tabs opened the form at the same position
        post = reverse("unit_edit", args=[resume.pk, f"work/{count}"])
        assert user_client.post(post, data, **HTMX).status_code == 200
    resume.refresh_from_db()
    assert [entry["name"] for entry in resume.content["work"][count:]] == ["Northwind", "Contoso"]


def test_a_save_without_a_base_is_still_checked_for_conflicts(user_client, resume):
    url = reverse("unit_edit", args=[resume.pk, "work/0"])
    data = section_form_data(resume, "work/0", position="Principal Engineer")
    data["unit-work-0-base"] = ""
    assert user_client.post(url, data, **HTMX).status_code == 409
    resume.refresh_from_db()
    assert resume.content["work"][0]["position"] != "Principal Engineer"


def test_entry_past_the_end_is_404(user_client, resume):
    assert user_client.get(reverse("unit_edit", args=[resume.pk, "work/7"])).status_code == 404


def test_dismissing_unsorted_lines(user_client, user, resume):
    from resumeopt.resumes import ChangeReason, save_at

    save_at(
        resume, "meta", {"unsorted": ["Some stray line"]}, user=user, reason=ChangeReason.IMPORT
    )
    assert "Some stray line" in user_client.get(resume.get_absolute_url()).content.decode()
    response = user_client.post(
        reverse("unsorted_dismiss", args=[resume.pk]), HTTP_HX_REQUEST="true"
    )
    resume.refresh_from_db()
    assert "meta" not in resume.content
    assert "resume-changed" in json.loads(response["HX-Trigger"]), (
        "the versions panel must follow the new revision"
    )


def test_create_rename_duplicate_delete(user_client, user):
    response = user_client.post(reverse("resume_create"), {"title": "Data roles"})
    resume = Resume.objects.get(owner=user, title="Data roles")
    assert response["Location"] == resume.get_absolute_url()
    user_client.post(reverse("resume_rename", args=[resume.pk]), {"title": "Data science roles"})
    resume.refresh_from_db()
    assert resume.title == "Data science roles"
    user_client.post(reverse("resume_duplicate", args=[resume.pk]))
    assert Resume.objects.filter(owner=user, title="Copy of Data science roles").exists()
    confirm = user_client.get(reverse("resume_delete", args=[resume.pk]))
    assert "cannot be undone" in confirm.content.decode()
    user_client.post(reverse("resume_delete", args=[resume.pk]))
    assert not Resume.objects.filter(pk=resume.pk).exists()
