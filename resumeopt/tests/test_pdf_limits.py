"""A PDF that would take too much time or memory to read is refused, not read.

The files are built by hand: one page whose content stream is small when
compressed and huge (or endless to interpret) when read.
"""

from __future__ import annotations

import zlib

import pytest

from resumeopt.importers import ResumeImportError, bounded, import_bytes, pdf
from resumeopt.importers.bounded import TOO_COSTLY_MESSAGE
from resumeopt.tests.resume_files import make_pdf


def one_page_pdf(content: bytes, repeat: int = 1) -> bytes:
    """A valid one-page PDF (Helvetica) whose page draws
    `content` `repeat` times, Flate-compressed."""
    compressor = zlib.compressobj(9)
    stream = b"".join(compressor.compress(content) for _ in range(repeat)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_hand_built_page_is_read_so_the_files_below_fail_only_by_their_size():
    page = one_page_pdf(
        b"BT /F1 12 Tf 72 700 Td (Jordan Lee, Data Analyst, jordan@example.com) Tj ET"
    )
    assert [line.text for line in pdf.lines_from_pdf(page)] == [
        "Jordan Lee, Data Analyst, jordan@example.com"
    ]


def test_a_decompression_bomb_is_refused_with_a_message(monkeypatch):
    monkeypatch.setattr(bounded, "MEMORY_LIMIT_BYTES", 300 * 1024 * 1024)
    bomb = one_page_pdf(b" " * 1024 * 1024, repeat=400)  # 400 MB of blanks, 0.4 MB compressed
    assert len(bomb) < 1024 * 1024
    with pytest.raises(ResumeImportError) as refused:
        import_bytes(bomb, "resume.pdf")
    assert str(refused.value) == TOO_COSTLY_MESSAGE


def test_a_page_that_takes_too_long_to_read_is_stopped_at_the_time_limit(monkeypatch):
    monkeypatch.setattr(bounded, "TIME_LIMIT_SECONDS", 1)
    endless = one_page_pdf(b"BT /F1 1 Tf 1 1 Td (x) Tj ET\n" * 1000, repeat=2000)
    with pytest.raises(ResumeImportError) as refused:
        import_bytes(endless, "resume.pdf")
    assert str(refused.value) == TOO_COSTLY_MESSAGE


def test_the_limits_leave_a_real_resume_alone():
    result = import_bytes(make_pdf(), "resume.pdf")
    assert result.document["basics"]["name"]
    assert result.document["work"]


def test_a_reader_that_waits_is_stopped_by_the_wall_clock(monkeypatch):
    # The CPU limit cannot see a child that waits; the wall clock, a few times longer, can.
    monkeypatch.setattr(bounded, "TIME_LIMIT_SECONDS", 1)
    with pytest.raises(ResumeImportError) as refused:
        bounded.run_bounded("resumeopt.tests.waiting_reader:wait", b"x", "30")
    assert str(refused.value) == TOO_COSTLY_MESSAGE
