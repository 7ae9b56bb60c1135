"""Print what a job posting asks for.

manage.py analyze_job PATH [--json]      one posting file (TXT, PDF, DOCX, HTML)
manage.py analyze_job --jsonl            lines {"id", "text"} on standard input; one line out per line in:
    {"id", "skills": [{"name", "text", "start", "end", "type"}], "title", "company", ...}
    with offsets into that line's text, or {"id", "error"}.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from jobs.extraction import PostingError, extract_requirements
from jobs.postings import text_from_file

SKILL_KEYS = ("name", "text", "start", "end", "type")


def extraction_json(requirements) -> dict:
    data = requirements.to_dict()
    data.pop("skill_context", None)
    data["skills"] = [
        {key: skill[key] for key in (*SKILL_KEYS, "required")} for skill in data["skills"]
    ]
    return data


class Command(BaseCommand):
    help = "Extract the requirements of job postings (skills with offsets, years, education, ...)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument(
            "--jsonl", action="store_true", help='Read {"id", "text"} lines from standard input.'
        )

    def handle(self, *args, path: str | None, jsonl: bool, **options):
        as_json = options["json"]
        if jsonl:
            if path:
                raise CommandError("--jsonl reads standard input; do not give a PATH.")
            self._jsonl()
            return
        if not path:
            raise CommandError("Give a PATH, or use --jsonl.")
        try:
            with open(path, "rb") as handle:
                text = text_from_file(handle.read(), path)
            requirements = extract_requirements(text)
        except (OSError, PostingError) as error:
            raise CommandError(str(error)) from None
        if as_json:
            self.stdout.write(_dumps(extraction_json(requirements), indent=2))
        else:
            self._print(path, requirements)

    def _jsonl(self) -> None:
        failed = False
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            result = _line_result(line, number)
            failed |= "error" in result
            self.stdout.write(_dumps(result))
        if failed:
            sys.exit(1)

    def _print(self, path: str, requirements) -> None:
        write = self.stdout.write
        write(self.style.MIGRATE_HEADING(f"{path}: {requirements.title or 'untitled'}"
                                         f"{' at ' + requirements.company if requirements.company else ''}"))  # fmt: skip
        for label, value in (("Seniority", requirements.seniority), ("Experience", f"{requirements.years_min}+ years" if requirements.years_min else ""),
                             ("Education", requirements.education_level), ("Type", requirements.employment_type),
                             ("Location", requirements.location), ("Remote", requirements.remote_policy)):  # fmt: skip
            if value:
                write(f"  {label}: {value}")
        for skill in requirements.unique_skills().values():
            level = "required" if skill.required else "preferred"
            write(f"  - {skill.name} ({skill.type}, {level}) from “{skill.text}” at {skill.start}")


def _line_result(line: str, number: int) -> dict:
    """One output line for one input line: the extraction, or the reason there is none."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": number, "error": f"Line {number} is not valid JSON: {error.msg}."}
    if not isinstance(item, dict):
        return {"id": number, "error": f"Line {number} is not a JSON object."}
    identifier = item.get("id", number)
    try:
        return {"id": identifier, **extraction_json(extract_requirements(item.get("text") or ""))}
    except PostingError as error:
        return {"id": identifier, "error": str(error)}


def _dumps(value, indent=None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)
