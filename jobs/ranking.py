"""Batch ranking: many postings read, extracted, scored against one resume and stored.

Called by the Celery task (with progress reports, in pieces) and by the benchmark.
Safe to run twice: a rerun goes on from the last saved step.
"""

from __future__ import annotations

import io
import itertools
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

from django.db import connection, connections, models, router, transaction

from jobs.extraction import PostingError
from jobs.matching import profile_of
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
from jobs.scoring import PostingScorer

TABLE_SUFFIXES = (".zip", ".csv", ".jsonl")

CHUNK = 100  # postings saved and reported per step, at most
SAVE_SECONDS = 3.0  # or fewer, so slow files (PDFs in a zip) still show progress
MIN_PART = CHUNK  # postings a part has at least: a smaller one costs more to start than it saves


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
    part: int = 0,
    parts: int = 1,
    start_part: Callable[[int], None] | None = None,
) -> dict | None:
    """Read, extract and rank one part of the batch's postings from where it got to.

    Returns the batch's counts when this run finished its last part, else None: the
    part ran out of `seconds` (the task runs the rest as its next piece) or finished
    while another part still runs (which then finishes the batch).

    A fresh batch of more than one step is split into `parts` stretches, and
    `start_part(n)` is called to start each but the first elsewhere (the task queues
    them, so the worker's processes rank them side by side). Each part ranks postings
    as they are read and saves them a step at a time (CHUNK postings, or what
    SAVE_SECONDS allowed), each step in one transaction with the part's count of
    postings read: a run stopped by the time limit or a lost worker keeps every saved
    step, and the next run of that part goes on from there. Given `seconds`, it stops at
    the first step boundary past that long, so no piece needs more than the time limit,
    however big the batch and however loaded the machine.
    """
    # Here, not at the top: views import this module, and management commands load views.
    from celery.exceptions import SoftTimeLimitExceeded

    if batch.resume is None:
        raise PostingError("The resume this batch ranks against was deleted. Start a new batch.")
    try:
        total, postings = read_batch(batch, batch.parts[part]["next"] if batch.parts else 0)
        if not batch.parts:
            if _split(batch, total, parts) and start_part is not None:
                for other in range(1, len(batch.parts)):
                    start_part(other)
            if batch.parts[part]["next"]:  # another run had split it: go on from its count
                _, postings = read_batch(batch, batch.parts[part]["next"])
    except PostingInputError as error:
        raise PostingError(str(error)) from None
    own = batch.parts[part]
    postings = itertools.islice(postings, own["end"] - own["next"])
    scorer = PostingScorer(profile_of(batch.resume.content))
    began = step_began = time.monotonic()
    step: list = []  # each posting's (description, scored), or its failure as {name, error}
    try:
        for posting in postings:
            step.append(_ranked(batch, scorer, posting))
            if len(step) < CHUNK and time.monotonic() - step_began < SAVE_SECONDS:
                continue
            _save_step(batch, part, step)
            step, step_began = [], time.monotonic()
            _report(batch, total, progress)
            out_of_time = seconds is not None and time.monotonic() - began >= seconds
            if out_of_time and not part_finished(batch, part):
                return None
        if step:
            _save_step(batch, part, step)
            _report(batch, total, progress)
    except PostingInputError as error:  # a zip whose later file turned out to be an archive
        raise PostingError(f"{error} {_stop(batch, total)}") from None
    except SoftTimeLimitExceeded:
        raise PostingError(f"The batch reached the time limit. {_stop(batch, total)}") from None
    if not all(stretch["next"] >= stretch["end"] for stretch in batch.parts):
        return None
    if batch.processed < total:  # every part ended, but short: another part stopped the batch
        raise BatchTakenOver
    failed = len(batch.failures)
    return {"postings": total, "ranked": total - failed, "failed": failed}


def part_finished(batch: RankingBatch, part: int) -> bool:
    """Whether the part has read its last posting (as this run last saved it)."""
    return batch.parts[part]["next"] >= batch.parts[part]["end"]


def _split(batch: RankingBatch, total: int, parts: int) -> bool:
    """Cut a fresh batch into parts; True when this run did it, False when another run had.

    Anything an earlier attempt left is deleted first.
    """
    with transaction.atomic():
        saved = (
            RankingBatch.objects.select_for_update().values("parts", "processed").get(pk=batch.pk)
        )
        if saved["parts"]:
            batch.parts, batch.processed = saved["parts"], saved["processed"]
            return False
        if saved["processed"]:  # saved before batches had parts: it goes on as one
            batch.parts = [{"next": saved["processed"], "end": total}]
        else:
            batch.postings.all().delete()
            batch.failures = []
            count = max(1, min(parts, total // MIN_PART))
            bounds = [total * n // count for n in range(count + 1)]
            batch.parts = [{"next": start, "end": end} for start, end in itertools.pairwise(bounds)]
        batch.save(update_fields=["parts", "failures"])
    return True


class BatchTakenOver(Exception):
    """Another run of the same part saved a step first (a piece handed out twice), or
    another part stopped the batch."""


def _ranked(batch: RankingBatch, scorer: PostingScorer, posting: Posting):
    """The posting's description and what its ranking keeps, or its failure as {name, error}."""
    if posting.error:
        return {"name": posting.name, "error": posting.error}
    try:
        scored = scorer.score(posting)
    except PostingError as error:
        return {"name": posting.name, "error": str(error)}
    description = JobDescription(
        owner_id=batch.owner_id,
        batch=batch,
        source_text=posting.text,
        source_name=posting.name[:255],
        title=scored.title[:200],
        company=scored.company[:200],
        # Read again when the posting is opened: storing every posting's requirements
        # (12 KB of JSON each) was a third of a batch's time, for pages few are opened on.
        requirements=None,
    )
    return description, scored


def _save_step(batch: RankingBatch, part: int, step: list) -> None:
    """Save one step's rankings and failures with the part's new count of postings read."""
    failures = [outcome for outcome in step if isinstance(outcome, dict)]
    first = batch.parts[part]["next"]  # a step's postings come one after another
    rankings = [
        (first + index, *outcome)
        for index, outcome in enumerate(step)
        if not isinstance(outcome, dict)
    ]
    with transaction.atomic():
        _commit_without_waiting()
        saved = (
            RankingBatch.objects.select_for_update()
            .values("parts", "processed", "failures")
            .get(pk=batch.pk)
        )
        stretch = saved["parts"][part]
        if stretch["next"] != batch.parts[part]["next"] or stretch["end"] <= stretch["next"]:
            raise BatchTakenOver
        _insert(JobDescription, [description for _, description, _ in rankings])
        _insert(
            RankedPosting,
            [
                RankedPosting(
                    batch=batch,
                    posting_id=description.pk,
                    score=scored.score,
                    matched=scored.matched,
                    missing=scored.missing,
                    breakdown=scored.breakdown,
                    explanation=scored.explanation[:300],
                    position=position,
                )
                for position, description, scored in rankings
            ],
        )
        stretch["next"] += len(step)
        # The other parts' counts and failures as saved: they save steps of their own.
        batch.parts = saved["parts"]
        batch.failures = [*saved["failures"], *failures]
        batch.processed = saved["processed"] + len(step)
        batch.save(update_fields=["parts", "failures", "processed"])


def _commit_without_waiting() -> None:
    """On PostgreSQL, let this transaction's commit return before it reaches the disk.

    A step waited for its own flush, up to a third of its saving time. A crash of the
    database server in the moment after can lose the last steps, but only whole: their
    rows and the part's count are one transaction, so the part ranks them again. The
    job's final write waits as usual, which flushes every step before it.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def _insert(model: type[models.Model], objects: list[models.Model]) -> None:
    """Insert new rows of `model` and set their ids: with COPY on PostgreSQL, else bulk_create.

    bulk_create's INSERT quotes every value into one statement: on PostgreSQL, 0.8 s of a
    1,000-posting batch went there (each posting's text is 2-6 KB). COPY streams the
    same values; the ids are taken from the table's sequence first, as INSERT would.
    """
    database = connections[router.db_for_write(model)]
    if database.vendor != "postgresql" or not objects:
        model.objects.bulk_create(objects)
        return
    meta = model._meta
    fields = [field for field in meta.concrete_fields if not field.primary_key]
    quote = database.ops.quote_name
    columns = ", ".join(quote(column) for column in [meta.pk.column, *(f.column for f in fields)])
    with database.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objects)],
        )
        for instance, (pk,) in zip(objects, cursor.fetchall(), strict=True):
            instance.pk = pk
        with cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as rows:
            for instance in objects:
                rows.write_row(
                    [
                        instance.pk,
                        *(
                            field.get_db_prep_save(field.pre_save(instance, True), database)
                            for field in fields
                        ),
                    ]
                )
    for instance in objects:
        instance._state.adding = False
        instance._state.db = database.alias


def _stop(batch: RankingBatch, total: int) -> str:
    """Stop every part where it got to, and say how far the batch got."""
    with transaction.atomic():
        saved = (
            RankingBatch.objects.select_for_update()
            .values("parts", "processed", "failures")
            .get(pk=batch.pk)
        )
        batch.parts = [{"next": part["next"], "end": part["next"]} for part in saved["parts"]]
        batch.processed, batch.failures = saved["processed"], saved["failures"]
        batch.save(update_fields=["parts"])
    return _kept(batch, total)


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
