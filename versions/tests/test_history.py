"""Restore, restore one section, merge, undo and redo:
every change recoverable, nothing overwritten."""

import pytest

from resumeopt.models import Resume
from resumeopt.resumes import ChangeReason, EditConflict, rename_resume, save_at
from versions import history
from versions.models import Version, VersionSettings
from versions.tasks import clean_up_history

pytestmark = pytest.mark.django_db


def _edit(resume, user, label):
    save_at(resume, "basics/label", label, user=user, reason=ChangeReason.EDIT)
    resume.refresh_from_db()
    return resume


def _label(resume):
    resume.refresh_from_db()
    return resume.content["basics"]["label"]


def test_restore_creates_new_head_version(resume, user):
    original = history.records(resume).first()
    _edit(resume, user, "Chief Engineer")
    history.restore(resume, original, user=user, expected_revision=resume.revision)
    head = history.records(resume).first()
    assert (head.history_change_reason, head.restored_from) == ("restore", original.history_id)
    assert _label(resume) == "Senior Software Engineer"
    assert resume.history.count() == 3


def test_restore_can_itself_be_undone(resume, user):
    original = history.records(resume).first()
    _edit(resume, user, "Chief Engineer")
    history.restore(resume, original, user=user, expected_revision=resume.revision)
    history.undo(resume, user=user)
    assert _label(resume) == "Chief Engineer"


def test_restore_one_section_keeps_the_others(resume, user):
    original = history.records(resume).first()
    _edit(resume, user, "Chief Engineer")
    save_at(resume, "work/0/position", "Principal", user=user, reason=ChangeReason.EDIT)
    resume.refresh_from_db()
    history.restore(resume, original, user=user, expected_revision=resume.revision, section="work")
    resume.refresh_from_db()
    assert resume.content["work"][0]["position"] == "Senior Software Engineer"
    assert resume.content["basics"]["label"] == "Chief Engineer"


def test_restore_over_a_change_from_another_tab_is_refused(resume, user):
    original = history.records(resume).first()
    seen = resume.revision
    other_tab = Resume.objects.get(pk=resume.pk)
    _edit(other_tab, user, "Changed elsewhere")
    with pytest.raises(EditConflict):
        history.restore(resume, original, user=user, expected_revision=seen)
    assert _label(resume) == "Changed elsewhere"


def test_restored_document_of_one_section_is_the_current_one_with_that_section(
    resume, user, sample_document
):
    current = dict(sample_document, skills=[{"name": "Only"}])
    earlier = dict(sample_document, projects=[])
    del earlier["skills"]
    assert "skills" not in history.restored_document(current, earlier, "skills")
    assert history.restored_document(current, earlier, "skills")["projects"] == current["projects"]
    assert history.restored_document(current, earlier) == earlier
    with pytest.raises(ValueError):
        history.restored_document(current, earlier, "secrets")


def test_merge_takes_only_the_chosen_sections(resume, user):
    original = history.records(resume).first()
    _edit(resume, user, "Chief Engineer")
    save_at(
        resume,
        "skills",
        [{"name": "Only", "keywords": ["Cobol"]}],
        user=user,
        reason=ChangeReason.EDIT,
    )
    resume.refresh_from_db()
    history.merge(resume, original, ["skills"], user=user, expected_revision=resume.revision)
    resume.refresh_from_db()
    assert resume.content["skills"][0]["name"] == "Languages"
    assert resume.content["basics"]["label"] == "Chief Engineer"
    assert history.records(resume).first().history_change_reason == "merge"


def test_undo_steps_back_through_changes_and_redo_steps_forward(resume, user):
    for label in ("One", "Two", "Three"):
        _edit(resume, user, label)
    history.undo(resume, user=user)
    assert _label(resume) == "Two"
    history.undo(resume, user=user)
    assert _label(resume) == "One"
    history.redo(resume, user=user)
    assert _label(resume) == "Two"
    history.redo(resume, user=user)
    assert _label(resume) == "Three"
    assert not history.can_redo(resume)
    history.undo(resume, user=user)
    assert _label(resume) == "Two"


def test_a_new_change_after_undo_ends_redo(resume, user):
    _edit(resume, user, "One")
    _edit(resume, user, "Two")
    history.undo(resume, user=user)
    _edit(resume, user, "Fresh")
    assert not history.can_redo(resume)
    history.undo(resume, user=user)
    assert _label(resume) == "One"


def test_nothing_to_undo_on_a_new_resume(resume, user):
    assert not history.can_undo(resume)
    with pytest.raises(history.NothingToStep, match="nothing to undo"):
        history.undo(resume, user=user)
    assert resume.history.count() == 1


def test_renaming_does_not_block_undo_of_the_edits_before_it(resume, user):
    _edit(resume, user, "Chief Engineer")
    rename_resume(resume, "Renamed", user=user)
    assert history.can_undo(resume)
    history.undo(resume, user=user)
    assert _label(resume) == "Senior Software Engineer"
    history.redo(resume, user=user)
    assert _label(resume) == "Chief Engineer"


def test_undo_with_a_stale_revision_is_refused(resume, user):
    seen = resume.revision
    _edit(Resume.objects.get(pk=resume.pk), user, "From another tab")
    with pytest.raises(EditConflict):
        history.undo(resume, user=user, expected_revision=seen)
    assert _label(resume) == "From another tab"


def test_undo_and_redo_record_what_they_brought_back(resume, user):
    _edit(resume, user, "One")
    history.undo(resume, user=user)
    undo = history.records(resume).first()
    assert (undo.history_change_reason, undo.history_user) == ("undo", user)
    assert undo.restored_from == history.records(resume).last().history_id


def test_named_version_stores_its_score_and_match_score(resume, user):
    from jobs.extraction import extract_requirements
    from jobs.models import JobDescription

    job = JobDescription.objects.create(
        owner=user,
        source_text="We need Python and Go.",
        requirements=extract_requirements("We need Python and Go.").to_dict(),
    )
    version = history.name_version(
        resume, history.records(resume).first(), owner=user, name="Sent to Acme", target_job=job
    )
    assert version.score > 0 and version.match_score == 100


def test_impact_reports_findings_fixed_and_keywords_gained(resume, user, sample_document):
    from jobs.extraction import extract_requirements
    from jobs.models import JobDescription

    text = "Engineer\nRequirements\n- Python, Rust and Kubernetes."
    job = JobDescription.objects.create(
        owner=user, source_text=text, requirements=extract_requirements(text).to_dict()
    )
    new = dict(sample_document, skills=[{"name": "Languages", "keywords": ["Python", "Rust"]}])
    result = history.impact(sample_document, new, job)
    assert result.keywords_gained == ["Rust"] and result.keywords_lost == ["Kubernetes"]
    assert result.match_after is not None


def test_cleanup_keeps_named_versions_and_the_latest_unnamed(resume, user):
    for number in range(12):
        _edit(resume, user, f"Label {number}")
    oldest = history.records(resume).last()
    history.name_version(resume, oldest, owner=user, name="The first one")
    planned = history.cleanup_plan(resume, keep_unnamed=5)
    assert len(planned) == 13 - 1 - 1 - 5
    assert oldest.history_id not in planned
    assert history.clean_up(resume, keep_unnamed=5) == len(planned)
    assert resume.history.count() == 7
    assert resume.history.filter(history_id=oldest.history_id).exists()


def test_cleanup_uses_each_owners_setting_and_keeps_the_current_state(resume, user):
    VersionSettings.objects.create(user=user, keep_unnamed=2)
    for number in range(5):
        _edit(resume, user, f"Label {number}")
    assert len(history.cleanup_plan(resume)) == 6 - 1 - 2
    history.clean_up(resume)
    assert _label(resume) == "Label 4"
    assert history.records(resume).first().content["basics"]["label"] == "Label 4"


def test_a_deleted_version_no_longer_protects_its_history(resume, user):
    for number in range(4):
        _edit(resume, user, f"Label {number}")
    oldest = history.records(resume).last()
    version = history.name_version(resume, oldest, owner=user, name="Old")
    version.deleted_at = version.created_at
    version.save()
    history.clean_up(resume, keep_unnamed=1)
    version.refresh_from_db()
    assert version.record is None and resume.history.count() == 2


def test_periodic_cleanup_task_cleans_every_resume_and_is_safe_to_run_twice(
    resume, user, other_resume, other_user
):
    VersionSettings.objects.create(user=user, keep_unnamed=1)
    for number in range(4):
        _edit(resume, user, f"Label {number}")
        _edit(other_resume, other_user, f"Label {number}")
    named = history.name_version(resume, history.records(resume).last(), owner=user, name="First")
    result = clean_up_history.delay().get()
    # Jane keeps 1 unnamed + the named first state + current; Mallory the default 50.
    assert result == 5 - 3
    assert resume.history.count() == 3 and other_resume.history.count() == 5
    assert Version.objects.get(pk=named.pk).record_id is not None
    assert clean_up_history.delay().get() == 0


def test_reason_labels_say_why_a_change_was_made():
    assert history.reason_label("AI suggestion") == "AI suggestion applied"
    assert history.reason_label("create: copy of Jane's resume") == "Created"
    assert history.reason_label(None) == "Changed"
