"""Analyse resume files and print their score and findings.

    manage.py analyze_resume PATH [PATH ...] [--json]

PATH is any file import_resume reads. With --json the output is a JSON list of
{"path", "score", "categories", "findings": [{"check", "category", "severity",
"message", "section", "path", "fix"}]}; otherwise a readable report. Exits 1
if any file could not be read.
"""

import json
import sys

from django.core.management.base import BaseCommand

from optimizer.analysis import analyze
from resumeopt.importers import ResumeImportError, import_path

FINDING_KEYS = ("check", "category", "severity", "message", "section", "path", "fix")


class Command(BaseCommand):
    help = "Analyse resume files (PDF, DOCX, HTML, TXT, Markdown, JSON Resume): score and findings."

    # Files in, JSON out, no database: the project's system checks (which import every
    # view to check the URLs) are `manage.py check`'s job, not a cost on every run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="Print a JSON list.")

    def handle(self, *args, paths: list[str], json: bool, **options):
        results, failed = [], False
        for path in paths:
            try:
                document = import_path(path).document
            except ResumeImportError as error:
                self.stderr.write(f"{path}: {error}")
                failed = True
                continue
            report = analyze(document)
            results.append(
                {
                    "path": path,
                    "score": report.score,
                    "categories": report.categories,
                    "findings": [
                        {key: getattr(f, key) for key in FINDING_KEYS} for f in report.findings
                    ],
                }
            )
        if json:
            self.stdout.write(_dumps(results))
        else:
            for result in results:
                self._print_report(result)
        if failed:
            sys.exit(1)

    def _print_report(self, result: dict) -> None:
        categories = ", ".join(f"{name} {value}" for name, value in result["categories"].items())
        self.stdout.write(
            self.style.MIGRATE_HEADING(f"{result['path']}: {result['score']}/100 ({categories})")
        )
        for finding in result["findings"]:
            where = f" [{finding['path']}]" if finding["path"] else ""
            self.stdout.write(
                f"  {finding['severity']:<10} {finding['check']}{where}: {finding['message']}"
            )
            if finding["fix"]:
                self.stdout.write(f"             → {finding['fix']}")


def _dumps(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
