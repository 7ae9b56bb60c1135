"""The one path every change takes: validation, history, conflicts."""

import pytest

from resumeopt import jsonresume
from resumeopt.models import Resume
from resumeopt.resumes import (
    ChangeReason,
    EditConflict,
    create_resume,
    duplicate_resume,
    move_entry,
    remove_at,
    save_at,
    save_document,
)

pytestmark = pytest.mark.django_db


def test_create_records_history_with_reason_and_user(user, sample_document):
    resume = create_resume(user, "Mine", sample_document, reason=ChangeReason.IMPORT)
    record = resume.history.get()
    assert record.history_change_reason == "import"
    assert record.history_user == user


def test_save_at_changes_one_section_and_bumps_revision(resume, user):
    save_at(resume, "basics/label", "Staff Engineer", user=user, reason=ChangeReason.EDIT)
    resume.refresh_from_db()
    assert resume.content["basics"]["label"] == "Staff Engineer"
    assert resume.revision == 2
    latest = resume.history.first()
    assert latest.history_change_reason == "edit"
    assert latest.content["basics"]["label"] == "Staff Engineer"


def test_saving_an_identical_document_records_nothing(resume, user):
    save_document(resume, resume.content, user=user, reason=ChangeReason.EDIT)
    assert resume.history.count() == 1


def test_invalid_document_is_refused_and_nothing_changes(resume, user):
    before = resume.content
    bad = jsonresume.set_at(before, "work/0/startDate", "last spring")
    with pytest.raises(jsonresume.InvalidResume):
        save_document(resume, bad, user=user, reason=ChangeReason.EDIT)
    assert Resume.objects.get(pk=resume.pk).content == before
    assert resume.history.count() == 1


def test_model_save_refuses_an_invalid_document(resume):
    resume.content = {"basics": "not an object"}
    with pytest.raises(jsonresume.InvalidResume):
        resume.save()


def test_stale_revision_is_a_conflict(resume, user):
    seen = resume.revision
    save_at(resume, "basics/label", "One", user=user, reason=ChangeReason.EDIT)
    with pytest.raises(EditConflict):
        save_document(
            resume, resume.content, user=user, reason=ChangeReason.RESTORE, expected_revision=seen
        )


def test_edit_from_an_outdated_form_is_a_conflict(resume, user):
    opened = jsonresume.fingerprint(resume.content["work"][0])
    other_tab = Resume.objects.get(pk=resume.pk)
    save_at(other_tab, "work/0/position", "Principal Engineer", user=user, reason=ChangeReason.EDIT)
    with pytest.raises(EditConflict):
        save_at(
            resume,
            "work/0",
            {"position": "Lead"},
            user=user,
            reason=ChangeReason.EDIT,
            expected_fingerprint=opened,
        )
    assert Resume.objects.get(pk=resume.pk).content["work"][0]["position"] == "Principal Engineer"


def test_edits_to_different_sections_do_not_conflict(resume, user):
    opened = jsonresume.fingerprint(resume.content["work"][1])
    save_at(resume, "work/0/position", "Principal Engineer", user=user, reason=ChangeReason.EDIT)
    edited = dict(resume.content["work"][1], position="Engineer II")
    save_at(
        resume, "work/1", edited, user=user, reason=ChangeReason.EDIT, expected_fingerprint=opened
    )
    resume.refresh_from_db()
    assert resume.content["work"][0]["position"] == "Principal Engineer"
    assert resume.content["work"][1]["position"] == "Engineer II"


def test_suggestion_refused_when_its_original_text_changed(resume, user):
    original = resume.content["work"][0]["highlights"][1]
    save_at(resume, "work/0/highlights/1", "Owned the API.", user=user, reason=ChangeReason.EDIT)
    with pytest.raises(EditConflict, match="changed since the suggestion"):
        save_at(
            resume,
            "work/0/highlights/1",
            "Led the API.",
            user=user,
            reason=ChangeReason.SUGGESTION,
            expected=original,
        )


def test_remove_and_move_entries(resume, user):
    move_entry(resume, "work", 2, -1, user=user)
    assert [entry["name"] for entry in resume.content["work"]] == [
        "Brightwave Analytics",
        "Cobalt Labs",
        "Parcelly",
    ]
    remove_at(resume, "work/1", user=user)
    resume.refresh_from_db()
    assert [entry["name"] for entry in resume.content["work"]] == [
        "Brightwave Analytics",
        "Parcelly",
    ]
    assert resume.history.count() == 3


def test_duplicate_copies_content_into_a_new_resume(resume, user):
    copy = duplicate_resume(resume, user=user)
    assert copy.pk != resume.pk
    assert copy.content == resume.content
    assert copy.title == "Copy of Jane's resume"
