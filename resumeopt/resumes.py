"""Changing a resume: the one path every edit takes, whoever makes it.

Section forms, one-click suggestions, AI proposals, restore, merge and import
all save through `save_document` / `save_at`, so every change is validated,
recorded in history with its user and reason, and checked against the revision
the change was made from. A change made from an out-of-date view raises
EditConflict instead of overwriting what another tab saved.
"""

from __future__ import annotations

import copy
from typing import Any

from django.db import transaction

from resumeopt import jsonresume
from resumeopt.models import Resume
from resumeopt.signals import entries_moved


class ChangeReason:
    """Why a resume changed, as stored in its history."""

    CREATE = "create"
    IMPORT = "import"
    EDIT = "edit"
    RENAME = "rename"
    SUGGESTION = "suggestion"
    AI_SUGGESTION = "AI suggestion"
    RESTORE = "restore"
    MERGE = "merge"
    UNDO = "undo"
    REDO = "redo"


class EditConflict(Exception):
    """The resume changed since the edit was prepared; nothing was saved."""

    def __init__(self, current: Resume, message: str = ""):
        self.current = current
        super().__init__(
            message
            or "This resume was changed elsewhere (another tab or an applied suggestion) "
            "since you opened it. Reload to see the latest version, then make your change again."
        )


_MISSING = object()


def create_resume(
    owner, title: str, document: dict[str, Any] | None = None, *, reason: str = ChangeReason.CREATE
) -> Resume:
    """A new resume for `owner`, its first history record saying why it exists."""
    resume = Resume(owner=owner, title=title.strip() or "Untitled resume")
    resume.content = document if document is not None else jsonresume.empty_document()
    resume._history_user = owner
    resume._change_reason = reason
    resume.save()
    return resume


def save_document(
    resume: Resume,
    document: dict[str, Any],
    *,
    user,
    reason: str,
    expected_revision: int | None = None,
    restored_from: int | None = None,
) -> Resume:
    """Replace the resume's content, as one history record.

    Raises InvalidResume (nothing saved) if the document breaks the schema, and
    EditConflict if `expected_revision` is given and is no longer current.
    Saving an identical document records nothing. `restored_from` names the
    history record a restore, undo or redo brings back.
    """
    jsonresume.validate(document)
    with transaction.atomic():
        current = Resume.objects.select_for_update().get(pk=resume.pk)
        if expected_revision is not None and current.revision != expected_revision:
            raise EditConflict(current)
        if current.content == document:
            _copy_state(current, resume)
            return resume
        current.content = copy.deepcopy(document)
        current.revision += 1
        current._history_user = user
        current._change_reason = reason
        current._restored_from = restored_from
        current.save()
    _copy_state(current, resume)
    return resume


def save_at(
    resume: Resume,
    path: str,
    value: Any,
    *,
    user,
    reason: str,
    expected_revision: int | None = None,
    expected: Any = _MISSING,
    expected_fingerprint: str | None = None,
) -> Resume:
    """Set one section, entry or field (a section path) and save.

    `expected` is what the caller saw at that path when it prepared the change
    (a suggestion's original text), or `expected_fingerprint` its
    jsonresume.fingerprint (an edit form): if the path now holds something
    else the change is refused with EditConflict. Edits to other sections in
    the meantime do not conflict.
    """
    with transaction.atomic():
        current = Resume.objects.select_for_update().get(pk=resume.pk)
        if expected_revision is not None and current.revision != expected_revision:
            raise EditConflict(current)
        now = jsonresume.get_at(current.content, path)
        if expected is not _MISSING and now != expected:
            raise EditConflict(
                current,
                "This part of the resume has changed since the suggestion was made, "
                "so it was not applied. Review the current text and try again.",
            )
        if expected_fingerprint is not None and jsonresume.fingerprint(now) != expected_fingerprint:
            raise EditConflict(
                current,
                "This section was changed in another tab or by an applied suggestion "
                "since you opened it. Your text is still in the form: copy what you need, "
                "then reload the section to see the latest version.",
            )
        document = jsonresume.set_at(current.content, path, value)
        save_document(current, document, user=user, reason=reason)
    _copy_state(current, resume)
    return resume


STALE_ENTRY_MESSAGE = (
    "This list was changed in another tab since you opened it, so nothing was changed. "
    "It is shown as it is now: check it, then try again."
)


def _check_entry(current: Resume, path: str, expected_fingerprint: str | None) -> None:
    """Refuse a change to an entry that is no longer the one the user saw at that position."""
    if expected_fingerprint is None:
        return
    if jsonresume.fingerprint(jsonresume.get_at(current.content, path)) != expected_fingerprint:
        raise EditConflict(current, STALE_ENTRY_MESSAGE)


def remove_at(
    resume: Resume,
    path: str,
    *,
    user,
    reason: str = ChangeReason.EDIT,
    expected_revision: int | None = None,
    expected_fingerprint: str | None = None,
) -> Resume:
    """Delete one entry (e.g. 'work/2') and save.

    `expected_fingerprint` is the entry the user saw there: if another tab moved
    or deleted entries meanwhile, the position now holds another one, and the
    delete is refused with EditConflict rather than deleting the wrong entry.
    """
    with transaction.atomic():
        current = Resume.objects.select_for_update().get(pk=resume.pk)
        if expected_revision is not None and current.revision != expected_revision:
            raise EditConflict(current)
        _check_entry(current, path, expected_fingerprint)
        document = jsonresume.remove_at(current.content, path)
        save_document(current, document, user=user, reason=reason)
        parts = jsonresume.split_path(path)
        if len(parts) == 2 and isinstance(parts[1], int):
            section, removed = str(parts[0]), parts[1]
            count = len(current.content.get(section) or []) + 1
            moves = {i: (None if i == removed else i - (i > removed)) for i in range(count)}
            entries_moved.send(Resume, resume=current, section=section, moves=moves)
    _copy_state(current, resume)
    return resume


def move_entry(
    resume: Resume,
    section: str,
    index: int,
    offset: int,
    *,
    user,
    expected_revision: int | None = None,
    expected_fingerprint: str | None = None,
) -> Resume:
    """Move an entry up (-1) or down (+1) within its
    section (refused as `remove_at` is when stale)."""
    with transaction.atomic():
        current = Resume.objects.select_for_update().get(pk=resume.pk)
        if expected_revision is not None and current.revision != expected_revision:
            raise EditConflict(current)
        _check_entry(current, f"{section}/{index}", expected_fingerprint)
        entries = list(current.content.get(section) or [])
        target = index + offset
        if not (0 <= index < len(entries) and 0 <= target < len(entries)):
            return resume
        entries[index], entries[target] = entries[target], entries[index]
        document = jsonresume.set_at(current.content, section, entries)
        save_document(current, document, user=user, reason=ChangeReason.EDIT)
        entries_moved.send(
            Resume, resume=current, section=section, moves={index: target, target: index}
        )
    _copy_state(current, resume)
    return resume


def rename_resume(resume: Resume, title: str, *, user) -> Resume:
    title = title.strip()
    if not title or title == resume.title:
        return resume
    resume.title = title
    resume._history_user = user
    resume._change_reason = ChangeReason.RENAME
    resume.save(update_fields=["title", "updated_at"])
    return resume


def duplicate_resume(resume: Resume, *, user) -> Resume:
    return create_resume(
        resume.owner,
        f"Copy of {resume.title}"[:200],
        copy.deepcopy(resume.content),
        reason=f"{ChangeReason.CREATE}: copy of {resume.title}"[:100],
    )


def _copy_state(source: Resume, target: Resume) -> None:
    if source is target:
        return
    target.content = source.content
    target.revision = source.revision
    target.title = source.title
    target.updated_at = source.updated_at
