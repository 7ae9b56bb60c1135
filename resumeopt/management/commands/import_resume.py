"""Print the JSON Resume document read from resume files.

    manage.py import_resume PATH                 the document, indented
    manage.py import_resume --jsonl PATH [...]   one line per file:
        {"path": ..., "resume": {...}} or {"path": ..., "error": "..."}

Exits 1 if any file failed. A JSON Resume file prints identically.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from resumeopt.importers import ResumeImportError, import_path


class Command(BaseCommand):
    help = (
        "Read resume files (PDF, DOCX, HTML, TXT, Markdown, JSON Resume) and print JSON Resume "
        "documents."
    )

    # Files in, JSON out, no database: the project's system checks (which import every
    # view to check the URLs) are `manage.py check`'s job, not a cost on every run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--jsonl", action="store_true", help="One JSON line per file.")

    def handle(self, *args, paths: list[str], jsonl: bool, **options):
        if not jsonl:
            if len(paths) > 1:
                raise CommandError("Give one PATH, or use --jsonl for several.")
            try:
                document = import_path(paths[0]).document
            except ResumeImportError as error:
                self.stderr.write(f"{paths[0]}: {error}")
                sys.exit(1)
            self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
            return
        failed = False
        for path in paths:
            try:
                line = {"path": path, "resume": import_path(path).document}
            except ResumeImportError as error:
                line = {"path": path, "error": str(error)}
                failed = True
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failed:
            sys.exit(1)
