"""Applications as CSV: export every one, import a spreadsheet of them.

The columns are documented in the README. An import checks every row first and
saves nothing unless all rows are good, so a bad file loses nothing and the
user fixes it and tries again with every problem listed at once.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from applications import tracking
from applications.models import Application, Contact, Event, StageKind

COLUMNS = [
    "company",
    "title",
    "stage",
    "saved",
    "applied",
    "responded",
    "match_score",
    "resume_version",
    "template",
    "next_step",
    "next_step_due",
    "notes",
    "contacts",
]
MAX_ROWS = 5000
MAX_BYTES = 2 * 1024 * 1024
CONTACT_RE = re.compile(
    r"^\s*(?P<name>[^<(]+?)\s*(?:<(?P<email>[^>]*)>)?\s*(?:\((?P<role>[^)]*)\))?\s*$"
)


class CSVImportError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def _cell(value) -> str:
    """Spreadsheet-safe: a cell starting with = + - @ is not run as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def _day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return (timezone.localdate(value) if isinstance(value, datetime) else value).isoformat()


def export_csv(user) -> str:
    rows = (
        Application.objects.filter(owner=user)
        .select_related("stage", "version")
        .prefetch_related("contacts")
        .order_by("saved_at", "pk")
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for application in rows:
        contacts = "; ".join(
            contact.name
            + (f" <{contact.email}>" if contact.email else "")
            + (f" ({contact.role})" if contact.role else "")
            for contact in application.contacts.all()
        )
        writer.writerow(
            [
                _cell(value)
                for value in (
                    application.company,
                    application.title,
                    application.stage.name,
                    _day(application.saved_at),
                    _day(application.applied_at),
                    _day(application.responded_at),
                    application.match_score,
                    application.version.name if application.version else "",
                    application.template,
                    application.next_step,
                    _day(application.next_step_due),
                    application.notes,
                    contacts,
                )
            ]
        )
    return out.getvalue()


@dataclass
class _Row:
    fields: dict
    stage: object
    contacts: list[dict] = field(default_factory=list)
    saved: datetime | None = None


def _plain(value: str | None) -> str:
    # NUL never belongs in a cell, and PostgreSQL refuses to store it.
    text = (value or "").replace("\x00", "").strip()
    return text[1:] if text[:2] in ("'=", "'+", "'-", "'@") else text


def _parse_day(value: str, column: str, problems: list[str], line: int) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        problems.append(f"Line {line}: {column} “{value}” is not a date like 2026-03-31.")
        return None


def _moment(day: date | None) -> datetime | None:
    return timezone.make_aware(datetime.combine(day, time(12))) if day else None


def import_csv(user, data: bytes) -> int:
    """Add the CSV's applications; raises CSVImportError
    listing every problem, having saved nothing."""
    if len(data) > MAX_BYTES:
        raise CSVImportError([f"The file is over {MAX_BYTES // (1024 * 1024)} MB; split it."])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CSVImportError(
            ["The file is not UTF-8 text; save it as “CSV UTF-8” and try again."]
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    try:  # the whole file is at most MAX_BYTES, so reading every row first is cheap
        headers = {name.strip().lower() for name in reader.fieldnames or [] if name}
        raw_rows = list(reader)
    except csv.Error as error:
        raise CSVImportError([f"The file cannot be read as CSV: {error}."]) from None
    if not headers & {"company", "title"}:
        raise CSVImportError(
            ["The first line must name the columns, with at least company or title."]
        )
    stages = tracking.stages_for(user)
    by_name = {stage.name.lower(): stage for stage in stages} | {
        stage.kind: stage for stage in stages
    }
    problems: list[str] = []
    parsed: list[_Row] = []
    for line, raw in enumerate(raw_rows, start=2):
        if line - 1 > MAX_ROWS:
            problems.append(f"More than {MAX_ROWS} rows; split the file.")
            break
        row = {
            (key or "").strip().lower(): _plain(value if isinstance(value, str) else "")
            for key, value in raw.items()
        }
        if not any(row.values()):
            continue
        company, title = row.get("company", ""), row.get("title", "")
        if not company and not title:
            problems.append(f"Line {line}: give a company or a title.")
            continue
        stage_name = row.get("stage", "").lower() or StageKind.SAVED
        stage = by_name.get(stage_name)
        if stage is None:
            problems.append(
                f"Line {line}: unknown stage “{row['stage']}” (use one of: "
                f"{', '.join(s.name for s in stages)})."
            )
            continue
        score = row.get("match_score", "")
        if score and not (score.isdigit() and 0 <= int(score) <= 100):
            problems.append(
                f"Line {line}: match_score “{score}” is not a whole number from 0 to 100."
            )
            continue
        days = {
            col: _parse_day(row.get(col, ""), col, problems, line)
            for col in ("saved", "applied", "responded", "next_step_due")
        }
        contacts = []
        for part in filter(None, (p.strip() for p in row.get("contacts", "").split(";"))):
            match = CONTACT_RE.match(part)
            if match is None:
                problems.append(
                    f"Line {line}: contact “{part}” should look like Name <email> (role)."
                )
                continue
            contact = {key: (value or "").strip()[:200] for key, value in match.groupdict().items()}
            try:
                if contact["email"]:
                    validate_email(contact["email"])
            except ValidationError:
                problems.append(f"Line {line}: “{contact['email']}” is not an email address.")
                continue
            contacts.append(contact)
        applied = _moment(days["applied"])
        if applied is None and stage.kind in tracking.SENT_KINDS:
            applied = _moment(days["saved"])
        parsed.append(
            _Row(
                {
                    "company": company[:200],
                    "title": title[:200],
                    "match_score": int(score) if score else None,
                    "template": row.get("template", "")[:40],
                    "next_step": row.get("next_step", "")[:200],
                    "next_step_due": days["next_step_due"],
                    "notes": row.get("notes", ""),
                    "applied_at": applied,
                    "responded_at": _moment(days["responded"]),
                },
                stage,
                contacts,
                _moment(days["saved"]),
            )
        )
    if problems:
        raise CSVImportError(
            problems[:20] + ([f"…and {len(problems) - 20} more."] if len(problems) > 20 else [])
        )
    if not parsed:
        raise CSVImportError(["The file has no applications in it."])
    with transaction.atomic():
        for row in parsed:
            application = tracking.create_application(
                user, stage=row.stage, stage_changed_at=row.saved, **row.fields
            )
            if row.saved:
                Application.objects.filter(pk=application.pk).update(saved_at=row.saved)
            Event.objects.filter(application=application).update(text="Imported from a CSV file.")
            Contact.objects.bulk_create(
                [Contact(application=application, **c) for c in row.contacts]
            )
    return len(parsed)
