"""Check proposed rewrites with the fact guard: what they claim that the resume does not show.

    manage.py check_edit --jsonl [FILE]
    manage.py check_edit --resume RESUME.json --original
    TEXT --replacement TEXT [--job FILE] [--json]

With --jsonl, each input line (from FILE, or standard input) is
{"id", "resume": <JSON Resume document>, "job": "<posting text or empty>",
"original": "...", "replacement": "..."} and each output line, in the same order, is
{"id", "warnings": [{"kind": "figure|name|skill|date|degree", "from_job": bool,
"text": "...", "message": "..."}]}. A line that cannot be read gets {"id", "error"}
instead, and the others are still checked; the command then exits 1.
"""

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from conversations.guard import check_claims


def check_line(line: str) -> dict[str, Any]:
    """The output line for one input line."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"Not valid JSON: {error.msg} (column {error.colno})."}
    if not isinstance(item, dict):
        return {"id": None, "error": "Each line must be a JSON object."}
    ident = item.get("id")
    fields = {name: item.get(name, "") for name in ("job", "original", "replacement")}
    wrong = [name for name, value in fields.items() if not isinstance(value, str)]
    if wrong or not isinstance(item.get("resume", {}), dict):
        names = ", ".join(wrong + ([] if isinstance(item.get("resume", {}), dict) else ["resume"]))
        return {
            "id": ident,
            "error": f"Wrong type for {names}: resume is an object, the rest are text.",
        }
    warnings = check_claims(
        fields["original"], fields["replacement"], item.get("resume") or {}, fields["job"]
    )
    return {"id": ident, "warnings": [warning.as_dict() for warning in warnings]}


class Command(BaseCommand):
    help = (
        "Check proposed rewrites for claims the resume does not show (figures, names, skills, "
        "dates, degrees)."
    )

    # Files in, JSON out, no database: the project's system checks (which import every
    # view to check the URLs) are `manage.py check`'s job, not a cost on every run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--jsonl",
            nargs="?",
            const="-",
            metavar="FILE",
            help="Check one JSON object per line from FILE (default: standard input).",
        )
        parser.add_argument("--resume", metavar="FILE", help="A JSON Resume file.")
        parser.add_argument("--original", default="", help="The text as the resume has it now.")
        parser.add_argument("--replacement", help="The proposed rewrite.")
        parser.add_argument("--job", metavar="FILE", help="The target job's posting, as text.")
        parser.add_argument("--json", action="store_true", help="Print the warnings as JSON.")

    def handle(self, *args, **options):
        if options["jsonl"] is not None:
            self._check_lines(options["jsonl"])
            return
        if not options["resume"] or options["replacement"] is None:
            raise CommandError("Give --jsonl, or --resume FILE and --replacement TEXT.")
        try:
            document = json.loads(Path(options["resume"]).read_text(encoding="utf-8"))
            job = Path(options["job"]).read_text(encoding="utf-8") if options["job"] else ""
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"Could not read the input: {error}") from error
        if not isinstance(document, dict):
            raise CommandError("The resume file must hold a JSON Resume object.")
        warnings = check_claims(options["original"], options["replacement"], document, job)
        if options["json"]:
            self.stdout.write(
                json.dumps([warning.as_dict() for warning in warnings], ensure_ascii=False)
            )
        elif not warnings:
            self.stdout.write("No claims the resume does not show.")
        for warning in warnings if not options["json"] else []:
            self.stdout.write(f"{warning.kind}: {warning.message}")

    def _check_lines(self, source: str) -> None:
        try:
            stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Could not read {source}: {error}") from error
        failed = False
        with stream:
            for line in stream:
                if not line.strip():
                    continue
                result = check_line(line)
                failed = failed or "error" in result
                self.stdout.write(json.dumps(result, ensure_ascii=False))
        if failed:
            sys.exit(1)
