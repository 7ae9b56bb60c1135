"""Batch ranking: many postings read, extracted, scored against one resume and stored.

Called by the Celery task (with progress reports, in pieces) and by the benchmark.
Safe to run twice: a rerun goes on from the last saved step.
"""

from __future__ import annotations

import io
import itertools
import math
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
MIN_PART = CHUNK  # postings per runner at least: one with fewer costs more to start than it saves
MIN_STRETCH = 10  # postings a runner takes at a time, at least
# A runner reports progress at most this often, and when it stops or the batch is read: each
# report is a write, a check for cancelling and a push to the user's pages.
REPORT_SECONDS = 1.0


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


def read_batch(batch: RankingBatch) -> tuple[int, Callable[[int, int], Iterator[Posting]]]:
    """How many postings the batch holds, and `read(start, end)`, which reads a stretch of
    them as they are asked for."""
    if batch.source_file:
        with batch.source_file.open("rb") as handle:
            data = handle.read()
        return batch_postings(PurePosixPath(batch.source_file.name).name, data)
    postings = postings_from_pasted(batch.source_text)
    return len(postings), lambda start, end: iter(postings[start:end])


def run_batch(
    batch: RankingBatch,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    seconds: float | None = None,
    runner: int = 0,
    runners: int = 1,
    start_runner: Callable[[int], None] | None = None,
) -> dict | None:
    """Read, extract and rank the batch's postings as one of its runners, from where they got to.

    Returns the batch's counts when this run saved the batch's last step, else None: it
    ran out of `seconds` (the task goes on in a next piece), or found nothing left to
    take while other runners still rank (the one that saves last finishes the batch).

    A fresh batch of more than one step is cut into stretches, and `start_runner(n)` is
    called to start runners 1 to `runners - 1` elsewhere (the task queues them, so the
    worker's processes rank side by side). Each runner takes the first stretch nobody
    took, ranks it, and takes the next: one that starts late, or shares its processor,
    takes fewer. Stretches shrink toward the end of the upload, so the runners finish
    close together; a batch cut into fixed halves left a processor idle while the
    slower half finished.

    A runner saves its postings a step at a time (a stretch, at most CHUNK postings or
    what SAVE_SECONDS allowed), each step in one transaction with its stretch's count of
    postings read: a run stopped by the time limit or a lost worker keeps every saved
    step, and the next run of that runner goes on with the stretch it had taken. Given
    `seconds`, it stops at the first step boundary past that long, so no piece needs
    more than the time limit, however big the batch and however loaded the machine.
    """
    # Here, not at the top: views import this module, and management commands load views.
    from celery.exceptions import SoftTimeLimitExceeded

    if batch.resume is None:
        raise PostingError("The resume this batch ranks against was deleted. Start a new batch.")
    try:
        total, read = read_batch(batch)
    except PostingInputError as error:
        raise PostingError(str(error)) from None
    if not batch.parts:
        started = _split(batch, total, runners)
        if start_runner is not None:
            for other in range(1, started):
                start_runner(other)
    scorer = PostingScorer(profile_of(batch.resume.content))
    began, reported = time.monotonic(), -math.inf

    def save(taken: int, step: list) -> int | None:
        """Save a step and report progress if due; the stretch to go on with (_save_step)."""
        nonlocal reported
        # Out of time, it takes no other stretch: the runners still ranking may.
        following = _save_step(batch, taken, step, None if _out_of_time(began, seconds) else runner)
        if (
            _all_read(batch)
            or _out_of_time(began, seconds)
            or time.monotonic() - reported >= REPORT_SECONDS
        ):
            _report(batch, total, progress)
            reported = time.monotonic()
        return following

    try:
        taken = _take(batch, runner)
        while taken is not None:
            stretch = batch.parts[taken]
            following = taken
            step: list = []  # each posting's (description, scored), or its failure {name, error}
            step_began = time.monotonic()
            for posting in read(stretch["next"], stretch["end"]):
                step.append(_ranked(batch, scorer, posting))
                if len(step) < CHUNK and time.monotonic() - step_began < SAVE_SECONDS:
                    continue
                following = save(taken, step)
                step, step_began = [], time.monotonic()
                if _out_of_time(began, seconds) and not _all_read(batch):
                    return None
            if step:
                following = save(taken, step)
                if _out_of_time(began, seconds) and not _all_read(batch):
                    return None
            if following == taken:  # fewer postings than it counted: never rank for ever
                raise PostingError(
                    f"The upload could not be read to its end. {_stop(batch, total)}"
                )
            taken = following
    except PostingInputError as error:  # a zip whose later file turned out to be an archive
        raise PostingError(f"{error} {_stop(batch, total)}") from None
    except SoftTimeLimitExceeded:
        raise PostingError(f"The batch reached the time limit. {_stop(batch, total)}") from None
    if not _all_read(batch):
        return None
    if batch.processed < total:  # every stretch ended, but short: another runner stopped it
        raise BatchTakenOver
    failed = len(batch.failures)
    return {"postings": total, "ranked": total - failed, "failed": failed}


def nothing_left_for(batch: RankingBatch, runner: int) -> bool:
    """Whether the runner has read the stretches it took and none is left to take (as this
    run last saw the batch)."""
    return all(
        stretch["next"] >= stretch["end"] or _runner_of(index, stretch) not in (runner, None)
        for index, stretch in enumerate(batch.parts)
    )


def _out_of_time(began: float, seconds: float | None) -> bool:
    return seconds is not None and time.monotonic() - began >= seconds


def _all_read(batch: RankingBatch) -> bool:
    return all(stretch["next"] >= stretch["end"] for stretch in batch.parts)


def _runner_of(index: int, stretch: dict) -> int | None:
    # A batch cut before stretches were taken had one stretch per runner, in order.
    return stretch.get("runner", index)


def _split(batch: RankingBatch, total: int, runners: int) -> int:
    """Cut a fresh batch into stretches; returns how many runners should rank them, or 0
    when another run had cut it.

    Anything an earlier attempt left is deleted first.
    """
    with transaction.atomic():
        saved = (
            RankingBatch.objects.select_for_update().values("parts", "processed").get(pk=batch.pk)
        )
        if saved["parts"]:
            batch.parts, batch.processed = saved["parts"], saved["processed"]
            return 0
        count = max(1, min(runners, total // MIN_PART))
        if saved["processed"]:  # saved before batches had parts: it goes on as one
            count, bounds = 1, [saved["processed"], total]
        else:
            batch.postings.all().delete()
            batch.failures = []
            bounds = _stretch_bounds(total, count)
        batch.parts = [
            {"next": start, "end": end, "runner": None} for start, end in itertools.pairwise(bounds)
        ]
        batch.save(update_fields=["parts", "failures"])
    return count


def _stretch_bounds(total: int, runners: int) -> list[int]:
    """Where the stretches of an upload of `total` postings start and end.

    One runner ranks it as one stretch. Several take stretches of CHUNK postings while
    much is left, then each a share of what is left (a quarter with two runners, never
    under MIN_STRETCH), so the last stretches are short and the runners end together.
    """
    bounds = [0]
    while bounds[-1] < total:
        left = total - bounds[-1]
        size = left if runners == 1 else min(CHUNK, max(MIN_STRETCH, left // (2 * runners)))
        bounds.append(bounds[-1] + min(left, size))
    return bounds


def _take(batch: RankingBatch, runner: int) -> int | None:
    """The index of the stretch the runner ranks next (see _next_for), as saved."""
    with transaction.atomic():
        saved = _locked_counts(batch)
        batch.parts, batch.processed, batch.failures = (
            saved["parts"],
            saved["processed"],
            saved["failures"],
        )
        taken, newly = _next_for(batch.parts, runner)
        if newly:
            batch.save(update_fields=["parts"])
    return taken


def _locked_counts(batch: RankingBatch) -> dict:
    """The batch's stretches and counts as saved, locked until the transaction ends (which
    commits without waiting for the flush: see _commit_without_waiting)."""
    _commit_without_waiting()
    return (
        RankingBatch.objects.select_for_update()
        .values("parts", "processed", "failures")
        .get(pk=batch.pk)
    )


def _next_for(parts: list[dict], runner: int) -> tuple[int | None, bool]:
    """The index of the stretch the runner ranks next: its own that it had not finished (a
    run stopped mid-stretch), else the first nobody took, which it now takes (True);
    None when neither is left."""
    unread = [
        (index, _runner_of(index, stretch))
        for index, stretch in enumerate(parts)
        if stretch["next"] < stretch["end"]
    ]
    for index, owner in unread:
        if owner == runner:
            return index, False
    for index, owner in unread:
        if owner is None:
            parts[index]["runner"] = runner
            return index, True
    return None, False


class BatchTakenOver(Exception):
    """Another run of the same runner saved a step first (a piece handed out twice), or
    another runner stopped the batch."""


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


def _save_step(batch: RankingBatch, taken: int, step: list, runner: int | None) -> int | None:
    """Save one step's rankings and failures with its stretch's new count of postings read.

    Returns the stretch the runner goes on with: the same while it has postings left, else
    the next it takes (in the same transaction, which saves one of its own); None when
    none is left, or no `runner` is given to take one.
    """
    failures = [outcome for outcome in step if isinstance(outcome, dict)]
    first = batch.parts[taken]["next"]  # a step's postings come one after another
    rankings = [
        (first + index, *outcome)
        for index, outcome in enumerate(step)
        if not isinstance(outcome, dict)
    ]
    with transaction.atomic():
        saved = _locked_counts(batch)
        stretch = saved["parts"][taken]
        if stretch["next"] != batch.parts[taken]["next"] or stretch["end"] <= stretch["next"]:
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
                    matched_count=len(scored.matched),
                    missing=scored.missing,
                    breakdown=scored.breakdown,
                    explanation=scored.explanation[:300],
                    position=position,
                )
                for position, description, scored in rankings
            ],
            ids=False,
        )
        stretch["next"] += len(step)
        # The other stretches' counts and failures as saved: other runners save their own.
        batch.parts = saved["parts"]
        batch.failures = [*saved["failures"], *failures]
        batch.processed = saved["processed"] + len(step)
        if stretch["next"] < stretch["end"]:
            following = taken
        else:
            following = None if runner is None else _next_for(batch.parts, runner)[0]
        batch.save(update_fields=["parts", "failures", "processed"])
    return following


def _commit_without_waiting() -> None:
    """On PostgreSQL, let this transaction's commit return before it reaches the disk.

    A step waited for its own flush, up to a third of its saving time. A crash of the
    database server in the moment after can lose the last steps, but only whole: their
    rows and their stretch's count are one transaction, so its runner ranks them again. The
    job's final write waits as usual, which flushes every step before it.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def _insert(model: type[models.Model], objects: list[models.Model], *, ids: bool = True) -> None:
    """Insert new rows of `model`: with COPY on PostgreSQL, else bulk_create. With `ids`, the
    objects are given theirs (for rows that others point to).

    bulk_create's INSERT quotes every value into one statement: on PostgreSQL, 0.8 s of a
    1,000-posting batch went there (each posting's text is 2-6 KB). COPY streams the
    same values; ids wanted back are taken from the table's sequence first, as INSERT
    would, and the others are the table's to give, which saves a round trip.
    """
    database = connections[router.db_for_write(model)]
    if database.vendor != "postgresql" or not objects:
        model.objects.bulk_create(objects)
        return
    meta = model._meta
    fields = [field for field in meta.concrete_fields if not field.primary_key]
    quote = database.ops.quote_name
    columns = [quote(field.column) for field in fields]
    with database.cursor() as cursor:
        if ids:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(objects)],
            )
            for instance, (pk,) in zip(objects, cursor.fetchall(), strict=True):
                instance.pk = pk
            columns.insert(0, quote(meta.pk.column))
        copy = f"COPY {quote(meta.db_table)} ({', '.join(columns)}) FROM STDIN"
        with cursor.cursor.copy(copy) as rows:
            for instance in objects:
                values = [
                    field.get_db_prep_save(field.pre_save(instance, True), database)
                    for field in fields
                ]
                rows.write_row([instance.pk, *values] if ids else values)
    if ids:
        for instance in objects:
            instance._state.adding = False
            instance._state.db = database.alias


def _stop(batch: RankingBatch, total: int) -> str:
    """Stop every stretch where it got to (none is left to take), and say how far the batch
    got."""
    with transaction.atomic():
        saved = (
            RankingBatch.objects.select_for_update()
            .values("parts", "processed", "failures")
            .get(pk=batch.pk)
        )
        batch.parts = [{**stretch, "end": stretch["next"]} for stretch in saved["parts"]]
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
