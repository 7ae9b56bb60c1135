"""Print what a job posting asks for.

manage.py analyze_job PATH [--json]      one posting file (TXT, PDF, DOCX, HTML)
manage.py analyze_job --jsonl            lines {"id",
"text"} on standard input; one line out per line in:
    {"id", "skills": [{"name", "text", "start", "end", "type"}], "title", "company", ...}
    with offsets into that line's text, or {"id", "error"}. Exit status 1 if any line failed.
"""

from __future__ import annotations

import io
import json
import sys
from typing import TYPE_CHECKING, Any

from django.core.management.base import BaseCommand, CommandError

if TYPE_CHECKING:
    from jobs.extraction import Requirements

# The extractor (and jobs.postings, which imports it) is imported where a posting is read:
# loading it compiles some 150 patterns, 0.7G instructions, which the command's start, its
# --help and a run with no input skip.

SKILL_KEYS = ("name", "text", "start", "end", "type")
FACTS = (
    "title",
    "company",
    "seniority",
    "years_min",
    "years_max",
    "education_level",
    "education_field",
    "education_required",
    "employment_type",
    "location",
    "remote_policy",
)


def extraction_json(requirements: Requirements) -> dict[str, Any]:
    """The extraction as the command prints it: every skill found, with exactly the keys
    {name, text, start, end, type}, then the facts and which skills are required or preferred."""
    unique = requirements.unique_skills(mentions=False)
    return {
        "skills": [
            {key: getattr(skill, key) for key in SKILL_KEYS} for skill in requirements.skills
        ],
        **{name: getattr(requirements, name) for name in FACTS},
        "required_skills": [name for name, skill in unique.items() if skill.required],
        "preferred_skills": [name for name, skill in unique.items() if not skill.required],
        "keywords": requirements.keywords,
        "required": requirements.required,
        "preferred": requirements.preferred,
        "duties": requirements.duties,
    }


class Command(BaseCommand):
    help = "Extract the requirements of job postings (skills with offsets, years, education, ...)."

    # Files in, JSON out, no database: the project's system checks (which import every
    # view to check the URLs) are `manage.py check`'s job, not a cost on every run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument(
            "--jsonl", action="store_true", help='Read {"id", "text"} lines from standard input.'
        )

    def handle(self, *args, path: str | None, jsonl: bool, **options):
        if jsonl:
            if path:
                raise CommandError("--jsonl reads standard input; do not give a PATH.")
            if self._jsonl():
                sys.exit(1)
            return
        if not path:
            raise CommandError("Give a PATH, or use --jsonl.")
        from jobs.extraction import PostingError, extract_requirements
        from jobs.postings import text_from_file

        try:
            with open(path, "rb") as handle:
                text = text_from_file(handle.read(), path)
            requirements = extract_requirements(text)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
        except PostingError as error:
            raise CommandError(str(error)) from None
        if options["json"]:
            self.stdout.write(_dumps(extraction_json(requirements), indent=2))
        else:
            self._print(path, requirements)

    def _jsonl(self) -> bool:
        """One output line per input line; True if any line failed."""
        failed = False
        for number, line in enumerate(_stdin_lines(), start=1):
            if not line.strip():
                continue
            result = line_result(line, number)
            failed |= "error" in result
            self.stdout.write(_dumps(result))
        return failed

    def _print(self, path: str, requirements: Requirements) -> None:
        write = self.stdout.write
        where = f" at {requirements.company}" if requirements.company else ""
        write(self.style.MIGRATE_HEADING(f"{path}: {requirements.title or 'untitled'}{where}"))
        years = ""
        if requirements.years_min:
            upper = f"–{requirements.years_max}" if requirements.years_max else "+"
            years = f"{requirements.years_min}{upper} years"
        education = requirements.education_level
        if education and requirements.education_field:
            education += f" in {requirements.education_field}"
        if education and not requirements.education_required:
            education += " (preferred)"
        for label, value in (
            ("Seniority", requirements.seniority),
            ("Experience", years),
            ("Education", education),
            ("Type", requirements.employment_type),
            ("Location", requirements.location),
            ("Remote", requirements.remote_policy),
        ):
            if value:
                write(f"  {label}: {value}")
        for skill in requirements.unique_skills().values():
            write(
                f"  - {skill.name} ({skill.type}, {skill.level}) from “{skill.text}” at "
                f"{skill.start}"
            )


def _stdin_lines():
    """Standard input as UTF-8 lines, whatever the terminal's locale says."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace")


def line_result(line: str, number: int) -> dict[str, Any]:
    """One output line for one input line: the extraction, or the reason there is none."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": number, "error": f"Line {number} is not valid JSON: {error.msg}."}
    if not isinstance(item, dict):
        return {"id": number, "error": f"Line {number} is not a JSON object."}
    identifier = item.get("id", number)
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": identifier, "error": f'Line {number} has no "text" string.'}
    from jobs.extraction import PostingError, extract_requirements

    try:
        return {"id": identifier, **extraction_json(extract_requirements(text))}
    except PostingError as error:
        return {"id": identifier, "error": str(error)}


def _dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)
