"""Version pages: access, naming, comparing, restoring and
merging with conflicts, undo, cleanup, deleted links."""

from datetime import UTC

import pytest
from django.urls import reverse

from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from resumeopt.models import Resume
from resumeopt.resumes import ChangeReason, save_at, save_document
from versions import history
from versions.models import Version

pytestmark = pytest.mark.django_db

POSTING = "Backend Engineer\nRequirements\n- Python, Rust and Kubernetes."


def _first(resume):
    return history.records(resume).last()


def _content(resume):
    return Resume.objects.get(pk=resume.pk).content


def _job(owner, text=POSTING, title="Backend Engineer"):
    return JobDescription.objects.create(
        owner=owner,
        title=title,
        source_text=text,
        requirements=extract_requirements(text).to_dict(),
    )


@pytest.fixture
def edited(resume, user):
    save_at(resume, "basics/label", "Chief Engineer", user=user, reason=ChangeReason.EDIT)
    resume.refresh_from_db()
    return resume


def _urls(resume):
    record = _first(resume).history_id
    return [
        ("get", reverse("versions:history", args=[resume.pk])),
        ("post", reverse("versions:save", args=[resume.pk])),
        ("get", reverse("versions:compare", args=[resume.pk])),
        ("post", reverse("versions:undo", args=[resume.pk])),
        ("get", reverse("versions:rank", args=[resume.pk])),
        ("post", reverse("versions:redo", args=[resume.pk])),
        ("get", reverse("versions:controls", args=[resume.pk])),
        ("get", reverse("versions:cleanup", args=[resume.pk])),
        ("post", reverse("versions:cleanup", args=[resume.pk])),
        ("post", reverse("versions:bulk_delete", args=[resume.pk])),
        ("get", reverse("versions:name_record", args=[resume.pk, record])),
        ("post", reverse("versions:name_record", args=[resume.pk, record])),
        ("get", reverse("versions:restore", args=[resume.pk, record])),
        ("post", reverse("versions:restore", args=[resume.pk, record])),
        ("get", reverse("versions:merge", args=[resume.pk, record])),
        ("post", reverse("versions:merge", args=[resume.pk, record])),
    ]


def test_every_url_needs_login(client, resume):
    urls = [*_urls(resume), ("get", reverse("versions:version", args=[1]))]
    for method, url in urls:
        assert getattr(client, method)(url)["Location"].startswith(reverse("login")), url


def test_another_users_resume_and_version_are_404(user_client, other_user, other_resume):
    for method, url in _urls(other_resume):
        data = {"name": "Mine now", "sections": ["basics"], "confirm": "1", "keep_unnamed": "0"}
        assert (
            getattr(user_client, method)(url, data if method == "post" else None).status_code == 404
        ), url
    version = history.name_version(
        other_resume, _first(other_resume), owner=other_user, name="Theirs"
    )
    assert user_client.get(reverse("versions:version", args=[version.pk])).status_code == 404
    assert Resume.objects.get(pk=other_resume.pk).revision == 1
    assert Version.objects.filter(owner=other_user).count() == 1


def test_another_users_history_record_is_404_through_my_own_resume(
    user_client, edited, other_resume
):
    theirs = _first(other_resume).history_id
    for url in (
        reverse("versions:compare", args=[edited.pk]) + f"?a={theirs}&b=current",
        reverse("versions:restore", args=[edited.pk, theirs]),
        reverse("versions:merge", args=[edited.pk, theirs]),
        reverse("versions:name_record", args=[edited.pk, theirs]),
    ):
        response = user_client.get(url)
        assert response.status_code == 404, url
        assert "Alex Morgan" not in response.content.decode()
    response = user_client.post(
        reverse("versions:restore", args=[edited.pk, theirs]), {"revision": edited.revision}
    )
    assert response.status_code == 404 and _content(edited)["basics"]["label"] == "Chief Engineer"


def test_bulk_delete_ignores_another_users_versions(user_client, edited, other_user, other_resume):
    theirs = history.name_version(other_resume, _first(other_resume), owner=other_user, name="T")
    user_client.post(reverse("versions:bulk_delete", args=[edited.pk]), {"versions": [theirs.pk]})
    assert Version.objects.get(pk=theirs.pk).deleted_at is None


def test_naming_with_another_users_job_is_404(user_client, edited, other_user):
    theirs = _job(other_user)
    response = user_client.post(
        reverse("versions:save", args=[edited.pk]), {"name": "Sneaky", "target_job": theirs.pk}
    )
    assert response.status_code == 404 and not Version.objects.exists()


def test_save_as_version_in_one_step_from_the_resume_page(user_client, user, edited):
    job = _job(user)
    page = user_client.get(reverse("versions:controls", args=[edited.pk])).content.decode()
    assert 'name="note"' in page and f'value="{job.pk}"' in page
    response = user_client.post(
        reverse("versions:save", args=[edited.pk]),
        {
            "name": "Sent to Acme",
            "note": "Platform role",
            "target_job": job.pk,
            "revision": edited.revision,
            "next": edited.get_absolute_url(),
        },
    )
    assert response["Location"] == edited.get_absolute_url()
    version = Version.objects.get(resume=edited)
    assert version.record == history.records(edited).first()
    assert (version.note, version.target_job, version.owner) == ("Platform role", job, user)
    assert version.score is not None and version.match_score is not None


def test_save_as_version_names_the_state_the_page_showed(user_client, user, edited):
    seen = edited.revision
    save_at(edited, "basics/label", "Changed in another tab", user=user, reason=ChangeReason.EDIT)
    user_client.post(
        reverse("versions:save", args=[edited.pk]), {"name": "What I saw", "revision": seen}
    )
    version = Version.objects.get(resume=edited)
    assert version.record.content["basics"]["label"] == "Chief Engineer"


def test_a_version_needs_a_name(user_client, edited):
    url = reverse("versions:name_record", args=[edited.pk, _first(edited).history_id])
    response = user_client.post(url, {"name": "  ", "note": "kept?"}, follow=True)
    assert "Give the version a name" in response.content.decode()
    assert not Version.objects.exists()


def test_name_any_point_in_history_with_note_and_job(user_client, user, edited):
    job = _job(user)
    url = reverse("versions:name_record", args=[edited.pk, _first(edited).history_id])
    form = user_client.get(url).content.decode()
    assert 'name="note"' in form and "Backend Engineer" in form
    user_client.post(url, {"name": "Original", "note": "Before tailoring", "target_job": job.pk})
    version = Version.objects.get()
    assert version.record == _first(edited) and version.target_job == job


def test_history_page_lists_versions_and_changes_with_who_when_and_why(user_client, user, edited):
    for reason in (ChangeReason.IMPORT, ChangeReason.SUGGESTION, ChangeReason.AI_SUGGESTION):
        document = dict(_content(edited), basics={**_content(edited)["basics"], "label": reason})
        save_document(edited, document, user=user, reason=reason)
    original = _first(edited)
    history.name_version(edited, original, owner=user, name="Original", target_job=_job(user))
    page = user_client.get(reverse("versions:history", args=[edited.pk])).content.decode()
    for label in ("Created", "Edited", "Imported", "Suggestion applied", "AI suggestion applied"):
        assert label in page, label
    assert "jane" in page and "Original" in page and "Backend Engineer" in page
    # A named version's link is its own URL, so a deleted one says so later.
    assert reverse("versions:version", args=[Version.objects.get().pk]) in page


def test_compare_shows_both_sides_word_by_word_and_the_impact(user_client, edited):
    page = user_client.get(
        reverse("versions:compare", args=[edited.pk]),
        {"a": _first(edited).history_id, "b": "current"},
    ).content.decode()
    assert '<div class="diff-old"><del>Senior Software</del>' in page
    assert '<div class="diff-new"><ins>Chief</ins> Engineer</div>' in page
    assert "What the change did" in page and "unchanged sections" in page
    assert "Restore this section" in page


def test_compare_shows_keywords_gained_and_lost_for_the_target_job(user_client, user, resume):
    job = _job(user)
    skills = [{"name": "Languages", "keywords": ["Python", "Rust"]}]
    save_at(resume, "skills", skills, user=user, reason=ChangeReason.EDIT)
    history.name_version(resume, _first(resume), owner=user, name="Before", target_job=job)
    page = user_client.get(
        reverse("versions:compare", args=[resume.pk]), {"a": _first(resume).history_id}
    ).content.decode()
    assert "match with Backend Engineer" in page
    gained = page.split('class="chips keywords-gained"')[1].split("</ul>")[0]
    lost = page.split('class="chips keywords-lost"')[1].split("</ul>")[0]
    assert "Rust" in gained and "Kubernetes" in lost


def test_compare_never_shows_another_users_job(user_client, edited, other_user, other_resume):
    job = _job(other_user, title="Secret role at Rival")
    version = history.name_version(
        other_resume, _first(other_resume), owner=other_user, name="X", target_job=job
    )
    Version.objects.filter(pk=version.pk).update(record=None)  # its state was cleaned up
    page = user_client.get(reverse("versions:compare", args=[edited.pk])).content.decode()
    assert "Secret role" not in page
    response = user_client.get(reverse("versions:compare", args=[edited.pk]), {"job": job.pk})
    assert response.status_code == 404


def test_a_deleted_version_link_says_so(user_client, user, edited):
    version = history.name_version(edited, _first(edited), owner=user, name="Old one")
    user_client.post(reverse("versions:bulk_delete", args=[edited.pk]), {"versions": [version.pk]})
    response = user_client.get(reverse("versions:version", args=[version.pk]))
    assert response.status_code == 410 and "This version was deleted" in response.content.decode()
    assert (
        "Old one"
        not in user_client.get(reverse("versions:history", args=[edited.pk])).content.decode()
    )


def test_deleting_versions_is_audited(user_client, user, edited):
    from resumeopt.models import AuditEntry

    version = history.name_version(edited, _first(edited), owner=user, name="Old one")
    user_client.post(reverse("versions:bulk_delete", args=[edited.pk]), {"versions": [version.pk]})
    entry = AuditEntry.objects.get(action=AuditEntry.Action.VERSION_DELETE)
    assert (entry.user, entry.object_id) == (user, str(version.pk))


def test_a_cleaned_up_point_in_history_has_a_clear_page(user_client, user, edited):
    gone = _first(edited).history_id
    edited.history.filter(history_id=gone).delete()
    for url in (
        reverse("versions:compare", args=[edited.pk]) + f"?a={gone}",
        reverse("versions:restore", args=[edited.pk, gone]),
    ):
        response = user_client.get(url)
        assert response.status_code == 404
        assert "no longer exists" in response.content.decode()


def test_restore_whole_version_is_a_new_state_that_undo_reverts(user_client, edited):
    url = reverse("versions:restore", args=[edited.pk, _first(edited).history_id])
    preview = user_client.get(url).content.decode()
    assert "After restoring" in preview and "<ins>Senior Software</ins>" in preview
    user_client.post(url, {"revision": edited.revision})
    assert _content(edited)["basics"]["label"] == "Senior Software Engineer"
    assert history.records(edited).first().history_change_reason == "restore"
    user_client.post(reverse("versions:undo", args=[edited.pk]), {"revision": edited.revision + 1})
    assert _content(edited)["basics"]["label"] == "Chief Engineer"


def test_history_says_which_version_a_restore_brought_back(user_client, user, edited):
    original = _first(edited)
    history.name_version(edited, original, owner=user, name="Sent to Acme")
    history.restore(edited, original, user=user, expected_revision=edited.revision)
    page = user_client.get(reverse("versions:history", args=[edited.pk])).content.decode()
    assert "Restored" in page and "from “Sent to Acme”" in page


def test_restore_one_section_only(user_client, user, edited):
    save_at(edited, "work/0/position", "Principal", user=user, reason=ChangeReason.EDIT)
    url = reverse("versions:restore", args=[edited.pk, _first(edited).history_id])
    preview = user_client.get(url, {"section": "work"}).content.decode()
    assert "Principal" in preview and "Chief" not in preview  # the preview is of that section only
    user_client.post(
        url, {"section": "work", "revision": Resume.objects.get(pk=edited.pk).revision}
    )
    content = _content(edited)
    assert content["work"][0]["position"] == "Senior Software Engineer"
    assert content["basics"]["label"] == "Chief Engineer"
    assert user_client.get(url, {"section": "passwords"}).status_code == 404


def test_restore_asks_before_overwriting_a_change_from_another_tab(user_client, user, edited):
    url = reverse("versions:restore", args=[edited.pk, _first(edited).history_id])
    seen = edited.revision
    save_at(edited, "basics/name", "Alex M.", user=user, reason=ChangeReason.EDIT)
    response = user_client.post(url, {"revision": seen})
    page = response.content.decode()
    assert response.status_code == 409 and "changed in another tab" in page
    assert "Restore anyway" in page
    assert "Alex <del>M.</del>" in page  # the preview now starts from the other tab's change
    assert _content(edited)["basics"]["name"] == "Alex M."
    newer = Resume.objects.get(pk=edited.pk).revision
    assert f'name="revision" value="{newer}"' in page
    # Yet another change before the user confirms: asked again, nothing overwritten.
    save_at(edited, "basics/email", "new@example.com", user=user, reason=ChangeReason.EDIT)
    assert user_client.post(url, {"revision": newer}).status_code == 409
    user_client.post(url, {"revision": Resume.objects.get(pk=edited.pk).revision})
    assert _content(edited)["basics"]["name"] == "Alex Morgan"


def test_restoring_a_state_equal_to_now_changes_nothing(user_client, edited):
    current = history.records(edited).first().history_id
    url = reverse("versions:restore", args=[edited.pk, current])
    assert "nothing to restore" in user_client.get(url).content.decode()
    user_client.post(url, {"revision": edited.revision})
    assert edited.history.count() == 2


def test_merge_previews_then_saves_only_the_chosen_sections(user_client, user, edited):
    save_at(edited, "work/0/position", "Principal", user=user, reason=ChangeReason.EDIT)
    revision = Resume.objects.get(pk=edited.pk).revision
    url = reverse("versions:merge", args=[edited.pk, _first(edited).history_id])
    preview = user_client.post(url, {"sections": ["basics"], "revision": revision}).content.decode()
    assert "After merging" in preview and 'name="previewed" value="basics"' in preview
    assert _content(edited)["basics"]["label"] == "Chief Engineer"
    user_client.post(
        url, {"sections": ["basics"], "previewed": "basics", "revision": revision, "confirm": "1"}
    )
    content = _content(edited)
    assert content["basics"]["label"] == "Senior Software Engineer"
    assert content["work"][0]["position"] == "Principal"
    assert history.records(edited).first().history_change_reason == "merge"


def test_merge_of_a_choice_that_was_not_previewed_previews_it_first(user_client, edited):
    url = reverse("versions:merge", args=[edited.pk, _first(edited).history_id])
    response = user_client.post(
        url,
        {
            "sections": ["basics", "work"],
            "previewed": "basics",
            "revision": edited.revision,
            "confirm": "1",
        },
    )
    assert "check this preview" in response.content.decode()
    assert _content(edited)["basics"]["label"] == "Chief Engineer"


def test_merge_asks_before_overwriting_a_change_from_another_tab(user_client, user, edited):
    url = reverse("versions:merge", args=[edited.pk, _first(edited).history_id])
    seen = edited.revision
    save_at(edited, "basics/name", "Alex M.", user=user, reason=ChangeReason.EDIT)
    data = {"sections": ["basics"], "previewed": "basics", "revision": seen, "confirm": "1"}
    response = user_client.post(url, data)
    assert response.status_code == 409 and "Merge anyway" in response.content.decode()
    assert _content(edited)["basics"]["name"] == "Alex M."
    user_client.post(url, {**data, "revision": Resume.objects.get(pk=edited.pk).revision})
    assert _content(edited)["basics"]["name"] == "Alex Morgan"


def test_merge_without_a_section_says_so(user_client, edited):
    url = reverse("versions:merge", args=[edited.pk, _first(edited).history_id])
    response = user_client.post(url, {"revision": edited.revision, "confirm": "1"})
    assert (
        response.status_code == 422 and "Choose at least one section" in response.content.decode()
    )


def test_undo_and_redo_buttons(user_client, edited):
    user_client.post(reverse("versions:undo", args=[edited.pk]), {"revision": edited.revision})
    assert _content(edited)["basics"]["label"] == "Senior Software Engineer"
    controls = user_client.get(reverse("versions:controls", args=[edited.pk])).content.decode()
    redo_button = controls.split('id="redo-button"')[1].split(">")[0]
    assert "disabled" not in redo_button
    user_client.post(reverse("versions:redo", args=[edited.pk]), {"revision": edited.revision + 1})
    assert _content(edited)["basics"]["label"] == "Chief Engineer"


def test_undo_from_a_stale_page_changes_nothing_and_says_why(user_client, user, edited):
    seen = edited.revision
    save_at(edited, "basics/name", "Alex M.", user=user, reason=ChangeReason.EDIT)
    response = user_client.post(
        reverse("versions:undo", args=[edited.pk]), {"revision": seen}, follow=True
    )
    assert "changed since this page last showed it" in response.content.decode()
    assert _content(edited)["basics"]["name"] == "Alex M."


def test_undo_with_nothing_to_undo_says_so(user_client, resume):
    response = user_client.post(
        reverse("versions:undo", args=[resume.pk]), {"revision": resume.revision}, follow=True
    )
    assert "nothing to undo" in response.content.decode()


def test_cleanup_previews_then_deletes(user_client, user, resume):
    for number in range(6):
        save_at(resume, "basics/label", f"Label {number}", user=user, reason=ChangeReason.EDIT)
    preview = user_client.get(
        reverse("versions:cleanup", args=[resume.pk]), {"keep_unnamed": 2}
    ).content.decode()
    assert "would delete <strong>4</strong>" in preview and "What would go" in preview
    assert resume.history.count() == 7
    user_client.post(
        reverse("versions:cleanup", args=[resume.pk]), {"keep_unnamed": 2, "confirm": "1"}
    )
    assert resume.history.count() == 3
    assert user.version_settings.keep_unnamed == 2


def test_cleanup_with_a_bad_number_says_so_and_deletes_nothing(user_client, user, resume):
    for number in range(3):
        save_at(resume, "basics/label", f"Label {number}", user=user, reason=ChangeReason.EDIT)
    response = user_client.post(
        reverse("versions:cleanup", args=[resume.pk]), {"keep_unnamed": "-1", "confirm": "1"}
    )
    assert response.status_code == 422 and "whole number" in response.content.decode()
    assert resume.history.count() == 4


def _bulk_history(resume, user, rows):
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
        )
        for n in range(2, rows + 1)
    )
    job = _job(user)
    records = list(resume.history.order_by("history_id")[: rows // 10])
    Version.objects.bulk_create(
        Version(
            owner=user,
            resume=resume,
            record=record,
            name=f"V{n}",
            score=70,
            match_score=50,
            target_job=job,
        )
        for n, record in enumerate(records)
    )


def _history_queries(client, resume, django_assert_max_num_queries) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_assert_max_num_queries(10), CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("versions:history", args=[resume.pk]))
    assert response.status_code == 200
    return len(queries)


def test_version_list_query_count_does_not_grow_with_the_history(
    user_client, user, resume, django_assert_max_num_queries
):
    _bulk_history(resume, user, 20)  # 20 changes, 2 named versions
    few = _history_queries(user_client, resume, django_assert_max_num_queries)
    _bulk_history(resume, user, 1000)  # 1,019 changes, 102 named versions
    many = _history_queries(user_client, resume, django_assert_max_num_queries)
    assert many == few
    page = user_client.get(reverse("versions:history", args=[resume.pk])).content.decode()
    assert "1019 in all" in page and page.count('name="versions"') == 102


def test_versions_are_ranked_for_a_job_best_first(user_client, user, resume):
    job = _job(user)
    history.name_version(resume, _first(resume), owner=user, name="Before Rust")
    skills = [{"name": "Languages", "keywords": ["Python", "Rust", "Kubernetes"]}]
    save_at(resume, "skills", skills, user=user, reason=ChangeReason.EDIT)
    response = user_client.get(reverse("versions:rank", args=[resume.pk]), {"job": job.pk})
    rows = response.context["rows"]
    assert [row["version"].name if row["version"] else "now" for row in rows] == [
        "now",
        "Before Rust",
    ]
    assert rows[0]["result"].score > rows[1]["result"].score
    assert "Rust" in [item["name"] for item in rows[1]["result"].missing]


def test_ranking_against_another_users_job_is_404(user_client, resume, other_user):
    job = _job(other_user)
    response = user_client.get(reverse("versions:rank", args=[resume.pk]), {"job": job.pk})
    assert response.status_code == 404


def test_rank_page_without_a_job_asks_for_one(user_client, resume):
    response = user_client.get(reverse("versions:rank", args=[resume.pk]))
    assert response.status_code == 200
    assert "Choose a posting" in response.content.decode()


@pytest.mark.parametrize(
    "target",
    ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_naming_a_version_never_redirects_off_the_site(user_client, edited, target):
    url = reverse("versions:name_record", args=[edited.pk, _first(edited).history_id])
    response = user_client.post(url, {"name": "Sent to Acme", "next": target})
    assert response.status_code == 302
    assert response["Location"] == reverse("versions:history", args=[edited.pk])


def test_naming_a_version_returns_to_the_page_it_came_from(user_client, edited):
    url = reverse("versions:name_record", args=[edited.pk, _first(edited).history_id])
    back = edited.get_absolute_url()
    response = user_client.post(url, {"name": "Sent to Acme", "next": back})
    assert response["Location"] == back


def test_job_menus_tell_postings_with_one_title_apart(user_client, user, resume):
    from datetime import datetime

    first, second = _job(user), _job(user)
    first.company, second.company = "Acme", "Acme"
    first.save()
    second.save()
    JobDescription.objects.filter(pk=first.pk).update(
        created_at=datetime(2026, 3, 2, 12, tzinfo=UTC)
    )
    for name in ("versions:rank", "versions:compare"):
        page = user_client.get(reverse(name, args=[resume.pk])).content.decode()
        assert "Backend Engineer at Acme · added 2 Mar 2026</option>" in page, name
        assert page.count("Backend Engineer at Acme · added") == 2, name
