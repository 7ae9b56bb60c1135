"""Drills: the hostile files of issue #17 against the importers, with what each cost.

    .venv/bin/python bench/drills.py            # after: through the bounded readers
    .venv/bin/python bench/drills.py --before   # also python-docx on the bomb unbounded (slow)
    .venv/bin/python bench/drills.py --batch 4000   # instead: a CSV batch ranked in pieces
    .venv/bin/python bench/drills.py --broker       # instead: the file-system broker race

For each file: the outcome (refused with which message, or read), wall-clock
seconds (median of 3), and how much this process's peak memory grew. A real
Word resume read the same way is the baseline, with each drill's ratio to it.
With --batch N, a CSV of N generated postings (about 9 KB each, as the review's
37 MB file) is ranked as the worker ranks it, piece by piece, on a scratch
database: when the first progress came, how many pieces, the longest piece
against the time limit, and the total. With --broker, one process publishes
200 KB messages while another consumes them, on kombu's file-system transport
and on ours (the embedded default). The live drills (a killed worker,
parallel log-ins, a burst over the pool, two tabs, a killed `serve` worker, the
channel layer failing under a chat socket) are tests: tests/reliability/
(services marker).
"""

import csv
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.timing import median_seconds  # noqa: E402
from jobs.models import RankingBatch  # noqa: E402
from jobs.ranking import nothing_left_for, run_batch  # noqa: E402
from resumeopt.importers import ResumeImportError, import_bytes  # noqa: E402
from resumeopt.resumes import create_resume  # noqa: E402
from resumeopt.tests.resume_files import make_docx  # noqa: E402
from resumeopt.tests.test_pdf_limits import one_page_pdf  # noqa: E402
from tests.generated_postings import posting  # noqa: E402
from tests.test_hostile_uploads import PARAGRAPH, docx_with_body  # noqa: E402


def lying_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>")
        archive.writestr("word/fonts.bin", b"\0" * (60 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    entry = data.rindex(b"PK\x01\x02")
    data[entry + 24 : entry + 28] = (1024).to_bytes(4, "little")
    return bytes(data)


def drills() -> list[tuple[str, bytes, str]]:
    return [
        ("real resume (baseline)", make_docx("styles"), "resume.docx"),
        (
            "DOCX bomb: 49 MB of <w:p>",
            docx_with_body(PARAGRAPH * (49 * 1024 * 1024 // len(PARAGRAPH))),
            "cv.docx",
        ),
        ("zip whose sizes lie (60 MB)", lying_zip(), "cv.docx"),
        ("PDF inflating to 400 MB", one_page_pdf(b" " * 1024 * 1024, repeat=400), "cv.pdf"),
        (
            "JSON nested 10,000 deep",
            b'{"basics": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
            "cv.json",
        ),
    ]


def outcome(data: bytes, name: str) -> str:
    try:
        import_bytes(data, name)
    except ResumeImportError as error:
        return f"refused: {str(error)[:70]}"
    return "read"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    baseline = None
    print(f"{'drill':32} {'size':>8} {'median s':>9} {'x base':>7} {'+peak MB':>9}  outcome")
    for label, data, name in drills():
        before = peak_mb()
        seconds = median_seconds(lambda d=data, n=name: outcome(d, n), runs=3, warmup=0)
        grown = peak_mb() - before
        baseline = baseline or seconds
        print(
            f"{label:32} {len(data) / 1024:7.0f}K {seconds:9.2f} {seconds / baseline:7.1f} "
            f"{grown:9.1f}  {outcome(data, name)}"
        )
    if "--before" in sys.argv:
        bomb = drills()[1][1]
        script = (
            "import docx, io, sys; docx.Document(io.BytesIO(sys.stdin.buffer.read())).paragraphs"
        )
        print("\nBefore: python-docx on the bomb, unbounded, in a child (stopped at 120 s)...")
        try:
            child = subprocess.run(
                [sys.executable, "-c", script],
                input=bomb,
                timeout=120,
                capture_output=True,
                check=False,
            )
            print(f"finished, exit {child.returncode}")
        except subprocess.TimeoutExpired:
            print("still reading after 120 s (the review measured 195 s and 1.2 GB)")


def postings_csv(count: int) -> bytes:
    table = io.StringIO()
    writer = csv.writer(table)
    writer.writerow(["id", "text"])
    for seed in range(count):
        text = posting(seed)
        while len(text) < 9000:  # a long posting, as the review's were
            text += "\n\n" + posting(seed + 10_000 + len(text))
        writer.writerow([seed, text])
    return table.getvalue().encode()


def batch_drill(count: int) -> None:
    """Rank a big CSV batch the way rank_batch does: pieces of RANKING_PIECE_SECONDS."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.db import connection

    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="drill-media-")
    connection.creation.create_test_db(verbosity=0)
    user = get_user_model().objects.create_user("drill", "drill@example.com", "a-long-password")
    sample = json.loads((ROOT / "resumeopt/sample/sample.resume.json").read_text())
    resume = create_resume(user, "Drill", sample)
    data = postings_csv(count)
    batch = RankingBatch(owner=user, resume=resume, name="Drill")
    batch.source_file.save("postings.csv", ContentFile(data), save=False)
    batch.save()
    limit = settings.CELERY_TASK_SOFT_TIME_LIMIT
    print(
        f"\nBatch: {count:,} postings, {len(data) / 1e6:.1f} MB CSV; pieces of "
        f"{settings.RANKING_PIECE_SECONDS} s by {settings.RANKING_PARTS} runners run one after "
        f"another, time limit {limit} s"
    )
    began = time.monotonic()
    reports: list[tuple[float, str]] = []
    pieces: list[float] = []
    result = None
    # The runners a worker would run side by side, here one after another: runner 0 first,
    # then each runner it started, piece by piece.
    runners = [0]
    while runners:
        runner = runners.pop(0)
        outcome = None
        while outcome is None and not (batch.parts and nothing_left_for(batch, runner)):
            piece_began = time.monotonic()
            outcome = run_batch(
                batch,
                progress=lambda *report: reports.append((time.monotonic() - began, report[2])),
                seconds=settings.RANKING_PIECE_SECONDS,
                runner=runner,
                runners=settings.RANKING_PARTS,
                start_runner=runners.append,
            )
            pieces.append(time.monotonic() - piece_began)
        result = outcome or result
    total = time.monotonic() - began
    print(f"first progress after {reports[0][0]:.1f} s: {reports[0][1]}")
    print(f"{len(reports)} progress reports, longest gap {_longest_gap(reports):.1f} s")
    print(
        f"{len(pieces)} piece(s), longest {max(pieces):.0f} s of the {limit} s limit; "
        f"total {total:.0f} s; {result}"
    )


def _longest_gap(reports: list[tuple[float, str]]) -> float:
    times = [0.0] + [seconds for seconds, _ in reports]
    return max(b - a for a, b in zip(times, times[1:], strict=False))


def _publish(transport: str, folder: str, count: int) -> None:
    from kombu import Connection

    options = {"data_folder_in": folder, "data_folder_out": folder}
    with Connection("filesystem://", transport=transport, transport_options=options) as conn:
        queue = conn.SimpleQueue("drill")
        for number in range(count):
            queue.put({"number": number, "padding": "x" * 200_000})


def broker_drill(count: int = 500) -> None:
    """A publisher and a consumer on one queue folder at once, as daphne and the worker."""
    import multiprocessing

    from kombu import Connection

    print(f"\nFile-system broker: {count} messages of 200 KB published while consumed")
    for label, transport in (
        ("kombu's transport", "filesystem"),
        ("ours (embedded default)", "resumeopt.platform.filesystem_broker:Transport"),
    ):
        folder = tempfile.mkdtemp(prefix="drill-broker-")
        options = {"data_folder_in": folder, "data_folder_out": folder}
        publisher = multiprocessing.get_context("fork").Process(
            target=_publish, args=(transport, folder, count)
        )
        received, errors = 0, []
        with Connection("filesystem://", transport=transport, transport_options=options) as conn:
            queue = conn.SimpleQueue("drill")
            publisher.start()
            while received < count and (publisher.is_alive() or queue.qsize()):
                try:
                    queue.get(timeout=0.01).ack()
                    received += 1
                except queue.Empty:
                    continue
                except Exception as error:
                    errors.append(type(error).__name__)
        publisher.join()
        kinds = ", ".join(f"{errors.count(k)} x {k}" for k in sorted(set(errors))) or "none"
        print(f"{label:26} received {received} of {count} whole; errors: {kinds}")


if __name__ == "__main__":
    if "--batch" in sys.argv:
        batch_drill(int(sys.argv[sys.argv.index("--batch") + 1]))
    elif "--broker" in sys.argv:
        broker_drill()
    else:
        main()
