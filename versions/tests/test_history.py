"""Restore, restore one section, merge, undo and redo: every change recoverable, nothing overwritten."""

import pytest

from resumeopt.models import Resume
from resumeopt.resumes import ChangeReason, EditConflict, save_at
from versions import history

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
    with pytest.raises(EditConflict, match="nothing to undo"):
        history.undo(resume, user=user)


def test_named_version_stores_its_score_and_match_score(resume, user):
    from jobs.extraction import extract_requirements
    from jobs.models import JobDescription

    job = JobDescription.objects.create(owner=user, source_text="We need Python and Go.",
                                        requirements=extract_requirements("We need Python and Go.").to_dict())  # fmt: skip
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
