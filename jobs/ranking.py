"""Batch ranking: many postings read, extracted, scored against one resume and stored.

Called by the Celery task (with progress reports) and by the benchmark. Safe to
run twice: a rerun replaces what an interrupted run left.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

from django.db import transaction

from jobs.extraction import PostingError, extract_requirements
from jobs.matching import match_profile, profile_of
from jobs.models import JobDescription, RankedPosting, RankingBatch
from jobs.postings import (
    MAX_ARCHIVE_FILES,
    MAX_FILE_BYTES,
    MAX_TABLE_BYTES,
    Posting,
    PostingInputError,
    capped,
    check_zip,
    is_archive,
    postings_from_csv,
    postings_from_files,
    postings_from_jsonl,
    postings_from_pasted,
)

TABLE_SUFFIXES = (".zip", ".csv", ".jsonl")

CHUNK = 100  # postings saved and reported per step


def bundle_files(files: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """Check an upload of several files and keep it as one file for the worker.

    A single zip, CSV or JSONL is kept as it is; several files become one zip.
    Raises PostingInputError for anything that must be refused as a whole.
    """
    if not files:
        raise PostingInputError("Choose at least one file.")
    if len(files) > MAX_ARCHIVE_FILES:
        raise PostingInputError(
            f"{len(files)} files were chosen; the limit is {MAX_ARCHIVE_FILES}."
        )
    for name, data in files:
        if len(data) > MAX_FILE_BYTES and not name.lower().endswith(TABLE_SUFFIXES):
            raise PostingInputError(f"{name} is over 5 MB; a posting file can be at most 5 MB.")
        if len(data) > MAX_TABLE_BYTES:
            raise PostingInputError(f"{name} is over 50 MB; split it into smaller uploads.")
    if len(files) == 1:
        name, data = files[0]
        suffix = PurePosixPath(name.lower()).suffix
        # Each refuses a bad file now, before anything is saved.
        if suffix == ".zip":
            check_zip(data)
            return name, data
        if suffix in (".csv", ".jsonl"):
            capped((postings_from_csv if suffix == ".csv" else postings_from_jsonl)(data))
            return name, data
    if any(name.lower().endswith(TABLE_SUFFIXES) for name, _ in files):
        raise PostingInputError(
            "Upload one zip, CSV or JSONL file on its own, or several posting files."
        )
    for name, data in files:
        if is_archive(name, data[:8]):
            raise PostingInputError(f"{name} is an archive; upload it on its own, as a .zip.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(PurePosixPath(name).name or "posting.txt", data)
    return "postings.zip", buffer.getvalue()


def read_batch(batch: RankingBatch) -> list[Posting]:
    if batch.source_file:
        with batch.source_file.open("rb") as handle:
            data = handle.read()
        return postings_from_files([(PurePosixPath(batch.source_file.name).name, data)])
    return postings_from_pasted(batch.source_text)


def run_batch(batch: RankingBatch, progress: Callable[[int, int, str], None] | None = None) -> dict:
    """Extract and rank every posting of the batch; returns counts for the job's result."""
    # Here, not at the top: views import this module, and management commands load views.
    from celery.exceptions import SoftTimeLimitExceeded

    if batch.resume is None:
        raise PostingError("The resume this batch ranks against was deleted. Start a new batch.")
    try:
        postings = read_batch(batch)
    except PostingInputError as error:
        raise PostingError(str(error)) from None
    except SoftTimeLimitExceeded:
        raise PostingError(
            "The batch reached the time limit while its postings were being read, before any "
            "was ranked. Split it into smaller batches."
        ) from None
    total = len(postings)
    profile = profile_of(batch.resume.content)
    failures = [{"name": p.name, "error": p.error} for p in postings if p.error]
    readable = [p for p in postings if not p.error]
    with transaction.atomic():
        batch.postings.all().delete()
    done = len(failures)
    try:
        _rank_in_chunks(batch, profile, readable, failures, done, total, progress)
    except SoftTimeLimitExceeded:
        # Each chunk is saved as it is ranked: keep them, and say how far it got.
        batch.failures = failures
        batch.save(update_fields=["failures"])
        ranked = batch.postings.count()
        raise PostingError(
            f"The batch reached the time limit after ranking {ranked:,} of {total:,} postings. "
            "Those are kept on the batch page; rank the rest as a smaller batch."
        ) from None
    batch.failures = failures
    batch.save(update_fields=["failures"])
    return {"postings": total, "ranked": total - len(failures), "failed": len(failures)}


def _rank_in_chunks(batch, profile, readable, failures, done, total, progress) -> int:
    """Extract, match and save the readable postings CHUNK at a time; returns how many are done."""
    for start in range(0, len(readable), CHUNK):
        descriptions, rankings = [], []
        for posting in readable[start : start + CHUNK]:
            try:
                requirements = extract_requirements(posting.text)
            except PostingError as error:
                failures.append({"name": posting.name, "error": str(error)})
                continue
            description = JobDescription(
                owner=batch.owner,
                batch=batch,
                source_text=posting.text,
                source_name=posting.name[:255],
                title=(posting.title or requirements.title)[:200],
                company=(posting.company or requirements.company)[:200],
                requirements=requirements.to_dict(),
            )
            descriptions.append(description)
            rankings.append((description, match_profile(profile, requirements, advice=False)))
        with transaction.atomic():
            JobDescription.objects.bulk_create(descriptions)
            RankedPosting.objects.bulk_create(
                RankedPosting(
                    batch=batch,
                    posting=description,
                    score=result.score,
                    matched=[m["name"] for m in result.matched],
                    missing=[m["name"] for m in result.missing],
                    breakdown={name: part["score"] for name, part in result.breakdown.items()},
                    explanation=result.explanation[:300],
                )
                for description, result in rankings
            )
        done += len(readable[start : start + CHUNK])
        if progress:
            progress(done, total, f"Ranked {done - len(failures)} of {total} postings")
    return done
