"""Making exports: what can be exported, rendering it, keeping the file, batches into one ZIP.

Views, the batch task and tests call these functions; the formats
themselves are in `exports.renderers`, which knows nothing of the database.
A "source" is what gets exported: the resume's current state or one of its
named versions (a history record).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction

from exports.models import Export, ExportPreferences
from exports.renderers import (
    FORMATS,
    NOTHING_TO_EXPORT,
    ExportError,
    ExportOptions,
    file_name,
    file_stem,
    has_content,
    render,
)
from resumeopt.models import Resume
from versions.models import Version

CURRENT = "current"
MAX_BATCH_ITEMS = 300


@dataclass
class Source:
    """One exportable state of a resume."""

    key: str  # "current" or a version's id
    label: str
    version: Version | None = None

    @property
    def qualifier(self) -> str:
        """What tells this source's files apart in a name: the version's name."""
        return self.label if self.version else ""


def sources(resume: Resume) -> list[Source]:
    """The current state, then each named version that
    still has its history record, newest first."""
    versions = Version.objects.filter(
        resume=resume, deleted_at__isnull=True, record__isnull=False
    ).only("pk", "name", "record_id", "resume_id")
    return [Source(CURRENT, "Current state"), *(Source(str(v.pk), v.name, v) for v in versions)]


def source_for(resume: Resume, key: str) -> Source:
    """The source a form or a stored batch names; ExportError if it no longer exists."""
    if key == CURRENT:
        return Source(CURRENT, "Current state")
    version = (
        Version.objects.filter(resume=resume, pk=int(key) if str(key).isdigit() else None)
        .select_related("record")
        .first()
    )
    if version is None or version.deleted_at is not None:
        raise ExportError("This version was deleted.")
    if version.record_id is None:
        raise ExportError(
            f"The history behind “{version.name}” was cleaned up, so it cannot be exported."
        )
    return Source(str(version.pk), version.name, version)


def source_state(resume: Resume, source: Source) -> tuple[dict[str, Any], int | None]:
    """The document to export and the history record it is (None if the resume has no history)."""
    if source.version is not None:
        record = source.version.record
        if record is None:
            raise ExportError(
                f"The history behind “{source.label}” was cleaned up, so it cannot be exported."
            )
        return record.content, record.history_id
    latest = resume.history.order_by("-history_date", "-history_id").values_list(
        "history_id", flat=True
    )
    return resume.content, latest.first()


def default_options(user) -> ExportOptions:
    """The user's last export options, or the built-in
    defaults if none (or they no longer apply)."""
    stored = ExportPreferences.objects.filter(user=user).values_list("options", flat=True).first()
    try:
        return ExportOptions.from_dict(stored)
    except ExportError:
        return ExportOptions()  # e.g. a template that was removed since


def remember_options(user, options: ExportOptions) -> None:
    ExportPreferences.objects.update_or_create(user=user, defaults={"options": options.to_dict()})


def check_exportable(resume: Resume, source: Source, options: ExportOptions) -> None:
    """ExportError if these options would export nothing (checked without rendering)."""
    document, _ = source_state(resume, source)
    if not has_content(document, options.sections):
        raise ExportError(NOTHING_TO_EXPORT)


def render_source(
    resume: Resume, source: Source, fmt: str, options: ExportOptions
) -> tuple[bytes, str, int | None]:
    """(file bytes, download name, history record) of one
    source in one format; ExportError if impossible."""
    document, history_id = source_state(resume, source)
    data = render(document, fmt, options)
    return data, file_name(document, fmt, resume.title, source.qualifier), history_id


def export_file(resume: Resume, source: Source, fmt: str, options: ExportOptions) -> Export:
    """Render one file, keep it in storage and record it in the user's export history.

    Raises ExportError (nothing recorded) when it cannot be made.
    """
    data, name, history_id = render_source(resume, source, fmt, options)
    export = Export(
        owner=resume.owner,
        resume=resume,
        version=source.version,
        history_id=history_id,
        source_label=source.label[:200],
        format=fmt,
        template=options.template,
        options=options.to_dict(),
        filename=name,
        size=len(data),
    )
    with transaction.atomic():
        export.file.save(name, ContentFile(data), save=False)
        export.save()
    return export


def plan_batch(
    resume: Resume, keys: list[str], formats: list[str], options: ExportOptions
) -> Export:
    """Record a batch export to run: every chosen source in every chosen format.

    Each source is pinned now (its history record), so the ZIP holds the
    states the user chose even if the resume changes while it is made.
    """
    if not keys:
        raise ExportError("Choose at least one version to export.")
    if not formats:
        raise ExportError("Choose at least one format.")
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise ExportError(f"Unknown format “{unknown[0]}”. Choose one of: {', '.join(FORMATS)}.")
    if len(keys) * len(formats) > MAX_BATCH_ITEMS:
        raise ExportError(
            f"A batch holds up to {MAX_BATCH_ITEMS} files; choose fewer versions or formats."
        )
    items = []
    for key in dict.fromkeys(keys):
        try:
            source = source_for(resume, key)
            _, history_id = source_state(resume, source)
            planned = {"source": source.key, "label": source.label, "history_id": history_id}
        except ExportError as error:  # deleted since the form was shown: listed as failed
            planned = {
                "source": str(key),
                "label": f"Version {key}",
                "history_id": None,
                "unavailable": str(error),
            }
        items += [{**planned, "format": fmt} for fmt in dict.fromkeys(formats)]
    return Export.objects.create(
        owner=resume.owner,
        resume=resume,
        source_label=f"{len(items)} files",
        format=Export.Kind.ZIP,
        template=options.template,
        options=options.to_dict(),
        filename=f"{file_stem(resume.content, resume.title)}-exports.zip",
        items=items,
    )


def run_batch(export: Export, progress: Callable[..., None] | None = None) -> Export:
    """Render every item of a planned batch into one ZIP; an item that fails is listed, not fatal.

    Raises ExportError when no item could be made (there is nothing to deliver).
    """
    resume = export.resume
    options = ExportOptions.from_dict(export.options)
    buffer = io.BytesIO()
    names: set[str] = set()
    items = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for done, item in enumerate(export.items):
            item = {
                key: value
                for key, value in item.items()
                if key not in ("error", "filename", "size")
            }
            try:
                if item.get("unavailable"):
                    raise ExportError(item["unavailable"])
                document = _pinned_document(resume, item)
                data = render(document, item["format"], options)
            except ExportError as error:
                item["error"] = str(error)
            else:
                qualifier = item["label"] if item["source"] != CURRENT else ""
                item["filename"] = _unique(
                    file_name(document, item["format"], resume.title, qualifier), names
                )
                item["size"] = len(data)
                archive.writestr(item["filename"], data)
            items.append(item)
            if progress:
                progress(
                    done + 1,
                    len(export.items),
                    message=f"{item['label']}: {FORMATS[item['format']].label}",
                )
        failed = [item for item in items if item.get("error")]
        if failed:
            archive.writestr(
                "failed.txt",
                "".join(
                    f"{item['label']} ({FORMATS[item['format']].label}): {item['error']}\n"
                    for item in failed
                ),
            )
    export.items = items
    if len(failed) == len(items):
        Export.objects.filter(pk=export.pk).update(items=items)
        raise ExportError(f"None of the {len(items)} files could be made: {failed[0]['error']}")
    data = buffer.getvalue()
    export.size = len(data)
    export.file.save(export.filename, ContentFile(data), save=False)
    saved = Export.objects.filter(pk=export.pk).update(
        items=items, size=export.size, file=export.file.name
    )
    if not saved:  # the user deleted the export while it was being made: keep no orphan file
        export.file.delete(save=False)
        raise ExportError("The export was deleted while it was being made.")
    return export


def _pinned_document(resume: Resume, item: dict[str, Any]) -> dict[str, Any]:
    """The state a batch item pinned when it was planned."""
    if item.get("history_id") is None:
        return resume.content
    record = resume.history.filter(history_id=item["history_id"]).first()
    if record is None:
        raise ExportError(
            f"The history behind “{item['label']}” was cleaned up, so it cannot be exported."
        )
    return record.content


def _unique(name: str, taken: set[str]) -> str:
    """The name, or name-2, name-3... if another file in the ZIP already has it."""
    stem, dot, extension = name.rpartition(".")
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{stem}-{number}{dot}{extension}"
        number += 1
    taken.add(candidate)
    return candidate
