"""Rank job postings against a resume, best first.

    manage.py rank_jobs --resume PATH --jobs PATH [--json]

--resume is any importable resume file. --jobs is a folder of posting files, a
CSV (columns id, text or job_description, optional title or job_title) or a
JSONL file (id, text, optional title). --json prints
[{"id", "title", "score", "matched": [...], "missing": [...], "company",
"explanation"}], best first (ties
keep the input order); an id is the CSV's or JSONL's own, or a file's name without
its extension for a folder. Postings that cannot be read are named on standard
error and left out; the exit status is then 1, after the rest is printed.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from jobs.extraction import PostingError
from jobs.matching import profile_of, ranking_key
from jobs.postings import PostingInputError, postings_from_path
from jobs.scoring import scored_in_order
from resumeopt.importers import ResumeImportError, import_path


class Command(BaseCommand):
    help = "Rank job postings against one resume."

    # Files in, JSON out, no database: the project's system checks (which import every
    # view to check the URLs) are `manage.py check`'s job, not a cost on every run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--resume", required=True, metavar="PATH")
        parser.add_argument("--jobs", required=True, metavar="PATH")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, resume: str, jobs: str, json: bool, **options):
        try:
            document = import_path(resume).document
        except ResumeImportError as error:
            raise CommandError(f"{resume}: {error}") from None
        # Postings are read, extracted, scored and forgotten a few at a time, on every
        # processor: only each summary is kept, so memory grows by a few hundred bytes a
        # posting.
        scored = []
        failed = 0
        try:
            for posting, outcome in scored_in_order(profile_of(document), postings_from_path(jobs)):
                if isinstance(outcome, PostingError):
                    self.stderr.write(f"{posting.name}: {outcome}")
                    failed += 1
                    continue
                scored.append(_summary(posting, outcome))
        except PostingInputError as error:
            raise CommandError(str(error)) from None
        # As jobs.matching.rank orders them; stable, so full ties keep the input's order.
        ranked = sorted(scored, key=lambda row: ranking_key(row["score"], row["matched"]))
        if json:
            self.stdout.write(_dumps(ranked))
        else:
            self._print(ranked)
        if failed:
            self.stderr.write(f"{failed} posting{'s' if failed != 1 else ''} could not be read.")
            sys.exit(1)

    def _print(self, ranked: list[dict]) -> None:
        for number, row in enumerate(ranked, start=1):
            self.stdout.write(f"{number:>3}. {row['score']:>3}  {row['id']}  {row['title']}")
            if row["missing"]:
                self.stdout.write(f"        missing: {', '.join(row['missing'][:8])}")


def _summary(posting, scored) -> dict:
    return {
        "id": posting.key if posting.key is not None else posting.name,
        "title": posting.title or scored.title,
        "score": scored.score,
        "matched": scored.matched,
        "missing": scored.missing,
        "company": scored.company,
        "explanation": scored.explanation,
    }


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
