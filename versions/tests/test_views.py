"""Version pages: access, naming, comparing, restoring with conflicts, merging, cleanup, deleted links."""

import pytest
from django.urls import reverse

from resumeopt.models import Resume
from resumeopt.resumes import ChangeReason, save_at
from versions import history
from versions.models import Version

pytestmark = pytest.mark.django_db


def _first(resume):
    return history.records(resume).last()


@pytest.fixture
def edited(resume, user):
    save_at(resume, "basics/label", "Chief Engineer", user=user, reason=ChangeReason.EDIT)
    resume.refresh_from_db()
    return resume


def _urls(resume):
    record = _first(resume).history_id
    return [
        ("get", reverse("versions:history", args=[resume.pk])), ("post", reverse("versions:save", args=[resume.pk])),
        ("get", reverse("versions:compare", args=[resume.pk])), ("post", reverse("versions:undo", args=[resume.pk])),
        ("post", reverse("versions:redo", args=[resume.pk])), ("get", reverse("versions:controls", args=[resume.pk])),
        ("get", reverse("versions:cleanup", args=[resume.pk])), ("post", reverse("versions:bulk_delete", args=[resume.pk])),
        ("post", reverse("versions:name_record", args=[resume.pk, record])), ("get", reverse("versions:restore", args=[resume.pk, record])),
        ("post", reverse("versions:restore", args=[resume.pk, record])), ("get", reverse("versions:merge", args=[resume.pk, record])),
    ]  # fmt: skip


def test_every_url_needs_login(client, resume):
    for method, url in _urls(resume):
        assert getattr(client, method)(url)["Location"].startswith(reverse("login")), url


def test_another_users_resume_and_version_are_404(user_client, other_user, other_resume):
    for method, url in _urls(other_resume):
        assert getattr(user_client, method)(url).status_code == 404, url
    version = history.name_version(
        other_resume, _first(other_resume), owner=other_user, name="Theirs"
    )
    assert user_client.get(reverse("versions:version", args=[version.pk])).status_code == 404
    assert Resume.objects.get(pk=other_resume.pk).revision == 1


def test_save_as_version_in_one_step_from_the_resume_page(user_client, user, edited):
    response = user_client.post(
        reverse("versions:save", args=[edited.pk]),
        {"name": "Sent to Acme", "next": edited.get_absolute_url()},
    )
    assert response["Location"] == edited.get_absolute_url()
    version = Version.objects.get(resume=edited)
    assert version.record == history.records(edited).first() and version.score is not None


def test_history_page_lists_versions_and_changes(user_client, user, edited):
    history.name_version(edited, _first(edited), owner=user, name="Original")
    page = user_client.get(reverse("versions:history", args=[edited.pk])).content.decode()
    assert "Original" in page and "Edited" in page and "Created" in page


def test_compare_shows_both_sides_and_the_impact(user_client, edited):
    page = user_client.get(
        reverse("versions:compare", args=[edited.pk]),
        {"a": _first(edited).history_id, "b": "current"},
    ).content.decode()
    assert "<del>Senior Software</del>" in page and "<ins>Chief</ins>" in page
    assert "What changed" in page and "unchanged section" in page


def test_restore_asks_before_overwriting_a_change_from_another_tab(user_client, user, edited):
    url = reverse("versions:restore", args=[edited.pk, _first(edited).history_id])
    seen = edited.revision
    save_at(edited, "basics/name", "Alex M.", user=user, reason=ChangeReason.EDIT)
    response = user_client.post(url, {"revision": seen})
    assert response.status_code == 409 and "changed in another tab" in response.content.decode()
    assert Resume.objects.get(pk=edited.pk).content["basics"]["name"] == "Alex M."
    user_client.post(url, {"overwrite": "1"})
    assert Resume.objects.get(pk=edited.pk).content["basics"]["name"] == "Alex Morgan"


def test_merge_previews_then_saves(user_client, edited):
    url = reverse("versions:merge", args=[edited.pk, _first(edited).history_id])
    preview = user_client.post(
        url, {"sections": ["basics"], "revision": edited.revision}
    ).content.decode()
    assert (
        "After merging" in preview
        and Resume.objects.get(pk=edited.pk).content["basics"]["label"] == "Chief Engineer"
    )
    user_client.post(url, {"sections": ["basics"], "revision": edited.revision, "confirm": "1"})
    assert Resume.objects.get(pk=edited.pk).content["basics"]["label"] == "Senior Software Engineer"


def test_undo_and_redo_buttons(user_client, edited):
    user_client.post(reverse("versions:undo", args=[edited.pk]), {"revision": edited.revision})
    assert Resume.objects.get(pk=edited.pk).content["basics"]["label"] == "Senior Software Engineer"
    controls = user_client.get(reverse("versions:controls", args=[edited.pk])).content.decode()
    redo_button = controls.split('id="redo-button"')[1].split(">")[0]
    assert "disabled" not in redo_button
    user_client.post(reverse("versions:redo", args=[edited.pk]))
    assert Resume.objects.get(pk=edited.pk).content["basics"]["label"] == "Chief Engineer"


def test_deleted_version_link_says_so(user_client, user, edited):
    version = history.name_version(edited, _first(edited), owner=user, name="Old one")
    user_client.post(reverse("versions:bulk_delete", args=[edited.pk]), {"versions": [version.pk]})
    response = user_client.get(reverse("versions:version", args=[version.pk]))
    assert response.status_code == 410 and "This version was deleted" in response.content.decode()


def test_cleanup_previews_then_deletes(user_client, user, resume):
    for number in range(6):
        save_at(resume, "basics/label", f"Label {number}", user=user, reason=ChangeReason.EDIT)
    preview = user_client.get(
        reverse("versions:cleanup", args=[resume.pk]), {"keep_unnamed": 2}
    ).content.decode()
    assert "would delete <strong>4</strong>" in preview
    user_client.post(
        reverse("versions:cleanup", args=[resume.pk]), {"keep_unnamed": 2, "confirm": "1"}
    )
    assert resume.history.count() == 3


def test_version_list_with_1000_history_rows_uses_a_bounded_number_of_queries(
    user_client, user, resume, django_assert_max_num_queries
):
    HistoricalResume = Resume.history.model
    base = resume.history.first()
    HistoricalResume.objects.bulk_create(
        HistoricalResume(
            id=resume.pk,
            title=resume.title,
            content=base.content,
            revision=n,
            created_at=base.created_at,
            updated_at=base.updated_at,
            owner_id=user.pk,
            history_date=base.history_date,
            history_type="~",
            history_change_reason="edit",
            history_user=user,
        )  # fmt: skip
        for n in range(2, 1002)
    )
    for n in range(3):
        history.name_version(resume, resume.history.all()[n * 10], owner=user, name=f"V{n}")
    with django_assert_max_num_queries(12):
        response = user_client.get(reverse("versions:history", args=[resume.pk]))
    assert response.status_code == 200 and "1001 in all" in response.content.decode()
