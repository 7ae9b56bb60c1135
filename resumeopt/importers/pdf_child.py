"""Read one PDF from stdin under resource limits; print its lines as JSON.

    python -m resumeopt.importers.pdf_child SECONDS MEMORY_BYTES < file.pdf

Run by `pdf.lines_from_pdf`, never by hand. The limits are set on this process
before pdfminer is imported: its address space (a decompression bomb ends in a
MemoryError, reported by exit status) and its CPU time (a backstop; the parent
also kills it at the wall-clock limit). Output: {"lines": [[text, heading], ...]}
or {"error": message} for a file that is damaged, encrypted or scanned.
"""

from __future__ import annotations

import contextlib
import json
import sys

try:
    import resource
except ImportError:  # Windows: only the parent's wall-clock limit applies
    resource = None


def _limit(kind: str, soft: int, hard: int) -> None:
    """Set one limit where the platform enforces it (macOS refuses RLIMIT_AS, for one)."""
    if resource is not None and hasattr(resource, kind):
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(getattr(resource, kind), (soft, hard))


def main() -> int:
    seconds, memory = int(sys.argv[1]), int(sys.argv[2])
    _limit("RLIMIT_AS", memory, memory)
    _limit("RLIMIT_CPU", seconds + 1, seconds + 2)
    data = sys.stdin.buffer.read()

    from resumeopt.importers.errors import ResumeImportError
    from resumeopt.importers.pdf import OUT_OF_MEMORY_EXIT, read_lines

    try:
        lines = read_lines(data)
    except ResumeImportError as error:
        result = {"error": str(error)}
    except MemoryError:
        return OUT_OF_MEMORY_EXIT
    else:
        result = {"lines": [[line.text, line.heading] for line in lines]}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
