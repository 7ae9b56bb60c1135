"""Drills: the hostile files of issue #17 against the importers, with what each cost.

    .venv/bin/python bench/drills.py            # after: through the bounded readers
    .venv/bin/python bench/drills.py --before   # also python-docx on the bomb unbounded (slow)

For each file: the outcome (refused with which message, or read), wall-clock
seconds (median of 3), and how much this process's peak memory grew. A real
Word resume read the same way is the baseline, with each drill's ratio to it.
The live drills (a killed worker, parallel log-ins, a burst over the pool, two
tabs, a killed `serve` worker) are tests: tests/reliability/ (services marker).
"""

import io
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.timing import median_seconds  # noqa: E402
from resumeopt.importers import ResumeImportError, import_bytes  # noqa: E402
from resumeopt.tests.resume_files import make_docx  # noqa: E402
from resumeopt.tests.test_pdf_limits import one_page_pdf  # noqa: E402
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


if __name__ == "__main__":
    main()
