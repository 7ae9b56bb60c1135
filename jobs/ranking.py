"""Batch ranking: many postings read, extracted, scored against one resume and stored.

Called by the Celery task (with progress reports, in pieces) and by the benchmark.
Safe to run twice: a rerun goes on from the last saved step.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable, Iterator
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
    batch_postings,
    capped,
    check_zip,
    is_archive,
    postings_from_csv,
    postings_from_jsonl,
    postings_from_pasted,
)

TABLE_SUFFIXES = (".zip", ".csv", ".jsonl")

CHUNK = 100  # postings saved and reported per step, at most
SAVE_SECONDS = 3.0  # or fewer, so slow files (PDFs in a zip) still show progress


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


def read_batch(batch: RankingBatch, start: int = 0) -> tuple[int, Iterator[Posting]]:
    """The batch's postings from the `start`-th on, read as they are asked for, and the total."""
    if batch.source_file:
        with batch.source_file.open("rb") as handle:
            data = handle.read()
        return batch_postings(PurePosixPath(batch.source_file.name).name, data, start)
    postings = postings_from_pasted(batch.source_text)
    return len(postings), iter(postings[start:])


def run_batch(
    batch: RankingBatch,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    seconds: float | None = None,
) -> dict | None:
    """Read, extract and rank the batch's postings from where it got to; returns counts at the end.

    Postings are ranked as they are read and saved a step at a time (CHUNK postings, or
    what SAVE_SECONDS allowed), each step in one transaction with the count of postings
    read so far: a run stopped by the time limit or a lost worker keeps every saved
    step, and the next run goes on from there. Given `seconds`, it stops at the first
    step boundary past that long and returns None; the task runs the rest as its next
    piece, so no piece needs more than the time limit, however big the batch and
    however loaded the machine.
    """
    # Here, not at the top: views import this module, and management commands load views.
    from celery.exceptions import SoftTimeLimitExceeded

    if batch.resume is None:
        raise PostingError("The resume this batch ranks against was deleted. Start a new batch.")
    if batch.processed == 0:  # a fresh start: nothing an earlier attempt left is kept
        with transaction.atomic():  # unless another run of it has saved a step meanwhile
            fresh = RankingBatch.objects.select_for_update().filter(pk=batch.pk, processed=0)
            if fresh.exists():
                batch.postings.all().delete()
        batch.failures = []
    try:
        total, postings = read_batch(batch, batch.processed)
    except PostingInputError as error:
        raise PostingError(str(error)) from None
    profile = profile_of(batch.resume.content)
    began = step_began = time.monotonic()
    step: list = []  # each posting's (description, match), or its failure as {name, error}
    try:
        for posting in postings:
            step.append(_ranked(batch, profile, posting))
            if len(step) < CHUNK and time.monotonic() - step_began < SAVE_SECONDS:
                continue
            _save_step(batch, step)
            step, step_began = [], time.monotonic()
            _report(batch, total, progress)
            out_of_time = seconds is not None and time.monotonic() - began >= seconds
            if out_of_time and batch.processed < total:
                return None
        if step:
            _save_step(batch, step)
            _report(batch, total, progress)
    except PostingInputError as error:  # a zip whose later file turned out to be an archive
        raise PostingError(f"{error} {_kept(batch, total)}") from None
    except SoftTimeLimitExceeded:
        raise PostingError(f"The batch reached the time limit. {_kept(batch, total)}") from None
    failed = len(batch.failures)
    return {"postings": total, "ranked": total - failed, "failed": failed}


class BatchTakenOver(Exception):
    """Another run of the same batch saved a step first (a piece handed out twice)."""


def _ranked(batch: RankingBatch, profile, posting: Posting):
    """The posting's description and match, or its failure as {name, error}."""
    if posting.error:
        return {"name": posting.name, "error": posting.error}
    try:
        # A title or company the upload names in its own column wins over the one read.
        requirements = extract_requirements(
            posting.text, title=posting.title, company=posting.company
        )
    except PostingError as error:
        return {"name": posting.name, "error": str(error)}
    description = JobDescription(
        owner_id=batch.owner_id,
        batch=batch,
        source_text=posting.text,
        source_name=posting.name[:255],
        title=requirements.title[:200],
        company=requirements.company[:200],
        # Read again when the posting is opened: storing every posting's requirements
        # (12 KB of JSON each) was a third of a batch's time, for pages few are opened on.
        requirements=None,
    )
    return description, match_profile(profile, requirements, advice=False)


def _save_step(batch: RankingBatch, step: list) -> None:
    """Save one step's rankings and failures with the new count of postings read, at once."""
    failures = [outcome for outcome in step if isinstance(outcome, dict)]
    rankings = [outcome for outcome in step if not isinstance(outcome, dict)]
    with transaction.atomic():
        saved = RankingBatch.objects.select_for_update().values("processed").get(pk=batch.pk)
        if saved["processed"] != batch.processed:
            raise BatchTakenOver
        JobDescription.objects.bulk_create([description for description, _ in rankings])
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
        batch.failures = [*batch.failures, *failures]
        batch.processed += len(step)
        batch.save(update_fields=["failures", "processed"])


def _report(batch: RankingBatch, total: int, progress) -> None:
    if progress:
        ranked = batch.processed - len(batch.failures)
        progress(
            batch.processed,
            total,
            f"Read {batch.processed:,} of {total:,} postings; {ranked:,} ranked",
        )


def _kept(batch: RankingBatch, total: int) -> str:
    ranked = batch.processed - len(batch.failures)
    return (
        f"It stopped after reading {batch.processed:,} of {total:,} postings; the {ranked:,} "
        "ranked are kept on the batch page. Rank the rest as a smaller batch."
    )
