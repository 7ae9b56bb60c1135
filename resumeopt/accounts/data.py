"""Everything a user owns: found through the app registry, given as a ZIP, deleted with the account.

A model holds a user's data if it has a foreign key to the user model, or a
CASCADE foreign key to a model that does (a conversation's messages, a batch's
rankings). Both are found by walking the app registry, so a model added later
is exported and deleted without changes here. django-simple-history's records
belong to the user through their copy of the tracked object's `owner`; their
`history_user` (who made a change, perhaps staff) is not ownership.

The export is a ZIP: the account, each resume as a JSON Resume file with its
history, every owned model's rows as JSON, and every stored file they point
to. Deleting an account deletes the user (the database cascades to most of
it), then whatever the cascade leaves (history records, audit entries), then,
once the transaction has committed, the stored files.
"""

from __future__ import annotations

import json
import logging
import posixpath
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files.storage import Storage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.utils.text import slugify

from resumeopt.models import Resume
from resumeopt.platform import audit

logger = logging.getLogger(__name__)

README = """Your ResumeOpt data, as of {date}.

account.json                 your account (no password: it is stored only as a one-way hash)
resumes/<id>-<title>/resume.json   each resume, as a JSON Resume 1.2 document \
(https://jsonresume.org)
resumes/<id>-<title>/history.json  every saved state of that resume, oldest first, with why it \
changed
data/<app>.<model>.json     every other record of yours (versions, job descriptions, conversations,
                             messages, proposals, learned preferences, exports, background jobs,
                             the audit log about your account...), as Django's JSON serialization
files/...                    the files those records point to (your exports, uploaded postings)
<app>/...                    the same data in the forms those apps offer \
(applications/applications.csv)
manifest.json                what is where, and how many records of each kind
"""


def owned_models() -> dict[type[models.Model], list[models.Field]]:
    """Every model holding users' data, with the fields that tie a row to its user.

    A field to the user model ties a row directly; a CASCADE field to an owned
    model ties it through its parent (the first kind wins when a model has both).
    """
    user_model = get_user_model()
    candidates = [model for model in apps.get_models() if model is not user_model]
    owned: dict[type[models.Model], list[models.Field]] = {}
    for model in candidates:
        direct = [field for field in _foreign_keys(model) if field.related_model is user_model]
        if getattr(model, "instance_type", None) is not None:  # a simple-history record
            direct = [field for field in direct if field.name != "history_user"]
        if direct:
            owned[model] = direct
    while True:
        parts = {
            model: [
                field
                for field in _foreign_keys(model)
                if field.related_model in owned and field.remote_field.on_delete is models.CASCADE
            ]
            for model in candidates
            if model not in owned
        }
        parts = {model: fields for model, fields in parts.items() if fields}
        if not parts:
            return owned
        owned.update(parts)


def owned_rows(
    model: type[models.Model],
    user_pk: int,
    owned: dict[type[models.Model], list[models.Field]] | None = None,
) -> QuerySet:
    """The rows of `model` that belong to the user with `user_pk` (who may be deleted already)."""
    owned = owned if owned is not None else owned_models()
    user_model = get_user_model()
    condition = Q()
    for field in owned[model]:
        if field.related_model is user_model:
            condition |= Q(**{field.attname: user_pk})
        else:
            parents = owned_rows(field.related_model, user_pk, owned).values("pk")
            condition |= Q(**{f"{field.attname}__in": parents})
    return model._default_manager.filter(condition)


def label(model: type[models.Model]) -> str:
    return model._meta.label_lower


# Export ---------------------------------------------------------------------------------------


def build_export(user) -> IO[bytes]:
    """The user's data as a ZIP in a temporary file, rewound, for a download response."""
    owned = owned_models()
    history_model = Resume.history.model
    manifest: dict = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "user": user.get_username(),
        "models": {},
        "files": [],
    }
    archive_file = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it once sent
    with zipfile.ZipFile(archive_file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README.format(date=manifest["generated_at"]))
        archive.writestr("account.json", _dump(_account(user)))
        folders = _write_resumes(archive, user.pk, owned)
        manifest["models"][label(history_model)] = {
            "rows": owned_rows(history_model, user.pk, owned).count(),
            "file": "resumes/*/history.json",
        }
        for model in sorted(owned, key=label):
            if model is history_model:
                continue
            rows = owned_rows(model, user.pk, owned).order_by("pk")
            name = f"data/{label(model)}.json"
            archive.writestr(name, serializers.serialize("json", rows, indent=2))
            manifest["models"][label(model)] = {"rows": rows.count(), "file": name}
            manifest["files"] += _write_files(archive, model, rows)
        manifest["resumes"] = folders
        manifest["app_files"] = _write_app_files(archive, user)
        archive.writestr("manifest.json", _dump(manifest))
    archive_file.seek(0)
    return archive_file


def _write_app_files(archive, user) -> list[str]:
    """Files an app offers in its own format: an AppConfig's `account_files(user)` -> {name: text}.

    The core knows no upper app by name; an app fills this slot (the tracker's CSV).
    """
    written = []
    for config in apps.get_app_configs():
        provide = getattr(config, "account_files", None)
        if provide is None:
            continue
        for name, content in provide(user).items():
            path = f"{config.label}/{posixpath.basename(name)}"
            archive.writestr(path, content)
            written.append(path)
    return written


def _account(user) -> dict:
    hidden = {"password"}
    data = {
        field.name: getattr(user, field.attname)
        for field in user._meta.concrete_fields
        if field.name not in hidden
    }
    data["groups"] = list(user.groups.values_list("name", flat=True))
    return data


def _write_resumes(archive, user_pk: int, owned) -> dict[str, str]:
    """resume.json and history.json per resume, deleted ones' history included."""
    history = defaultdict(list)
    for entry in owned_rows(Resume.history.model, user_pk, owned).order_by(
        "history_date", "history_id"
    ):
        history[entry.id].append(
            {
                "history_id": entry.history_id,
                "date": entry.history_date,
                "type": entry.get_history_type_display(),
                "reason": entry.history_change_reason or "",
                "revision": entry.revision,
                "title": entry.title,
                "content": entry.content,
                "restored_from": entry.restored_from,
            }
        )
    current = {resume.pk: resume for resume in Resume.objects.filter(owner_id=user_pk)}
    folders = {}
    for pk in sorted(set(history) | set(current)):
        resume = current.get(pk)
        title = resume.title if resume else (history[pk][-1]["title"] if history[pk] else "")
        folder = f"resumes/{pk}-{slugify(title)[:50] or 'resume'}"
        if resume is None:
            folder += "-deleted"
        else:
            archive.writestr(f"{folder}/resume.json", _dump(resume.content))
        archive.writestr(f"{folder}/history.json", _dump(history[pk]))
        folders[str(pk)] = folder
    return folders


def _write_files(archive, model: type[models.Model], rows: QuerySet) -> list[dict]:
    written = []
    for field in _file_fields(model):
        for row in _with_file(rows, field).only("pk", field.attname):
            stored = getattr(row, field.attname)
            name = archive_name(stored.name)
            entry = {"model": label(model), "pk": row.pk, "field": field.name, "file": name}
            try:
                with (
                    stored.storage.open(stored.name, "rb") as handle,
                    archive.open(name, "w") as target,
                ):
                    while chunk := handle.read(1024 * 1024):
                        target.write(chunk)
            except Exception:  # gone from storage, or the storage refused: the rest still goes
                entry["missing"] = True
                logger.warning(
                    "Export of %s %s: file %s is missing", label(model), row.pk, stored.name
                )
            written.append(entry)
    return written


def archive_name(stored_name: str) -> str:
    """Where a stored file goes in the ZIP: under files/, whatever its name says ("../")."""
    clean = posixpath.normpath("/" + stored_name.replace("\\", "/")).lstrip("/")
    return f"files/{clean}"


def _dump(data) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)


# Deletion -------------------------------------------------------------------------------------


def delete_account(user) -> dict[str, int]:
    """Delete the user, every row they own and, after commit, every file those rows stored.

    Returns the number of rows deleted per model label.
    """
    owned = owned_models()
    user_pk = user.pk
    deleted: dict[str, int] = defaultdict(int)
    with transaction.atomic(), audit.paused():
        stored = list(_stored_files(user_pk, owned))
        _, counts = user.delete()
        for name, count in counts.items():
            deleted[name.lower()] += count
        # What the cascade left: rows tied by fields without a database cascade
        # (history records, audit entries), and anything written while it ran.
        for model in owned:
            _, counts = owned_rows(model, user_pk, owned).delete()
            for name, count in counts.items():
                deleted[name.lower()] += count
        transaction.on_commit(lambda: _delete_files(stored))
    logger.info(
        "Deleted account %s: %s rows, %s files", user_pk, sum(deleted.values()), len(stored)
    )
    return dict(deleted)


def _stored_files(user_pk: int, owned) -> Iterator[tuple[Storage, str]]:
    for model in owned:
        for field in _file_fields(model):
            rows = _with_file(owned_rows(model, user_pk, owned), field)
            for name in rows.values_list(field.attname, flat=True):
                yield field.storage, name


def _delete_files(stored: list[tuple[Storage, str]]) -> None:
    for storage, name in stored:
        try:
            storage.delete(name)
        except Exception:  # one stuck file must not keep the others
            logger.exception("Could not delete stored file %s", name)


def _foreign_keys(model: type[models.Model]) -> list[models.Field]:
    return [
        field
        for field in model._meta.concrete_fields
        if field.is_relation and (field.many_to_one or field.one_to_one)
    ]


def _with_file(rows: QuerySet, field: models.FileField) -> QuerySet:
    return rows.exclude(**{field.attname: ""}).exclude(**{f"{field.attname}__isnull": True})


def _file_fields(model: type[models.Model]) -> list[models.FileField]:
    return [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]
